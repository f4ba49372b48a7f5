package org.tonus.core.intrathecal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Volume arithmetic of intrathecal doses: mL = mcg ÷ (mcg/mL). Kept exact; a quotient that never
 * ends is rounded half up at {@link #SCALE} decimal places of a mL (IT-13-F).
 */
final class Rates {
  /** Decimal places kept when a quotient does not terminate (IT-13-F). */
  static final int SCALE = 6;

  private Rates() {}

  /** The volume holding {@code mcg} at {@code mcgPerMl}; exact where the quotient terminates. */
  static BigDecimal volumeMl(BigDecimal mcg, BigDecimal mcgPerMl) {
    return quotient(mcg, mcgPerMl).value();
  }

  /** A quotient and whether it is exact. */
  record Quotient(BigDecimal value, boolean exact) {}

  static Quotient quotient(BigDecimal dividend, BigDecimal divisor) {
    try {
      return new Quotient(plain(dividend.divide(divisor)), true);
    } catch (ArithmeticException neverEnds) {
      return new Quotient(plain(dividend.divide(divisor, SCALE, RoundingMode.HALF_UP)), false);
    }
  }

  /** The rate line of a plan's arithmetic, saying whether the quotient was rounded (IT-13-F). */
  static String describe(BigDecimal dailyMcg, BigDecimal mcgPerMl, Quotient rate) {
    return "rate = "
        + dailyMcg.toPlainString()
        + " mcg/day / "
        + mcgPerMl.toPlainString()
        + " mcg/mL = "
        + rate.value().toPlainString()
        + " mL/day"
        + (rate.exact() ? " (exact)" : " (rounded half up at " + SCALE + " decimals)");
  }

  /** Drops trailing zeros without switching to exponent notation (2E+2 stays 200). */
  static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
