package org.tonus.store;

import java.util.List;

/**
 * Where a patient's intrathecal pump stands on a day: the last refill, the days until its refill is
 * due (negative once overdue) and until the low-reservoir alarm is expected, with the facts and
 * sources the dates rest on (IT-13).
 */
public record PumpRefillStatus(
    PumpRefillEntry lastRefill,
    long daysUntilDue,
    long daysUntilAlarm,
    List<String> rules,
    List<String> sources) {
  public PumpRefillStatus {
    if (lastRefill == null) {
      throw new IllegalArgumentException("lastRefill must be given");
    }
    rules = List.copyOf(rules);
    sources = List.copyOf(sources);
  }

  /** Whether the refill due date has passed. */
  public boolean overdue() {
    return daysUntilDue < 0;
  }
}
