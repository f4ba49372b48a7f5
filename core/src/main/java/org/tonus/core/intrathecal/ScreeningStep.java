package org.tonus.core.intrathecal;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.tonus.core.quantity.QuantityRange;

/**
 * One intrathecal screening (test) bolus: its order in the sequence, the dose in mcg, the volume of
 * the screening product that holds it, the minimum hours after the previous bolus and how long to
 * observe. Invariant: dose and concentration are positive and volume = dose ÷ concentration.
 */
public record ScreeningStep(
    int order,
    BigDecimal doseMcg,
    BigDecimal volumeMl,
    BigDecimal concentrationMcgPerMl,
    Optional<BigDecimal> afterHours,
    Optional<QuantityRange> observeHours,
    String factId) {

  public ScreeningStep {
    Objects.requireNonNull(afterHours, "afterHours");
    Objects.requireNonNull(observeHours, "observeHours");
    Objects.requireNonNull(factId, "factId");
    if (order < 1) {
      throw new IllegalArgumentException("order " + order + " must be 1 or more");
    }
    if (doseMcg.signum() <= 0 || concentrationMcgPerMl.signum() <= 0) {
      throw new IllegalArgumentException(
          "screening step "
              + factId
              + ": doseMcg "
              + doseMcg
              + " and concentrationMcgPerMl "
              + concentrationMcgPerMl
              + " must be above 0");
    }
  }
}
