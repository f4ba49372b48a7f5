package org.tonus.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The doses a patient took on one day (taken, late or extra; missed ones are not taken) with the
 * running total after each, and the day's total in mg at scale 3.
 */
public record DailyDose(LocalDate day, List<RunningDose> running, BigDecimal totalMg) {
  public DailyDose {
    running = List.copyOf(running);
  }
}
