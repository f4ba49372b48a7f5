package org.tonus.core.monograph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tonus.core.knowledge.Conflict;
import org.tonus.core.knowledge.ConflictPosition;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.knowledge.Knowledge;
import org.tonus.core.knowledge.KnowledgeLoader;
import org.tonus.core.knowledge.Section;

class MonographTest {
  static Knowledge knowledge;

  @BeforeAll
  static void load() {
    knowledge = KnowledgeLoader.loadBundled();
  }

  @ParameterizedTest
  @EnumSource(MonographFormat.class)
  void everyFormatShowsEverySectionEveryConflictAndTheDisclaimer(MonographFormat format) {
    String out = format.write(Monograph.of(knowledge, Jurisdiction.US));

    assertThat(out).contains("Not medical advice");
    for (Section section : knowledge.sections()) {
      assertThat(out).contains(escaped(format, section.title()));
    }
    for (Conflict conflict : knowledge.conflicts().toList()) {
      assertThat(out).contains(escaped(format, conflict.topic()));
      for (ConflictPosition position : conflict.positions()) {
        assertThat(out).contains(escaped(format, position.claim()));
      }
    }
  }

  @Test
  void eachStatementIsFollowedByItsSources() {
    String text = MonographFormat.TEXT.write(Monograph.of(knowledge, Jurisdiction.US));
    String usMaximum = knowledge.fact("DOSE-US-02").orElseThrow().text();

    assertThat(text)
        .contains(
            usMaximum
                + " (Applies from age 12 in the US.) [flq-1, lyv-1, us-tab-2, ozo-1, seed-003]");
    assertThat(text).contains("[us-tab-2] ");
  }

  @Test
  void theJurisdictionDecidesWhichLimitIsShown() {
    String us = MonographFormat.TEXT.write(Monograph.of(knowledge, Jurisdiction.US));
    String uk = MonographFormat.TEXT.write(Monograph.of(knowledge, Jurisdiction.UK));
    String usMaximum = knowledge.fact("DOSE-US-02").orElseThrow().text();
    String ukMaximum = knowledge.fact("DOSE-UK-01-D").orElseThrow().text();

    assertThat(us).contains(usMaximum).doesNotContain(ukMaximum);
    assertThat(uk).contains(ukMaximum).doesNotContain(usMaximum);
    assertThat(uk).startsWith("Baclofen monograph (UK)");
  }

  @Test
  void htmlLinksEachCitationToItsSourceEntry() {
    String html = MonographFormat.HTML.write(Monograph.of(knowledge, Jurisdiction.US));

    assertThat(html).startsWith("<!DOCTYPE html>");
    assertThat(html).contains("<a href=\"#source-us-tab-2\">us-tab-2</a>");
    assertThat(html).contains("<li id=\"source-us-tab-2\">");
    assertThat(html).doesNotContain("<script");
  }

  private static String escaped(MonographFormat format, String text) {
    return switch (format) {
      case TEXT -> text;
      case MARKDOWN ->
          text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("<", "&lt;");
      case HTML ->
          text.replace("&", "&amp;")
              .replace("<", "&lt;")
              .replace(">", "&gt;")
              .replace("\"", "&quot;")
              .replace("'", "&#39;");
    };
  }
}
