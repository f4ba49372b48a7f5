package org.tonus.core.sig;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How many units of a counted form one administration takes: "½", "1/2", "half", "one and a half",
 * "1.5" or a range "1-2". Both ends are positive, low never exceeds high, and trailing zeros are
 * stripped so that "0.50" and "1/2" are equal.
 */
public record UnitCount(BigDecimal low, BigDecimal high) {

  public UnitCount {
    Objects.requireNonNull(low, "low");
    Objects.requireNonNull(high, "high");
    if (low.signum() <= 0) {
      throw new IllegalArgumentException("count must be greater than 0: " + low);
    }
    if (low.compareTo(high) > 0) {
      throw new IllegalArgumentException("count range starts above its end: " + low + "-" + high);
    }
    low = Decimals.normalize(low);
    high = Decimals.normalize(high);
  }

  public static UnitCount of(BigDecimal count) {
    return new UnitCount(count, count);
  }

  public boolean isRange() {
    return low.compareTo(high) != 0;
  }

  @Override
  public String toString() {
    return isRange() ? low.toPlainString() + "-" + high.toPlainString() : low.toPlainString();
  }
}
