package org.tonus.core.supply;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * How long a dispensed quantity lasts: the schedule's steps in order, the quantity dispensed (in
 * tablets or mL, as the steps count), the fill date (day 1) and the days before running out that a
 * refill is due.
 *
 * <p>Invariants: at least one step; only the last step may be open-ended; quantity above 0;
 * refillMarginDays 0 or more.
 */
public record SupplyRequest(
    List<SupplyStep> steps,
    BigDecimal quantity,
    DispensedUnit unit,
    LocalDate fillDate,
    int refillMarginDays) {

  /** Days before running out that a refill is due, unless configured (issue 3: default 7). */
  public static final int DEFAULT_REFILL_MARGIN_DAYS = 7;

  public SupplyRequest {
    steps = List.copyOf(steps);
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(fillDate, "fillDate");
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("steps is empty: give at least one step");
    }
    for (int i = 0; i < steps.size() - 1; i++) {
      if (steps.get(i).durationDays().isEmpty()) {
        throw new IllegalArgumentException(
            "steps[" + i + "] has no durationDays; only the last step may be open-ended");
      }
    }
    if (quantity.signum() <= 0) {
      throw new IllegalArgumentException(
          "quantity " + quantity.toPlainString() + " must be above 0");
    }
    if (refillMarginDays < 0) {
      throw new IllegalArgumentException(
          "refillMarginDays " + refillMarginDays + " must be 0 or more");
    }
  }

  /** A request with the default refill margin. */
  public static SupplyRequest of(
      List<SupplyStep> steps, String quantity, DispensedUnit unit, LocalDate fillDate) {
    return new SupplyRequest(
        steps, new BigDecimal(quantity), unit, fillDate, DEFAULT_REFILL_MARGIN_DAYS);
  }

  public SupplyRequest withRefillMarginDays(int days) {
    return new SupplyRequest(steps, quantity, unit, fillDate, days);
  }
}
