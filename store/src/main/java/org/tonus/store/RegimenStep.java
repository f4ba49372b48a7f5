package org.tonus.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One step of a regimen on the calendar: from a day (until a day, inclusive, unless open), the
 * doses a day, the dose each time and the day's total in mg. A stop step has 0 doses and 0 mg.
 * Invariants: to, when given, is not before from; dailyMg = doseMg × dosesPerDay.
 */
public record RegimenStep(
    LocalDate from,
    Optional<LocalDate> to,
    int dosesPerDay,
    BigDecimal doseMg,
    BigDecimal dailyMg) {
  public RegimenStep {
    if (from == null || to == null || doseMg == null || dailyMg == null) {
      throw new IllegalArgumentException(
          "from, to (empty if open), doseMg and dailyMg must be given");
    }
    if (to.isPresent() && to.get().isBefore(from)) {
      throw new IllegalArgumentException(
          "to must not be before from " + from + ", was " + to.get());
    }
    if (dosesPerDay < 0 || doseMg.signum() < 0 || dailyMg.signum() < 0) {
      throw new IllegalArgumentException(
          "dosesPerDay, doseMg and dailyMg must not be negative, were "
              + dosesPerDay
              + ", "
              + doseMg
              + ", "
              + dailyMg);
    }
  }

  /** Whether the step is followed on {@code day}. */
  public boolean covers(LocalDate day) {
    return !day.isBefore(from) && to.map(last -> !day.isAfter(last)).orElse(true);
  }

  /** Whether this step stops the medicine (no dose at all). */
  public boolean stops() {
    return dosesPerDay == 0 || dailyMg.signum() == 0;
  }
}
