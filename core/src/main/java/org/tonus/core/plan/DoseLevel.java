package org.tonus.core.plan;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A regimen held for a while: so many equal doses a day of so many mg. Invariant: both zero (no
 * dose) or both positive; amounts are exact and kept without trailing zeros.
 */
public record DoseLevel(int dosesPerDay, BigDecimal doseMg) {

  /** Taking nothing. */
  public static final DoseLevel NONE = new DoseLevel(0, BigDecimal.ZERO);

  public DoseLevel {
    Objects.requireNonNull(doseMg, "doseMg");
    if (dosesPerDay < 0 || doseMg.signum() < 0) {
      throw new IllegalArgumentException(
          "dose level " + dosesPerDay + " x " + doseMg.toPlainString() + " mg is negative");
    }
    if ((dosesPerDay == 0) != (doseMg.signum() == 0)) {
      throw new IllegalArgumentException(
          "dose level "
              + dosesPerDay
              + " x "
              + doseMg.toPlainString()
              + " mg: doses a day and mg a dose must both be zero or both positive");
    }
    doseMg = Amounts.normal(doseMg);
  }

  public static DoseLevel of(int dosesPerDay, String doseMg) {
    return new DoseLevel(dosesPerDay, new BigDecimal(doseMg));
  }

  public BigDecimal dailyMg() {
    return Amounts.normal(doseMg.multiply(BigDecimal.valueOf(dosesPerDay)));
  }

  public boolean isNone() {
    return dosesPerDay == 0;
  }

  @Override
  public String toString() {
    return isNone()
        ? "none"
        : Amounts.plain(doseMg)
            + " mg x "
            + dosesPerDay
            + " = "
            + Amounts.plain(dailyMg())
            + " mg/day";
  }
}
