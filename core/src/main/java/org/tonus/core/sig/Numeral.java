package org.tonus.core.sig;

import java.math.BigDecimal;

/**
 * A number as written: a decimal, or a fraction numerator/denominator ("1/2", "½", "3/7"). Kept as
 * a fraction until used, so "3/7" can still be read as three days and "1/3" refused as an inexact
 * amount rather than rounded.
 */
record Numeral(BigDecimal numerator, int denominator, boolean fraction) {

  /** The whole numbers sigs use most, made once: most numbers read need no new object. */
  private static final Numeral[] SMALL_WHOLE = new Numeral[1001];

  static {
    for (int n = 0; n < SMALL_WHOLE.length; n++) {
      SMALL_WHOLE[n] = new Numeral(BigDecimal.valueOf(n), 1, false);
    }
  }

  static Numeral of(BigDecimal value) {
    return new Numeral(value, 1, false);
  }

  /** A whole number, shared when small. */
  static Numeral whole(long value) {
    return value >= 0 && value < SMALL_WHOLE.length
        ? SMALL_WHOLE[(int) value]
        : new Numeral(BigDecimal.valueOf(value), 1, false);
  }

  /** The value when it is exact in decimal; null for 1/3 and the like (hot path: no Optional). */
  BigDecimal exactOrNull() {
    if (denominator == 1) {
      return numerator;
    }
    if (denominator == 0) {
      return null;
    }
    return Decimals.divideExactlyOrNull(numerator, BigDecimal.valueOf(denominator));
  }

  boolean isWhole() {
    return denominator == 1 && Decimals.isWhole(numerator);
  }

  /**
   * True for a proper fraction (below one) that may follow a whole number: "1 1/2", "one and a
   * half".
   */
  boolean isProperFraction() {
    return fraction
        && denominator > 0
        && numerator.compareTo(BigDecimal.valueOf(denominator)) < 0
        && Decimals.isWhole(numerator);
  }

  /** This whole number plus a proper fraction. */
  Numeral plus(Numeral fractionPart) {
    BigDecimal scaled = numerator.multiply(BigDecimal.valueOf(fractionPart.denominator));
    return new Numeral(scaled.add(fractionPart.numerator), fractionPart.denominator, true);
  }
}
