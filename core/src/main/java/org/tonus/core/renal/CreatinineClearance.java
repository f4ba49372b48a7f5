package org.tonus.core.renal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A creatinine clearance in mL/min, rounded once to one decimal (half up), with how it was
 * obtained, the weight used (for an estimate) and the arithmetic written out for the reader.
 *
 * <p>Invariant: the value is not negative and has exactly one decimal; an estimate names its
 * weight.
 */
public record CreatinineClearance(
    BigDecimal mlPerMin,
    ClearanceMethod method,
    Optional<ClearanceWeight> weightUsed,
    String working,
    String roundingRule,
    List<String> rules,
    List<String> sources)
    implements ClearanceResult {

  public CreatinineClearance {
    Objects.requireNonNull(mlPerMin, "mlPerMin");
    Objects.requireNonNull(method, "method");
    if (mlPerMin.signum() < 0 || mlPerMin.scale() != 1) {
      throw new IllegalArgumentException(
          "mlPerMin " + mlPerMin.toPlainString() + " must be at least 0 with one decimal");
    }
    if (method == ClearanceMethod.COCKCROFT_GAULT && weightUsed.isEmpty()) {
      throw new IllegalArgumentException("a Cockcroft-Gault estimate must name the weight it used");
    }
    rules = List.copyOf(rules);
    sources = List.copyOf(sources);
  }
}
