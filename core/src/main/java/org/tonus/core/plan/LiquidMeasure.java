package org.tonus.core.plan;

import java.math.BigDecimal;
import java.util.Optional;
import org.tonus.core.knowledge.Fact;

/**
 * Doses as volumes of one oral liquid: mL = mg / (mg/mL), exact, and measurable to 0.1 mL with an
 * oral syringe (POL-04-G). A dose whose volume needs finer measuring is {@link NotMakeable}.
 */
final class LiquidMeasure implements Preparer {
  /** POL-04-G: liquid doses are measured to one decimal place of a millilitre. */
  static final int MEASURABLE_ML_SCALE = 1;

  private final BigDecimal mgPerMl;
  private final Optional<Fact> product;

  LiquidMeasure(BigDecimal mgPerMl, Optional<Fact> product) {
    if (mgPerMl.signum() <= 0) {
      throw new IllegalArgumentException(
          "liquid concentration " + mgPerMl.toPlainString() + " mg/mL");
    }
    this.mgPerMl = Amounts.normal(mgPerMl);
    this.product = product;
  }

  @Override
  public Preparation prepare(BigDecimal doseMg) {
    if (doseMg.signum() == 0) {
      return new NoDose();
    }
    BigDecimal ml;
    try {
      ml = Amounts.normal(doseMg.divide(mgPerMl));
    } catch (ArithmeticException endless) {
      return new NotMakeable(Amounts.plain(doseMg) + " mg is no exact volume of " + describe());
    }
    if (ml.scale() > MEASURABLE_ML_SCALE) {
      return new NotMakeable(
          Amounts.plain(doseMg)
              + " mg is "
              + ml.toPlainString()
              + " mL of "
              + describe()
              + ", which cannot be measured to 0.1 mL");
    }
    return new DoseInLiquid(mgPerMl, ml, product.map(Fact::id));
  }

  @Override
  public BigDecimal granularityMg() {
    return Amounts.normal(mgPerMl.movePointLeft(MEASURABLE_ML_SCALE));
  }

  @Override
  public String describe() {
    return "oral liquid " + Amounts.plain(mgPerMl) + " mg/mL";
  }

  BigDecimal mgPerMl() {
    return mgPerMl;
  }

  Optional<Fact> product() {
    return product;
  }
}
