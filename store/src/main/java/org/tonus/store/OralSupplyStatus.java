package org.tonus.store;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;
import org.tonus.core.supply.SupplyResult;

/**
 * How long one dispensed oral product lasts under the patient's active regimen: counted by the core
 * days'-supply arithmetic (POL-15), or not countable with the reason (never a guess).
 */
public sealed interface OralSupplyStatus {
  /** The dispensing this status is about. */
  Dispensing dispensing();

  /**
   * The supply counted from the later of the fill date and the regimen's start: the core result,
   * the whole days left on the day asked about (empty when the schedule ends before the supply),
   * and the refill due date (empty likewise). Invariant: daysLeft ≥ 0.
   */
  record Counted(
      Dispensing dispensing,
      SupplyResult supply,
      OptionalLong daysLeft,
      Optional<LocalDate> refillDueOn)
      implements OralSupplyStatus {
    public Counted {
      if (daysLeft.isPresent() && daysLeft.getAsLong() < 0) {
        throw new IllegalArgumentException("daysLeft must be 0 or more, was " + daysLeft);
      }
    }
  }

  /** The supply cannot be counted; the reason says what is missing. */
  record NotCounted(Dispensing dispensing, String reason) implements OralSupplyStatus {}
}
