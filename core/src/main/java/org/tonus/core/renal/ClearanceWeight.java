package org.tonus.core.renal;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A body weight given for the Cockcroft-Gault equation, with the kind of weight it is. Invariant:
 * above 0 and at most 400 kg, like the patient's own weight.
 */
public record ClearanceWeight(BigDecimal kg, WeightKind kind) {

  // The validation bound of a body weight (see Patient), not a dosing number.
  private static final BigDecimal MAX_KG = new BigDecimal("400");

  public ClearanceWeight {
    Objects.requireNonNull(kg, "kg");
    Objects.requireNonNull(kind, "kind");
    if (kg.signum() <= 0 || kg.compareTo(MAX_KG) > 0) {
      throw new IllegalArgumentException(
          "clearance weight " + kg.toPlainString() + " kg is outside (0, 400]");
    }
  }

  public static ClearanceWeight of(String kg, WeightKind kind) {
    return new ClearanceWeight(new BigDecimal(kg), kind);
  }

  /** "70 kg (actual body weight)". */
  public String describe() {
    return kg.stripTrailingZeros().toPlainString() + " kg (" + kind.word() + " body weight)";
  }
}
