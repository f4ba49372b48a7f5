package org.tonus.core.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Requests that cannot be triaged are refused with the field named; long texts stay quick. */
class TriageRequestTest {

  @Test
  void blankTextWithoutContextIsRefused() {
    assertThatThrownBy(() -> TriageRequest.of("  "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("text is blank; describe the symptoms in your own words");
  }

  @Test
  void negativeMissedDosesAreRefused() {
    assertThatThrownBy(() -> TriageRequest.of("sleepy").withMissedDoses(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("missedDoses is -1; give 0 or more missed doses");
  }

  @Test
  void aTextBeyondTheLimitIsRefused() {
    String text = "a".repeat(TriageRequest.MAX_TEXT_LENGTH + 1);
    assertThatThrownBy(() -> TriageRequest.of(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("text is 2001 characters; at most 2000 are read");
  }

  @Test
  void theLongestTextIsReadQuickly() {
    StringBuilder text = new StringBuilder();
    String[] words = {"sleepy", "purplish", "halucinations", "no", "fever", "but", "wobbly, "};
    for (int i = 0; text.length() < TriageRequest.MAX_TEXT_LENGTH - 20; i++) {
      text.append(words[i % words.length]).append(i).append(' ');
    }
    long start = System.nanoTime();
    TriageResult result = TriageCasesTest.TRIAGE.triage(TriageRequest.of(text.toString()));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    assertThat(result.unrecognised()).isNotEmpty();
  }

  @Test
  void theEmergencyNumberFollowsTheJurisdiction() {
    assertThat(
            TriageCasesTest.TRIAGE
                .triage(TriageRequest.of("seizure").in(org.tonus.core.knowledge.Jurisdiction.UK))
                .alerts()
                .get(0)
                .message())
        .contains("999");
  }
}
