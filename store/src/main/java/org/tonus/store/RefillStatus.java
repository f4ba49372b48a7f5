package org.tonus.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A patient's supplies on one day: each oral product's days' supply (the latest dispensing of each
 * strength) and, for a pump, the refill status.
 */
public record RefillStatus(
    LocalDate day, List<OralSupplyStatus> oral, Optional<PumpRefillStatus> pump) {
  public RefillStatus {
    if (day == null || pump == null) {
      throw new IllegalArgumentException("day and pump (empty if none) must be given");
    }
    oral = List.copyOf(oral);
  }
}
