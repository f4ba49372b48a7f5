package org.tonus.core.sig;

import java.math.BigDecimal;

/** Reads the value of a number term, refusing what cannot be used exactly. */
final class Numbers {
  private Numbers() {}

  /** The exact value of number term {@code i}, or null after refusing "1/3" (never rounded). */
  static BigDecimal exact(Reading reading, int i) {
    BigDecimal value = reading.numeral(i).exactOrNull();
    if (value == null) {
      reading.fail("'" + reading.written(i, i + 1) + "' is not an exact amount", i, i + 1);
    }
    return value;
  }

  /** The whole-number value of term {@code i} (hours, days, doses); FAILED after refusing "1.5". */
  static int whole(Reading reading, int i) {
    BigDecimal value = exact(reading, i);
    if (value == null) {
      return Reading.FAILED;
    }
    Integer whole = Decimals.wholeNumberOrNull(value);
    if (whole == null) {
      return reading.fail(
          "'" + reading.written(i, i + 1) + "' must be a whole number here", i, i + 1);
    }
    return whole;
  }

  /** True when term {@code i} is a number equal to {@code expected}. */
  static boolean isValue(Reading reading, int i, int end, int expected) {
    return reading.is(i, end, TermKind.NUMBER)
        && reading.numeral(i).isWhole()
        && reading.numeral(i).numerator().compareTo(BigDecimal.valueOf(expected)) == 0;
  }
}
