package org.tonus.store;

import java.math.BigDecimal;
import java.time.Instant;
import org.tonus.core.quantity.Dimension;
import org.tonus.core.quantity.Quantity;
import org.tonus.core.supply.DispensedUnit;

/**
 * One dispensing of oral baclofen to a patient: the product as written on the label, its strength
 * per unit (a mass per tablet, or a concentration for a liquid), the quantity handed over and when.
 * Invariants: the strength is a mass for tablets and a concentration for mL; the quantity is above
 * 0 with at most 3 decimals.
 */
public record Dispensing(
    long patientId,
    Instant dispensedAt,
    String product,
    Quantity strength,
    BigDecimal quantity,
    DispensedUnit unit) {
  public Dispensing {
    Validate.id("patientId", patientId);
    if (dispensedAt == null || strength == null || quantity == null || unit == null) {
      throw new IllegalArgumentException("dispensedAt, strength, quantity and unit must be given");
    }
    product = Validate.text("product", product, 400);
    Dimension expected = unit == DispensedUnit.TABLET ? Dimension.MASS : Dimension.CONCENTRATION;
    if (strength.dimension() != expected || strength.amount().signum() <= 0) {
      throw new IllegalArgumentException(
          "strength must be a positive "
              + (unit == DispensedUnit.TABLET
                  ? "mass per tablet (10 mg)"
                  : "concentration (1 mg/mL)")
              + " for a quantity in "
              + unit.plural()
              + ", was "
              + strength);
    }
    if (quantity.signum() <= 0 || quantity.stripTrailingZeros().scale() > 3) {
      throw new IllegalArgumentException(
          "quantity must be above 0 with at most 3 decimals, was " + quantity.toPlainString());
    }
    quantity = quantity.setScale(3);
  }

  /**
   * A dispensing read from words: the product text, its strength ("10 mg", "5 mg/5 mL") and the
   * quantity ("90"); tablets when the strength is a mass, mL when it is a concentration.
   */
  public static Dispensing of(
      long patientId, Instant dispensedAt, String product, String strength, String quantity) {
    Quantity parsed = Quantity.parse(strength);
    DispensedUnit unit =
        parsed.dimension() == Dimension.CONCENTRATION ? DispensedUnit.ML : DispensedUnit.TABLET;
    return new Dispensing(patientId, dispensedAt, product, parsed, new BigDecimal(quantity), unit);
  }
}
