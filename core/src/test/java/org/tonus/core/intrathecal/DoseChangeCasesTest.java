package org.tonus.core.intrathecal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tonus.core.intrathecal.CaseFile.number;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tonus.core.knowledge.DoseChangePhase;
import org.tonus.core.knowledge.KnowledgeLoader;
import org.tonus.core.knowledge.SpasticityOrigin;
import org.tonus.core.patient.Patient;

/** Intrathecal dose changes of intrathecal/dose-changes.yaml judged against the caps. */
class DoseChangeCasesTest {
  private static final IntrathecalStartPlanner PLANNER =
      new IntrathecalStartPlanner(KnowledgeLoader.loadBundled());

  static Stream<Arguments> cases() {
    return CaseFile.cases("/intrathecal/dose-changes.yaml");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void change(String name, JsonNode c) {
    DoseChangeJudgement judgement =
        PLANNER.judgeChange(
            Patient.aged(c.get("age").asInt()),
            number(c.get("current")),
            number(c.get("proposed")),
            SpasticityOrigin.valueOf(c.get("origin").asText().toUpperCase(Locale.ROOT)),
            DoseChangePhase.valueOf(c.get("phase").asText().toUpperCase(Locale.ROOT)));

    assertThat(judgement.withinCap()).as("within cap").isEqualTo(c.get("within").asBoolean());
    assertThat(CaseFile.codes(judgement.alerts()))
        .containsExactlyInAnyOrderElementsOf(CaseFile.texts(c.get("alerts")));
    if (c.has("highest")) {
      assertThat(judgement.highestAllowedMcgPerDay())
          .isEqualByComparingTo(number(c.get("highest")));
    }
    if (c.has("lowest")) {
      assertThat(judgement.lowestAllowedMcgPerDay())
          .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(number(c.get("lowest"))));
    }
    if (c.has("changePercent")) {
      assertThat(judgement.changePercent()).isEqualByComparingTo(number(c.get("changePercent")));
    }
    if (c.has("cap")) {
      assertThat(judgement.rules()).contains(c.get("cap").asText());
    }
    assertThat(judgement.sources()).isNotEmpty();
  }
}
