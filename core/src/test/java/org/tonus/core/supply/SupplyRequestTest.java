package org.tonus.core.supply;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Requests that cannot exist are rejected with a message naming the field and the value. */
class SupplyRequestTest {
  private static final LocalDate FILL = LocalDate.of(2026, 1, 1);

  @Test
  void onlyTheLastStepMayBeOpenEnded() {
    assertThatThrownBy(
            () ->
                SupplyRequest.of(
                    List.of(SupplyStep.daily("1"), SupplyStep.daily("2")),
                    "30",
                    DispensedUnit.TABLET,
                    FILL))
        .hasMessage("steps[0] has no durationDays; only the last step may be open-ended");
  }

  @Test
  void aScheduleNeedsAStep() {
    assertThatThrownBy(() -> SupplyRequest.of(List.of(), "30", DispensedUnit.TABLET, FILL))
        .hasMessage("steps is empty: give at least one step");
  }

  @Test
  void nothingDispensedIsNoSupply() {
    assertThatThrownBy(
            () -> SupplyRequest.of(List.of(SupplyStep.daily("3")), "0", DispensedUnit.TABLET, FILL))
        .hasMessage("quantity 0 must be above 0");
  }

  @Test
  void aStepUsesSomething() {
    assertThatThrownBy(() -> SupplyStep.daily("0")).hasMessage("unitsPerDay 0 must be above 0");
  }

  @Test
  void aStepLastsAtLeastADay() {
    assertThatThrownBy(() -> SupplyStep.daily("1").forDays(0))
        .hasMessage("durationDays 0 must be 1 or more");
  }

  @Test
  void aNegativeMarginCannotExist() {
    assertThatThrownBy(
            () ->
                SupplyRequest.of(List.of(SupplyStep.daily("3")), "30", DispensedUnit.TABLET, FILL)
                    .withRefillMarginDays(-2))
        .hasMessage("refillMarginDays -2 must be 0 or more");
  }
}
