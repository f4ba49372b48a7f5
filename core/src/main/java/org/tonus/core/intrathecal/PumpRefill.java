package org.tonus.core.intrathecal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.tonus.core.alert.Alert;

/**
 * The arithmetic of one pump refill (IT-13): drug in the reservoir, drug usable before the
 * low-reservoir alarm, the pump rate, whole days to the alarm and to empty (part days dropped,
 * IT-13-E), and the dates: alarm, refill due (alarm minus the margin, never before the refill) and
 * empty. Amounts in mcg, mcg/mL, mL and mL/day, exact.
 *
 * <p>Invariants: daysToReserve × totalDailyMcg ≤ usableMcg; daysToReserve ≤ daysToEmpty; refillDate
 * ≤ refillDueBy ≤ alarmDate ≤ emptyDate.
 */
public record PumpRefill(
    LocalDate refillDate,
    BigDecimal volumeMl,
    BigDecimal reserveMl,
    BigDecimal concentrationMcgPerMl,
    BigDecimal dailyDoseMcg,
    BigDecimal bolusMcgPerDay,
    BigDecimal totalDailyMcg,
    BigDecimal totalMcg,
    BigDecimal usableMcg,
    BigDecimal rateMlPerDay,
    boolean rateExact,
    long daysToReserve,
    long daysToEmpty,
    LocalDate alarmDate,
    LocalDate refillDueBy,
    LocalDate emptyDate,
    int marginDays,
    List<String> arithmetic,
    List<Alert> alerts,
    List<String> rules,
    List<String> sources)
    implements PumpRefillOutcome {

  public PumpRefill {
    Objects.requireNonNull(refillDate, "refillDate");
    arithmetic = List.copyOf(arithmetic);
    alerts = List.copyOf(alerts);
    rules = List.copyOf(rules);
    sources = List.copyOf(sources);
    if (BigDecimal.valueOf(daysToReserve).multiply(totalDailyMcg).compareTo(usableMcg) > 0) {
      throw new IllegalArgumentException(
          "daysToReserve "
              + daysToReserve
              + " x "
              + totalDailyMcg
              + " mcg/day exceeds the usable "
              + usableMcg
              + " mcg");
    }
    if (daysToReserve > daysToEmpty
        || refillDueBy.isBefore(refillDate)
        || alarmDate.isBefore(refillDueBy)
        || emptyDate.isBefore(alarmDate)) {
      throw new IllegalArgumentException(
          "dates out of order: refill "
              + refillDate
              + ", due "
              + refillDueBy
              + ", alarm "
              + alarmDate
              + ", empty "
              + emptyDate);
    }
  }
}
