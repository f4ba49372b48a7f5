package org.tonus.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.tonus.core.intrathecal.PumpRefill;

/**
 * One intrathecal pump refill as stored: the day, the reservoir volume filled, the concentration,
 * the programmed daily dose, the pump's low-reservoir alarm volume, and the dates the refill
 * arithmetic (IT-13) gave: the next refill due and the expected alarm. Invariants: amounts above 0
 * (the alarm volume 0 or more); refilledOn ≤ refillDueBy ≤ alarmDate.
 */
public record PumpRefillEntry(
    long patientId,
    LocalDate refilledOn,
    BigDecimal volumeMl,
    BigDecimal concentrationMcgPerMl,
    BigDecimal dailyDoseMcg,
    BigDecimal reserveMl,
    LocalDate refillDueBy,
    LocalDate alarmDate) {
  public PumpRefillEntry {
    Validate.id("patientId", patientId);
    if (refilledOn == null || refillDueBy == null || alarmDate == null) {
      throw new IllegalArgumentException("refilledOn, refillDueBy and alarmDate must be given");
    }
    volumeMl = positive("volumeMl", volumeMl);
    concentrationMcgPerMl = positive("concentrationMcgPerMl", concentrationMcgPerMl);
    dailyDoseMcg = positive("dailyDoseMcg", dailyDoseMcg);
    if (reserveMl == null || reserveMl.signum() < 0) {
      throw new IllegalArgumentException("reserveMl must be 0 or more, was " + reserveMl);
    }
    reserveMl = plain(reserveMl);
    if (refillDueBy.isBefore(refilledOn) || alarmDate.isBefore(refillDueBy)) {
      throw new IllegalArgumentException(
          "dates out of order: refilled "
              + refilledOn
              + ", due "
              + refillDueBy
              + ", alarm "
              + alarmDate);
    }
  }

  /** The entry for a refill the core calculator worked out (its inputs and its dates). */
  public static PumpRefillEntry of(long patientId, PumpRefill refill) {
    return new PumpRefillEntry(
        patientId,
        refill.refillDate(),
        refill.volumeMl(),
        refill.concentrationMcgPerMl(),
        refill.dailyDoseMcg(),
        refill.reserveMl(),
        refill.refillDueBy(),
        refill.alarmDate());
  }

  private static BigDecimal positive(String field, BigDecimal value) {
    if (value == null || value.signum() <= 0) {
      throw new IllegalArgumentException(field + " must be above 0, was " + value);
    }
    return plain(value);
  }

  // One scale per value whatever the database returns, so stored and read entries are equal.
  private static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
