package org.tonus.core.supply;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One step of a dosing schedule as the supply calculator sees it: units used a day (tablets, halves
 * included, or mL; an as-needed order at its maximum), the mg those units hold if known, and how
 * many days the step lasts (empty: until further notice).
 *
 * <p>Invariants: unitsPerDay above 0; dailyMg above 0 when given; durationDays 1 or more when
 * given.
 */
public record SupplyStep(
    BigDecimal unitsPerDay,
    Optional<BigDecimal> dailyMg,
    OptionalInt durationDays,
    boolean asNeeded) {

  public SupplyStep {
    Objects.requireNonNull(dailyMg, "dailyMg");
    Objects.requireNonNull(durationDays, "durationDays");
    if (unitsPerDay.signum() <= 0) {
      throw new IllegalArgumentException(
          "unitsPerDay " + unitsPerDay.toPlainString() + " must be above 0");
    }
    dailyMg.ifPresent(
        mg -> {
          if (mg.signum() <= 0) {
            throw new IllegalArgumentException(
                "dailyMg " + mg.toPlainString() + " must be above 0");
          }
        });
    if (durationDays.isPresent() && durationDays.getAsInt() < 1) {
      throw new IllegalArgumentException(
          "durationDays " + durationDays.getAsInt() + " must be 1 or more");
    }
  }

  /** An open-ended regular step using this many units a day ("3", "1.5"). */
  public static SupplyStep daily(String unitsPerDay) {
    return new SupplyStep(
        new BigDecimal(unitsPerDay), Optional.empty(), OptionalInt.empty(), false);
  }

  public SupplyStep withDailyMg(String mg) {
    return new SupplyStep(unitsPerDay, Optional.of(new BigDecimal(mg)), durationDays, asNeeded);
  }

  public SupplyStep forDays(int days) {
    return new SupplyStep(unitsPerDay, dailyMg, OptionalInt.of(days), asNeeded);
  }

  /** Marks the units a day as an as-needed order's maximum (DOSE-GEN-01-F). */
  public SupplyStep asNeededAtMaximum() {
    return new SupplyStep(unitsPerDay, dailyMg, durationDays, true);
  }
}
