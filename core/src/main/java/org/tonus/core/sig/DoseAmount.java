package org.tonus.core.sig;

import java.math.BigDecimal;
import java.util.Objects;
import org.tonus.core.quantity.Dimension;
import org.tonus.core.quantity.Quantity;

/**
 * The amount of drug in one administration, as a range ("1-2 tablets" of 10 mg is 10-20 mg; a
 * single amount has low equal to high). Always a mass or units of activity, never a volume: a
 * liquid dose is converted with the product's concentration, or left absent when that is unknown.
 * Checks use {@link #high()}.
 */
public record DoseAmount(Quantity low, Quantity high) {

  public DoseAmount {
    Objects.requireNonNull(low, "low");
    Objects.requireNonNull(high, "high");
    if (low.unit() != high.unit()) {
      throw new IllegalArgumentException("dose range ends differ in unit: " + low + " and " + high);
    }
    if (low.dimension() != Dimension.MASS && low.dimension() != Dimension.ACTIVITY) {
      throw new IllegalArgumentException("a dose is a mass or units, not " + low);
    }
    if (low.amount().signum() <= 0) {
      throw new IllegalArgumentException("dose must be greater than 0: " + low);
    }
    if (low.amount().compareTo(high.amount()) > 0) {
      throw new IllegalArgumentException("dose range starts above its end: " + low + "-" + high);
    }
  }

  public static DoseAmount of(Quantity amount) {
    return new DoseAmount(amount, amount);
  }

  public boolean isRange() {
    return !low.equals(high);
  }

  /** This dose taken {@code low}-{@code high} times (a count of units of this strength). */
  DoseAmount times(BigDecimal lowFactor, BigDecimal highFactor) {
    return new DoseAmount(
        new Quantity(low.amount().multiply(lowFactor), low.unit()),
        new Quantity(high.amount().multiply(highFactor), high.unit()));
  }

  @Override
  public String toString() {
    return isRange() ? low.amount().toPlainString() + "-" + high : low.toString();
  }
}
