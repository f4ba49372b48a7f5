package org.tonus.core.plan;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A dose measured as a volume of an oral liquid: mL = mg / (mg/mL), exact. {@code productFactId}
 * names the marketed product of that concentration, when there is one.
 */
public record DoseInLiquid(
    BigDecimal concentrationMgPerMl, BigDecimal mlPerDose, Optional<String> productFactId)
    implements Preparation {

  public DoseInLiquid {
    Objects.requireNonNull(concentrationMgPerMl, "concentrationMgPerMl");
    Objects.requireNonNull(mlPerDose, "mlPerDose");
    if (concentrationMgPerMl.signum() <= 0 || mlPerDose.signum() <= 0) {
      throw new IllegalArgumentException(
          "liquid dose "
              + mlPerDose.toPlainString()
              + " mL of "
              + concentrationMgPerMl.toPlainString()
              + " mg/mL");
    }
    concentrationMgPerMl = Amounts.normal(concentrationMgPerMl);
    mlPerDose = Amounts.normal(mlPerDose);
  }

  public BigDecimal mg() {
    return Amounts.normal(concentrationMgPerMl.multiply(mlPerDose));
  }
}
