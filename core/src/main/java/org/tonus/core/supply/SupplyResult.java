package org.tonus.core.supply;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tonus.core.alert.Alert;

/**
 * How long a dispensed quantity lasts (POL-15): whole days covered, walking the schedule from the
 * fill date as day 1; the date it runs out (the first day not covered in full: fill date + days'
 * supply) and the date a refill is due (that date minus the margin, never before the fill date).
 * When the schedule ends before the quantity does, nothing runs out and no refill is due.
 *
 * <p>Invariants: unitsUsed ≤ quantity and unitsUsed + unitsLeftOver = quantity; the periods' days
 * add up to daysSupply.
 */
public record SupplyResult(
    BigDecimal unitsPerDay,
    Optional<BigDecimal> dailyMg,
    DispensedUnit unit,
    BigDecimal quantity,
    LocalDate fillDate,
    long daysSupply,
    BigDecimal unitsUsed,
    BigDecimal unitsLeftOver,
    boolean coversWholeSchedule,
    Optional<LocalDate> runsOutOn,
    Optional<LocalDate> refillDueOn,
    int refillMarginDays,
    List<SupplyPeriod> periods,
    List<String> arithmetic,
    List<Alert> alerts,
    List<String> rules,
    List<String> sources) {

  public SupplyResult {
    Objects.requireNonNull(dailyMg, "dailyMg");
    Objects.requireNonNull(runsOutOn, "runsOutOn");
    Objects.requireNonNull(refillDueOn, "refillDueOn");
    periods = List.copyOf(periods);
    arithmetic = List.copyOf(arithmetic);
    alerts = List.copyOf(alerts);
    rules = List.copyOf(rules);
    sources = List.copyOf(sources);
    if (unitsUsed.compareTo(quantity) > 0
        || unitsUsed.add(unitsLeftOver).compareTo(quantity) != 0) {
      throw new IllegalArgumentException(
          "units used "
              + unitsUsed
              + " and left over "
              + unitsLeftOver
              + " do not make "
              + quantity);
    }
    if (periods.stream().mapToLong(SupplyPeriod::days).sum() != daysSupply) {
      throw new IllegalArgumentException("periods do not add up to " + daysSupply + " days");
    }
  }
}
