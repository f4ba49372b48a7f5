package org.tonus.core.missed;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;
import org.tonus.core.knowledge.Jurisdiction;

/**
 * A missed oral dose: when it was due ({@code missedAt}), the time now, when the next dose is due,
 * and the usual dose in mg. Times are the patient's local clock, passed in (no clock is read).
 * Invariant: missedAt is not after now, now is before nextDoseAt, the dose is above zero.
 */
public record MissedDoseRequest(
    Jurisdiction jurisdiction,
    LocalDateTime missedAt,
    LocalDateTime now,
    LocalDateTime nextDoseAt,
    BigDecimal doseMg) {

  public MissedDoseRequest {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(missedAt, "missedAt");
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(nextDoseAt, "nextDoseAt");
    Objects.requireNonNull(doseMg, "doseMg");
    if (now.isBefore(missedAt)) {
      throw new IllegalArgumentException(
          "now ("
              + now
              + ") is before missedAt ("
              + missedAt
              + "); a dose can only be missed once its time has come");
    }
    if (!nextDoseAt.isAfter(now)) {
      throw new IllegalArgumentException(
          "nextDoseAt ("
              + nextDoseAt
              + ") is not after now ("
              + now
              + "); give the next dose still to come");
    }
    if (doseMg.signum() <= 0) {
      throw new IllegalArgumentException(
          "doseMg is " + doseMg.toPlainString() + "; give the usual dose in mg, above 0");
    }
  }
}
