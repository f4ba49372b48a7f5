package org.tonus.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.patient.Patient;

/** Requests and values refuse what cannot exist, naming the field and the value. */
class PlanRequestsTest {
  static final LocalDate START = LocalDate.of(2026, 11, 23);

  @Test
  void aTargetOfZeroIsRefused() {
    assertThatThrownBy(
            () ->
                TitrationRequest.of(Jurisdiction.US, Patient.aged(40), START)
                    .withTargetDailyMg("0"))
        .hasMessage("targetDailyMg 0 must be above 0");
  }

  @Test
  void aTabletStrengthOfZeroIsRefused() {
    assertThatThrownBy(
            () ->
                TitrationRequest.of(Jurisdiction.US, Patient.aged(40), START)
                    .withTabletStrengthsMg("10", "0"))
        .hasMessage("tabletStrengthsMg 0 must be above 0");
  }

  @Test
  void thereIsNothingToTaperFromZero() {
    assertThatThrownBy(
            () -> TaperRequest.of(Jurisdiction.US, Patient.aged(40), START, DoseLevel.NONE))
        .hasMessage("current regimen: there is nothing to taper from 0 mg");
  }

  @Test
  void negativeTaperDaysAreRefused() {
    assertThatThrownBy(
            () ->
                TaperRequest.of(Jurisdiction.US, Patient.aged(40), START, DoseLevel.of(3, "10"))
                    .withDays(-1))
        .hasMessage("days -1 must not be negative");
  }

  @Test
  void aDoseLevelNeedsBothPartsOrNeither() {
    assertThatThrownBy(() -> DoseLevel.of(3, "0"))
        .hasMessage(
            "dose level 3 x 0 mg: doses a day and mg a dose must both be zero or both positive");
    assertThat(DoseLevel.of(3, "20.0").dailyMg()).isEqualByComparingTo("60");
    assertThat(DoseLevel.of(3, "20.0").doseMg().toPlainString()).isEqualTo("20");
  }

  @Test
  void aProposedStepNeedsADoseAndADay() {
    assertThatThrownBy(() -> new ProposedTaper.Step(DoseLevel.of(3, "10"), 0))
        .hasMessage("proposed step 10 mg x 3 = 30 mg/day lasts 0 days");
    assertThat(ProposedTaper.stopNow().days()).isZero();
  }

  @Test
  void aHalfTabletIsTheSmallestPiece() {
    assertThatThrownBy(
            () -> new TabletCount(java.math.BigDecimal.TEN, new java.math.BigDecimal("0.25")))
        .hasMessage("tablet count 0.25 is not a whole or half number");
  }
}
