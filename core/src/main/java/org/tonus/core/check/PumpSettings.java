package org.tonus.core.check;

import java.math.BigDecimal;

/**
 * An intrathecal pump's reservoir concentration and the concentration it is programmed for, both in
 * mcg/mL and positive.
 */
public record PumpSettings(
    BigDecimal reservoirConcentrationMcgPerMl, BigDecimal programmedConcentrationMcgPerMl) {
  public PumpSettings {
    if (reservoirConcentrationMcgPerMl.signum() <= 0) {
      throw new IllegalArgumentException(
          "reservoirConcentrationMcgPerMl must be positive: " + reservoirConcentrationMcgPerMl);
    }
    if (programmedConcentrationMcgPerMl.signum() <= 0) {
      throw new IllegalArgumentException(
          "programmedConcentrationMcgPerMl must be positive: " + programmedConcentrationMcgPerMl);
    }
  }
}
