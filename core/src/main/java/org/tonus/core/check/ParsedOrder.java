package org.tonus.core.check;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The structured view of the order as the checker read it. Dose values are the upper end of a
 * range; {@code timesPerDay} is the most doses a day (as-needed at its maximum). Exactly one of the
 * daily doses is present when the dose is known: mcg for intrathecal orders written in mcg, mg
 * otherwise. A stop carries no dose.
 */
public record ParsedOrder(
    String drug,
    Optional<String> brand,
    Optional<BigDecimal> doseValue,
    Optional<String> doseUnit,
    Optional<String> route,
    Optional<Integer> timesPerDay,
    boolean asNeeded,
    Optional<Integer> durationDays,
    boolean stop,
    Optional<BigDecimal> dailyDoseMg,
    Optional<BigDecimal> dailyDoseMcg,
    String canonical) {
  public ParsedOrder {
    Objects.requireNonNull(drug, "drug");
    if (dailyDoseMg.isPresent() && dailyDoseMcg.isPresent()) {
      throw new IllegalArgumentException("a parsed order has one daily dose, not both");
    }
  }
}
