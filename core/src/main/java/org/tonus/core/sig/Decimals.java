package org.tonus.core.sig;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;

/** Exact decimal helpers: one normal form for equal amounts, and division that never rounds. */
final class Decimals {
  private Decimals() {}

  /** Strips trailing zeros, never to a negative scale, so equal amounts are equal records. */
  static BigDecimal normalize(BigDecimal value) {
    if (value.scale() == 0) {
      // Already normal: a whole number at scale 0 strips back to itself.
      return value;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /**
   * The common case, two whole numbers of a sig (30 mg / 3 doses, 5 mg / 0.5): in longs. Null when
   * the quotient does not terminate.
   */
  private static BigDecimal divideSmallWholes(long dividend, long divisor) {
    long sign = Long.signum(dividend) * Long.signum(divisor);
    long numerator = Math.abs(dividend);
    long denominator = Math.abs(divisor);
    long common = gcd(numerator, denominator);
    numerator /= common;
    denominator /= common;
    int twos = Long.numberOfTrailingZeros(denominator);
    denominator >>= twos;
    int fives = 0;
    while (denominator % 5 == 0) {
      denominator /= 5;
      fives++;
    }
    if (denominator != 1) {
      return null;
    }
    int digits = Math.max(twos, fives);
    // numerator / (2^twos 5^fives) = numerator 2^(digits-twos) 5^(digits-fives) / 10^digits.
    // One of the two exponents is 0. The fraction is reduced, so when digits > 0 the numerator
    // lacks the prime the factor lacks: the result has no trailing zero and is already normal.
    if (digits - twos < 63 && digits - fives < LONG_POWERS_OF_FIVE.length) {
      long factor = (1L << (digits - twos)) * LONG_POWERS_OF_FIVE[digits - fives];
      if (Math.multiplyHigh(numerator, factor) == 0 && numerator * factor >= 0) {
        return BigDecimal.valueOf(sign * numerator * factor, digits);
      }
    }
    // Too large for a long: dividend has at most 15 digits and digits here at most 31, so
    // BigInteger keeps it exact.
    BigInteger scaled =
        BigInteger.valueOf(numerator)
            .multiply(TWO.pow(digits - twos))
            .multiply(FIVE.pow(digits - fives));
    return normalize(new BigDecimal(scaled.multiply(BigInteger.valueOf(sign)), digits));
  }

  /** 5^0 to 5^27, every power of five a long holds. */
  private static final long[] LONG_POWERS_OF_FIVE = new long[28];

  static {
    LONG_POWERS_OF_FIVE[0] = 1;
    for (int i = 1; i < LONG_POWERS_OF_FIVE.length; i++) {
      LONG_POWERS_OF_FIVE[i] = LONG_POWERS_OF_FIVE[i - 1] * 5;
    }
  }

  private static long gcd(long a, long b) {
    long x = a;
    long y = b;
    while (y != 0) {
      long next = x % y;
      x = y;
      y = next;
    }
    return x == 0 ? 1 : x;
  }

  private static final BigInteger TWO = BigInteger.valueOf(2);
  private static final BigInteger FIVE = BigInteger.valueOf(5);

  /**
   * The exact quotient, or empty when it does not terminate (10 / 3); never rounded. Decided by
   * arithmetic, not by catching BigDecimal's exception: a decimal quotient exists exactly when the
   * reduced divisor has no prime factor but 2 and 5.
   */
  static Optional<BigDecimal> divideExactly(BigDecimal dividend, BigDecimal divisor) {
    return Optional.ofNullable(divideExactlyOrNull(dividend, divisor));
  }

  /** {@link #divideExactly} for the hot path: null rather than an empty Optional. */
  static BigDecimal divideExactlyOrNull(BigDecimal dividend, BigDecimal divisor) {
    if (divisor.signum() == 0) {
      return null;
    }
    if (divisor.compareTo(BigDecimal.ONE) == 0) {
      return normalize(dividend);
    }
    if (dividend.scale() == 0
        && divisor.scale() == 0
        && dividend.precision() <= 15
        && divisor.precision() <= 9) {
      return divideSmallWholes(dividend.longValueExact(), divisor.longValueExact());
    }
    // dividend = p / 10^s, divisor = q / 10^t, so the quotient is (p 10^t) / (q 10^s).
    BigInteger numerator = dividend.unscaledValue();
    BigInteger denominator = divisor.unscaledValue();
    if (divisor.scale() > 0) {
      numerator = numerator.multiply(BigInteger.TEN.pow(divisor.scale()));
    } else if (divisor.scale() < 0) {
      denominator = denominator.multiply(BigInteger.TEN.pow(-divisor.scale()));
    }
    if (dividend.scale() > 0) {
      denominator = denominator.multiply(BigInteger.TEN.pow(dividend.scale()));
    } else if (dividend.scale() < 0) {
      numerator = numerator.multiply(BigInteger.TEN.pow(-dividend.scale()));
    }
    BigInteger common = numerator.gcd(denominator);
    numerator = numerator.divide(common);
    denominator = denominator.divide(common);
    if (denominator.signum() < 0) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    int twos = 0;
    BigInteger rest = denominator;
    while (!rest.testBit(0) && rest.signum() > 0) {
      rest = rest.shiftRight(1);
      twos++;
    }
    int fives = 0;
    while (rest.mod(FIVE).signum() == 0) {
      rest = rest.divide(FIVE);
      fives++;
    }
    if (!rest.equals(BigInteger.ONE)) {
      return null;
    }
    int digits = Math.max(twos, fives);
    // Scale the denominator up to 10^digits: multiply the numerator by the same factor.
    BigInteger factor = TWO.pow(digits - twos).multiply(FIVE.pow(digits - fives));
    return normalize(new BigDecimal(numerator.multiply(factor), digits));
  }

  /** The value as an int when it is a whole number that fits; null otherwise (no Optional). */
  static Integer wholeNumberOrNull(BigDecimal value) {
    BigDecimal normal = normalize(value);
    if (normal.scale() > 0 || normal.precision() > 9) {
      return null;
    }
    return normal.intValueExact();
  }

  static boolean isWhole(BigDecimal value) {
    // Scale 0 or below is whole without stripping (which allocates); 2.50 must be stripped.
    return value.scale() <= 0 || normalize(value).scale() == 0;
  }

  static BigDecimal of(BigInteger value) {
    return new BigDecimal(value);
  }
}
