package org.tonus.core.knowledge;

import java.math.BigDecimal;
import java.math.MathContext;

/** An exact proper fraction such as 1/3, used for dose reductions. */
public record Fraction(int numerator, int denominator) {
  public Fraction {
    if (denominator <= 0 || numerator < 0 || numerator > denominator) {
      throw new IllegalArgumentException(
          "not a fraction between 0 and 1: " + numerator + "/" + denominator);
    }
  }

  public BigDecimal toBigDecimal() {
    return BigDecimal.valueOf(numerator)
        .divide(BigDecimal.valueOf(denominator), MathContext.DECIMAL64);
  }

  @Override
  public String toString() {
    return numerator + "/" + denominator;
  }
}
