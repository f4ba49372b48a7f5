package org.tonus.core.plan;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How many tablets of one strength make up part of a dose: a whole number, or a whole number and a
 * half when halves of a scored tablet are allowed. Invariant: strength and count are positive and
 * the count is a multiple of one half.
 */
public record TabletCount(BigDecimal strengthMg, BigDecimal count) {
  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  public TabletCount {
    Objects.requireNonNull(strengthMg, "strengthMg");
    Objects.requireNonNull(count, "count");
    if (strengthMg.signum() <= 0 || count.signum() <= 0) {
      throw new IllegalArgumentException(
          "tablet count " + count.toPlainString() + " of " + strengthMg.toPlainString() + " mg");
    }
    if (count.multiply(TWO).stripTrailingZeros().scale() > 0) {
      throw new IllegalArgumentException(
          "tablet count " + count.toPlainString() + " is not a whole or half number");
    }
    strengthMg = Amounts.normal(strengthMg);
    count = Amounts.normal(count);
  }

  public BigDecimal mg() {
    return Amounts.normal(strengthMg.multiply(count));
  }
}
