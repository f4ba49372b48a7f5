package org.tonus.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.tonus.core.alert.AlertCode;
import org.tonus.core.alert.Severity;

/** What every triage answer promises, whatever the words. */
final class TriageInvariants {
  private TriageInvariants() {}

  static void hold(TriageResult result) {
    assertThat(result.disclaimer()).contains("not a diagnosis");
    assertThat(result.rules()).as("the policy is always applied").contains("POL-08");
    assertThat(result.sources()).isNotEmpty();
    assertThat(result.alerts()).allSatisfy(a -> assertThat(a.sources()).isNotEmpty());
    boolean seekAlert =
        result.alerts().stream()
            .anyMatch(
                a -> a.code() == AlertCode.SEEK_CARE_NOW && a.severity() == Severity.CRITICAL);
    assertThat(seekAlert)
        .as("SEEK_CARE_NOW outcome exactly when a critical SEEK_CARE_NOW alert is present")
        .isEqualTo(result.outcome() == TriageOutcome.SEEK_CARE_NOW);
    if (result.outcome() == TriageOutcome.SEEK_CARE_NOW) {
      assertThat(result.advice().get(0)).as("emergency services named first").contains("call 9");
    }
    assertThat(result.advice()).isNotEmpty();
  }
}
