package org.tonus.core.supply;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The days of one schedule step that the dispensed quantity covers in full, from and to inclusive,
 * and the units they use. Invariant: days ≥ 1, to = from + days − 1, units = days × unitsPerDay.
 */
public record SupplyPeriod(
    int step, LocalDate from, LocalDate to, long days, BigDecimal unitsPerDay, BigDecimal units) {

  public SupplyPeriod {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (days < 1 || !to.equals(from.plusDays(days - 1))) {
      throw new IllegalArgumentException(
          "period of step " + step + " from " + from + " to " + to + " is not " + days + " days");
    }
    if (units.compareTo(unitsPerDay.multiply(BigDecimal.valueOf(days))) != 0) {
      throw new IllegalArgumentException(
          "period of step " + step + ": units " + units + " is not " + days + " x " + unitsPerDay);
    }
  }
}
