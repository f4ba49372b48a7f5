package org.tonus.core.check;

import java.math.BigDecimal;
import java.util.Optional;
import org.tonus.core.quantity.Dimension;
import org.tonus.core.quantity.QuantityRange;
import org.tonus.core.quantity.Unit;
import org.tonus.core.sig.Sig;
import org.tonus.core.sig.SigStep;

/** Daily amounts of a sig: the largest over its steps, at the upper end of ranges (POL-01). */
final class Doses {
  private Doses() {}

  static Optional<BigDecimal> dailyMg(Sig sig) {
    return largest(sig, Unit.MG_PER_DAY);
  }

  static Optional<BigDecimal> dailyMcg(Sig sig) {
    return largest(sig, Unit.MCG_PER_DAY);
  }

  private static Optional<BigDecimal> largest(Sig sig, Unit unit) {
    return sig.steps().stream()
        .map(SigStep::dailyDose)
        .flatMap(Optional::stream)
        .map(QuantityRange::high)
        .filter(q -> q.dimension() == Dimension.DAILY_DOSE)
        .map(q -> q.to(unit).amount())
        .max(BigDecimal::compareTo);
  }
}
