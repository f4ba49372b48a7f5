package org.tonus.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
  // A mass ("10 mg") optionally per volume ("5 mg/5 mL", "1 mg/mL"), as labels write strengths.
  private static final Pattern STRENGTH =
      Pattern.compile(
          "\\d+(?:\\.\\d+)?\\s*(?:mg|mcg)(?:\\s*/\\s*(?:\\d+(?:\\.\\d+)?\\s*)?ml)?\\b",
          Pattern.CASE_INSENSITIVE);

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
   * A dispensing whose strength is read from the product text as labelled ("Baclofen 10 mg
   * tablets", "Ozobax 5 mg/5 mL oral solution"): exactly one strength must appear in it, a mass for
   * tablets or a concentration for a liquid; a text with none, or with several, is refused rather
   * than guessed.
   */
  public static Dispensing fromLabel(
      long patientId, Instant dispensedAt, String product, String quantity) {
    if (product == null) {
      throw new IllegalArgumentException("product must not be blank");
    }
    Matcher matcher = STRENGTH.matcher(product);
    List<String> found = new ArrayList<>();
    while (matcher.find()) {
      found.add(matcher.group().strip());
    }
    if (found.size() != 1) {
      throw new IllegalArgumentException(
          "product must name exactly one strength (such as 10 mg or 5 mg/5 mL), "
              + (found.isEmpty() ? "found none" : "found " + String.join(", ", found))
              + " in '"
              + product.strip()
              + "'");
    }
    Dispensing dispensing =
        of(patientId, dispensedAt, product, found.get(0).replaceAll("\\s*/\\s*", "/"), quantity);
    String lower = product.toLowerCase(Locale.ROOT);
    boolean saysTablet = lower.contains("tablet");
    boolean saysLiquid =
        lower.contains("solution") || lower.contains("suspension") || lower.contains("liquid");
    if ((saysTablet && dispensing.unit() == DispensedUnit.ML)
        || (saysLiquid && dispensing.unit() == DispensedUnit.TABLET)) {
      throw new IllegalArgumentException(
          "product '"
              + product.strip()
              + "' names a "
              + (saysTablet ? "tablet" : "liquid")
              + " but its strength "
              + found.get(0)
              + " is a "
              + (dispensing.unit() == DispensedUnit.ML ? "concentration" : "mass per unit"));
    }
    return dispensing;
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
