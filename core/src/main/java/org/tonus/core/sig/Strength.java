package org.tonus.core.sig;

import java.util.Objects;
import java.util.Optional;
import org.tonus.core.quantity.Dimension;
import org.tonus.core.quantity.Quantity;

/**
 * How much drug one unit of the product holds: a mass per counted unit ("10 mg" a tablet) or a
 * concentration per mL ("5 mg/5 mL" is 1 mg/mL). When the knowledge supplied or confirmed it (a
 * brand's product fact), {@code productFactId} names that fact (e.g. PROD-02 for Ozobax).
 */
public record Strength(Quantity amount, Optional<String> productFactId) {

  public Strength {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(productFactId, "productFactId");
    if (amount.dimension() != Dimension.MASS
        && amount.dimension() != Dimension.CONCENTRATION
        && amount.dimension() != Dimension.ACTIVITY) {
      throw new IllegalArgumentException("a strength is a mass or a concentration, not " + amount);
    }
    if (amount.amount().signum() <= 0) {
      throw new IllegalArgumentException("strength must be greater than 0: " + amount);
    }
  }

  public static Strength of(Quantity amount) {
    return new Strength(amount, Optional.empty());
  }

  /** True for a per-mL concentration, false for a per-unit mass. */
  public boolean isConcentration() {
    return amount.dimension() == Dimension.CONCENTRATION;
  }

  @Override
  public String toString() {
    return amount.toString();
  }
}
