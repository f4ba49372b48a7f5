package org.tonus.core.sig;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;

/** Exact decimal helpers: one normal form for equal amounts, and division that never rounds. */
final class Decimals {
  private Decimals() {}

  /** Strips trailing zeros, never to a negative scale, so equal amounts are equal records. */
  static BigDecimal normalize(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** The exact quotient, or empty when it does not terminate (10 / 3); never rounded. */
  static Optional<BigDecimal> divideExactly(BigDecimal dividend, BigDecimal divisor) {
    try {
      return Optional.of(normalize(dividend.divide(divisor)));
    } catch (ArithmeticException nonTerminating) {
      return Optional.empty();
    }
  }

  /** The value as an int when it is a whole number that fits; empty otherwise. */
  static Optional<Integer> wholeNumber(BigDecimal value) {
    BigDecimal normal = normalize(value);
    if (normal.scale() > 0 || normal.precision() > 9) {
      return Optional.empty();
    }
    return Optional.of(normal.intValueExact());
  }

  static boolean isWhole(BigDecimal value) {
    return normalize(value).scale() == 0;
  }

  static BigDecimal of(BigInteger value) {
    return new BigDecimal(value);
  }
}
