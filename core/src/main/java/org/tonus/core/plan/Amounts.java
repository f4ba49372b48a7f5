package org.tonus.core.plan;

import java.math.BigDecimal;

/**
 * Normal form and printing of exact milligram amounts, so equal amounts compare and print alike.
 */
final class Amounts {
  private Amounts() {}

  /** Without trailing zeros and never in exponent form: 5.0 becomes 5, 1E+1 becomes 10. */
  static BigDecimal normal(BigDecimal value) {
    if (value.scale() == 0) {
      // A whole number at scale 0 strips back to itself; the strip would only allocate.
      return value;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  static String plain(BigDecimal value) {
    return normal(value).toPlainString();
  }

  static BigDecimal min(BigDecimal a, BigDecimal b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
