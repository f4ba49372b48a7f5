package org.tonus.core.supply;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.tonus.core.quantity.Dimension;
import org.tonus.core.quantity.Quantity;
import org.tonus.core.quantity.Unit;
import org.tonus.core.sig.DoseForm;
import org.tonus.core.sig.Frequency;
import org.tonus.core.sig.FrequencyPattern;
import org.tonus.core.sig.Sig;
import org.tonus.core.sig.SigStep;
import org.tonus.core.sig.Strength;

/**
 * Turns a parsed sig into a days'-supply schedule (POL-15). Units a day use the top of every range
 * and the most doses a day an as-needed order allows, so a supply is never overstated. Tablets are
 * counted from the sig's count, or from dose ÷ strength when that is exact; liquids from the
 * volume, or dose ÷ concentration. A stop step ends the schedule.
 */
public final class SigSupply {
  private static final int EXACT_SCALE = 12;

  private SigSupply() {}

  public static SupplySchedule of(Sig sig) {
    return of(List.of(sig));
  }

  /** A schedule written as several sigs, one after the other, each but the last with a duration. */
  public static SupplySchedule of(List<Sig> sigs) {
    List<SigStep> steps = new ArrayList<>();
    for (SigStep step : sigs.stream().flatMap(sig -> sig.steps().stream()).toList()) {
      if (step.stop()) {
        break;
      }
      steps.add(step);
    }
    if (steps.isEmpty()) {
      return new SupplySchedule.NotCountable("the sig stops without any dose to count");
    }
    DispensedUnit unit =
        steps.stream().anyMatch(SigSupply::isLiquid) ? DispensedUnit.ML : DispensedUnit.TABLET;
    List<SupplyStep> counted = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      SigStep step = steps.get(i);
      if (isLiquid(step) != (unit == DispensedUnit.ML)) {
        return new SupplySchedule.NotCountable(
            "step " + (i + 1) + " switches between tablets and a liquid; count them apart");
      }
      Optional<Frequency> frequency = step.frequency();
      if (frequency.isEmpty() || frequency.get().pattern() != FrequencyPattern.REGULAR) {
        return new SupplySchedule.NotCountable(
            "step "
                + (i + 1)
                + " is not taken a number of times a day (a single dose or an infusion);"
                + " days' supply counts regular doses, use 'tonus pump' for intrathecal refills");
      }
      Optional<BigDecimal> perDose = unit == DispensedUnit.ML ? millilitres(step) : tablets(step);
      if (perDose.isEmpty()) {
        return new SupplySchedule.NotCountable(
            "step "
                + (i + 1)
                + (unit == DispensedUnit.ML
                    ? " gives neither a volume nor a dose with a concentration"
                    : " gives neither a number of tablets nor a dose that is a whole or half"
                        + " tablet of a stated strength"));
      }
      BigDecimal unitsPerDay =
          perDose.get().multiply(BigDecimal.valueOf(frequency.get().maxTimesPerDay()));
      Optional<BigDecimal> dailyMg =
          step.dailyDose()
              .map(range -> range.high())
              .filter(q -> q.unit() == Unit.MG_PER_DAY)
              .map(Quantity::amount);
      if (dailyMg.isPresent() && step.dose().isPresent()) {
        // A daily cap ("max 30 mg a day") lowers the units too, in proportion to the dose.
        BigDecimal uncapped =
            step.dose()
                .get()
                .high()
                .to(Unit.MG)
                .amount()
                .multiply(BigDecimal.valueOf(frequency.get().maxTimesPerDay()));
        if (dailyMg.get().compareTo(uncapped) < 0) {
          unitsPerDay =
              unitsPerDay
                  .multiply(dailyMg.get())
                  .divide(uncapped, EXACT_SCALE, RoundingMode.DOWN)
                  .stripTrailingZeros();
        }
      }
      counted.add(
          new SupplyStep(
              unitsPerDay.stripTrailingZeros(),
              dailyMg,
              step.durationDays().map(OptionalInt::of).orElseGet(OptionalInt::empty),
              step.asNeeded()));
    }
    return new SupplySchedule.Countable(counted, unit);
  }

  private static boolean isLiquid(SigStep step) {
    return step.volume().isPresent()
        || step.form().map(form -> !form.counted() && form != DoseForm.OTHER).orElse(false)
        || step.strength().map(Strength::isConcentration).orElse(false);
  }

  private static Optional<BigDecimal> tablets(SigStep step) {
    if (step.count().isPresent()) {
      return Optional.of(step.count().get().high());
    }
    if (step.dose().isEmpty() || step.strength().isEmpty()) {
      return Optional.empty();
    }
    Quantity dose = step.dose().get().high();
    Quantity strength = step.strength().get().amount();
    if (dose.dimension() != Dimension.MASS || strength.dimension() != Dimension.MASS) {
      return Optional.empty();
    }
    BigDecimal count =
        dose.to(Unit.MCG)
            .amount()
            .divide(strength.to(Unit.MCG).amount(), EXACT_SCALE, RoundingMode.DOWN);
    boolean wholeOrHalf = count.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() <= 0;
    return wholeOrHalf && count.signum() > 0
        ? Optional.of(count.stripTrailingZeros())
        : Optional.empty();
  }

  private static Optional<BigDecimal> millilitres(SigStep step) {
    if (step.volume().isPresent()) {
      return Optional.of(step.volume().get().high().to(Unit.ML).amount());
    }
    if (step.dose().isEmpty()
        || step.strength().isEmpty()
        || !step.strength().get().isConcentration()) {
      return Optional.empty();
    }
    Quantity dose = step.dose().get().high();
    if (dose.dimension() != Dimension.MASS) {
      return Optional.empty();
    }
    BigDecimal mcgPerMl = step.strength().get().amount().to(Unit.MCG_PER_ML).amount();
    return Optional.of(
        dose.to(Unit.MCG)
            .amount()
            .divide(mcgPerMl, EXACT_SCALE, RoundingMode.HALF_UP)
            .stripTrailingZeros());
  }
}
