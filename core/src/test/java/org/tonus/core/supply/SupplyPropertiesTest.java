package org.tonus.core.supply;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.tonus.core.knowledge.KnowledgeLoader;

/** Invariants of days' supply over many generated schedules and quantities. */
class SupplyPropertiesTest {
  private static final SupplyCalculator CALCULATOR =
      new SupplyCalculator(KnowledgeLoader.loadBundled());

  @Provide
  Arbitrary<List<SupplyStep>> schedules() {
    Arbitrary<SupplyStep> step =
        Combinators.combine(
                Arbitraries.integers().between(1, 120), Arbitraries.integers().between(1, 45))
            .as(
                (quarterUnits, days) ->
                    new SupplyStep(
                        BigDecimal.valueOf(quarterUnits).divide(BigDecimal.valueOf(4)),
                        Optional.empty(),
                        OptionalInt.of(days),
                        false));
    return Combinators.combine(step.list().ofMinSize(1).ofMaxSize(5), Arbitraries.of(true, false))
        .as(
            (steps, openEnded) -> {
              List<SupplyStep> schedule = new ArrayList<>(steps);
              if (openEnded) {
                SupplyStep last = schedule.remove(schedule.size() - 1);
                schedule.add(
                    new SupplyStep(
                        last.unitsPerDay(), Optional.empty(), OptionalInt.empty(), false));
              }
              return schedule;
            });
  }

  @Property
  void daysSupplyTimesDailyUseNeverExceedsTheQuantity(
      @ForAll("schedules") List<SupplyStep> steps,
      @ForAll @IntRange(min = 1, max = 20000) int halfUnits,
      @ForAll @IntRange(min = 0, max = 30) int margin) {
    BigDecimal quantity = BigDecimal.valueOf(halfUnits).divide(BigDecimal.valueOf(2));
    LocalDate fill = LocalDate.of(2026, 1, 31);
    SupplyResult result =
        CALCULATOR.calculate(
            new SupplyRequest(steps, quantity, DispensedUnit.TABLET, fill, margin));

    BigDecimal used =
        result.periods().stream()
            .map(p -> p.unitsPerDay().multiply(BigDecimal.valueOf(p.days())))
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(used).isLessThanOrEqualTo(quantity).isEqualByComparingTo(result.unitsUsed());
    assertThat(result.periods().stream().mapToLong(SupplyPeriod::days).sum())
        .isEqualTo(result.daysSupply());
    if (!result.coversWholeSchedule()) {
      // one more day of the step it ran out in would need more than is left
      assertThat(result.unitsLeftOver()).isLessThan(stoppedIn(result, steps).unitsPerDay());
      assertThat(result.runsOutOn()).contains(fill.plusDays(result.daysSupply()));
      assertThat(result.refillDueOn())
          .hasValueSatisfying(
              due ->
                  assertThat(due)
                      .isAfterOrEqualTo(fill)
                      .isBeforeOrEqualTo(result.runsOutOn().orElseThrow()));
    } else {
      assertThat(result.runsOutOn()).isEmpty();
      assertThat(result.refillDueOn()).isEmpty();
    }
  }

  /** The step the supply ran out in: the one after the steps it covered in full. */
  private static SupplyStep stoppedIn(SupplyResult result, List<SupplyStep> steps) {
    long fullyCovered =
        result.periods().stream()
            .filter(p -> steps.get(p.step() - 1).durationDays().isPresent())
            .filter(p -> p.days() == steps.get(p.step() - 1).durationDays().getAsInt())
            .count();
    return steps.get((int) fullyCovered);
  }

  @Property
  void aSingleOpenStepUsesEveryWholeDayThereIs(
      @ForAll @IntRange(min = 1, max = 64) int quarterUnitsPerDay,
      @ForAll @IntRange(min = 1, max = 5000) int quantityUnits) {
    BigDecimal perDay = BigDecimal.valueOf(quarterUnitsPerDay).divide(BigDecimal.valueOf(4));
    BigDecimal quantity = BigDecimal.valueOf(quantityUnits);
    SupplyResult result =
        CALCULATOR.calculate(
            SupplyRequest.of(
                List.of(new SupplyStep(perDay, Optional.empty(), OptionalInt.empty(), false)),
                quantity.toPlainString(),
                DispensedUnit.TABLET,
                LocalDate.of(2026, 6, 1)));

    BigDecimal days = BigDecimal.valueOf(result.daysSupply());
    assertThat(days.multiply(perDay)).isLessThanOrEqualTo(quantity);
    assertThat(days.add(BigDecimal.ONE).multiply(perDay)).isGreaterThan(quantity);
  }
}
