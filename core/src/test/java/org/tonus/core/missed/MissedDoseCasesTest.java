package org.tonus.core.missed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.knowledge.KnowledgeLoader;
import org.tonus.core.renal.CaseFile;

/** The missed-dose cases of {@code triage/missed-cases.yaml}, and the refusals of bad input. */
class MissedDoseCasesTest {
  private static final MissedDoseAdvisor ADVISOR =
      new MissedDoseAdvisor(KnowledgeLoader.loadBundled());
  private static final LocalDateTime NINE = LocalDateTime.parse("2026-11-23T09:00");

  static Stream<Arguments> cases() {
    return CaseFile.cases("/triage/missed-cases.yaml");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void actionAndArithmeticFollowTheMissedDoseFacts(String name, JsonNode c) {
    assertThat(c.path("note").asText()).isNotBlank();
    MissedDoseAdvice advice =
        ADVISOR.advise(
            Jurisdiction.valueOf(c.get("jurisdiction").asText()),
            LocalDateTime.parse(c.get("missedAt").asText()),
            LocalDateTime.parse(c.get("now").asText()),
            LocalDateTime.parse(c.get("nextDoseAt").asText()),
            new BigDecimal(c.get("doseMg").asText()));
    JsonNode expect = c.get("expect");
    assertThat(advice.action()).isEqualTo(MissedDoseAction.valueOf(expect.get("action").asText()));
    assertThat(advice.doseMg()).isEqualByComparingTo(expect.get("doseMg").asText());
    assertThat(advice.minutesSinceMissed()).isEqualTo(expect.get("since").asLong());
    assertThat(advice.minutesUntilNext()).isEqualTo(expect.get("until").asLong());
    assertThat(advice.neverDouble()).isTrue();
    assertThat(advice.rules()).contains("MISS-02-A", "MISS-02-G");
    assertThat(advice.rules())
        .contains(c.get("jurisdiction").asText().equals("UK") ? "MISS-02-E" : "MISS-02-D");
    assertThat(advice.advice()).anySatisfy(a -> assertThat(a).contains("double dose"));
    assertThat(advice.sources()).isNotEmpty();
  }

  @Test
  void nowBeforeTheMissedDoseIsRefusedNamingTheFields() {
    assertThatThrownBy(
            () ->
                ADVISOR.advise(
                    Jurisdiction.US, NINE, NINE.minusMinutes(1), NINE.plusHours(6), BigDecimal.TEN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("now (2026-11-23T08:59) is before missedAt (2026-11-23T09:00)");
  }

  @Test
  void aNextDoseThatIsNotStillToComeIsRefused() {
    assertThatThrownBy(
            () ->
                ADVISOR.advise(
                    Jurisdiction.US, NINE, NINE.plusHours(1), NINE.plusHours(1), BigDecimal.TEN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nextDoseAt (2026-11-23T10:00) is not after now (2026-11-23T10:00)");
  }

  @Test
  void aDoseOfZeroIsRefused() {
    assertThatThrownBy(
            () -> ADVISOR.advise(Jurisdiction.UK, NINE, NINE, NINE.plusHours(6), BigDecimal.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("doseMg is 0");
  }

  @Test
  void aMissingTimeIsRefusedByName() {
    assertThatThrownBy(
            () -> ADVISOR.advise(Jurisdiction.UK, null, NINE, NINE.plusHours(6), BigDecimal.ONE))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("missedAt");
  }
}
