package org.tonus.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading a regimen's steps JSON into calendar steps. */
class RegimenStepsTest {
  private static final LocalDate START = LocalDate.parse("2026-03-01");

  @Test
  void planDaysCountFromTheRegimensStartAsDayOne() {
    Regimen regimen =
        regimen(
            Optional.empty(),
            "[{\"fromDay\":1,\"toDay\":3,\"dosesPerDay\":3,\"doseMg\":5},"
                + "{\"fromDay\":4,\"dosesPerDay\":3,\"doseMg\":10}]");

    // Day 1 = 03-01, day 3 = 03-03; day 4 = 03-04, open. 5 x 3 = 15 and 10 x 3 = 30 mg a day.
    assertThat(regimen.steps())
        .containsExactly(
            new RegimenStep(
                START, Optional.of(LocalDate.parse("2026-03-03")), 3, mg("5"), mg("15")),
            new RegimenStep(
                LocalDate.parse("2026-03-04"), Optional.empty(), 3, mg("10"), mg("30")));
    assertThat(regimen.stepOn(LocalDate.parse("2026-03-10")).map(RegimenStep::dailyMg))
        .contains(mg("30"));
    assertThat(regimen.stepOn(LocalDate.parse("2026-02-28"))).isEmpty();
  }

  @Test
  void anEnteredDailyDoseIsSharedOverTheRegimensDosesAndEndsWithTheRegimen() {
    Regimen regimen = regimen(Optional.of(LocalDate.parse("2026-03-31")), "{\"dailyMg\": 30}");

    // 30 mg a day / 3 doses = 10 mg a dose, from the start to the regimen's end.
    assertThat(regimen.steps())
        .singleElement()
        .satisfies(
            step -> {
              assertThat(step.from()).isEqualTo(START);
              assertThat(step.to()).contains(LocalDate.parse("2026-03-31"));
              assertThat(step.doseMg()).isEqualByComparingTo("10");
              assertThat(step.dosesPerDay()).isEqualTo(3);
            });
  }

  @Test
  void aStopStepHasNoDose() {
    Regimen regimen =
        regimen(
            Optional.empty(),
            "[{\"toDate\":\"2026-03-05\",\"dosesPerDay\":2,\"doseMg\":5},"
                + "{\"dosesPerDay\":0,\"doseMg\":0,\"dailyMg\":0}]");

    assertThat(regimen.steps()).extracting(RegimenStep::stops).containsExactly(false, true);
    assertThat(regimen.steps().get(1).from()).isEqualTo(LocalDate.parse("2026-03-06"));
  }

  @Test
  void whatCannotBeReadGivesNoStepsRatherThanAGuess() {
    assertThat(regimen(Optional.empty(), "not json").steps()).isEmpty();
    assertThat(regimen(Optional.empty(), "[]").steps()).isEmpty();
    assertThat(regimen(Optional.empty(), "[{\"dosesPerDay\": 3}]").steps()).isEmpty();
    assertThat(regimen(Optional.empty(), "[{\"fromDate\":\"March\",\"doseMg\":5}]").steps())
        .isEmpty();
  }

  private static Regimen regimen(Optional<LocalDate> end, String json) {
    return new Regimen(1, RegimenSource.PLAN, START, end, 3, json);
  }

  private static BigDecimal mg(String value) {
    return new BigDecimal(value);
  }
}
