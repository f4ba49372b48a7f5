package org.tonus.core.renal;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.tonus.core.knowledge.Fact;
import org.tonus.core.knowledge.FactField;
import org.tonus.core.knowledge.FactKind;
import org.tonus.core.knowledge.Knowledge;
import org.tonus.core.knowledge.RenalBasis;
import org.tonus.core.knowledge.Route;
import org.tonus.core.quantity.QuantityRange;
import org.tonus.core.quantity.Unit;

/**
 * The oral clearance bands of the pack (REN-03-B/C/D), read once. A band runs from its lower limit
 * (inclusive) to below its upper limit; at or above the highest upper limit no reduction is
 * proposed (REN-03-A).
 */
final class RenalBands {
  private static final String NO_REDUCTION_FACT = "REN-03-A";

  private final List<RenalBand> reduced;
  private final Fact noReduction;
  private final BigDecimal top;
  private final RenalBand noReductionBand;

  RenalBands(Knowledge knowledge) {
    this.reduced =
        knowledge
            .facts()
            .filter(f -> f.kind() == FactKind.RENAL_BAND)
            .filter(f -> f.scope().route().map(r -> r == Route.ORAL).orElse(true))
            .map(RenalBands::band)
            .toList();
    if (reduced.isEmpty()) {
      throw new IllegalStateException("the pack has no oral renal-band facts");
    }
    this.noReduction =
        knowledge
            .fact(NO_REDUCTION_FACT)
            .orElseThrow(() -> new IllegalStateException("the pack has no " + NO_REDUCTION_FACT));
    this.top =
        reduced.stream()
            .flatMap(b -> b.belowMlMin().stream())
            .max(Comparator.naturalOrder())
            .orElseThrow(() -> new IllegalStateException("no renal band has an upper limit"));
    this.noReductionBand =
        new RenalBand(
            RenalBand.Kind.NO_REDUCTION,
            Optional.of(top),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            RenalBasis.LITERATURE,
            noReduction.id());
  }

  /** The band for a clearance; the reported (rounded) value is the one compared. */
  RenalBand bandFor(BigDecimal mlPerMin) {
    if (mlPerMin.compareTo(top) >= 0) { // REN-03-A
      return noReductionBand;
    }
    for (RenalBand band : reduced) {
      if ((band.fromMlMin().isEmpty() || mlPerMin.compareTo(band.fromMlMin().get()) >= 0)
          && (band.belowMlMin().isEmpty() || mlPerMin.compareTo(band.belowMlMin().get()) < 0)) {
        return band;
      }
    }
    throw new IllegalStateException("no renal band covers " + mlPerMin.toPlainString() + " mL/min");
  }

  Fact noReductionFact() {
    return noReduction;
  }

  private static RenalBand band(Fact fact) {
    Optional<QuantityRange> range = fact.values().range(FactField.CRCL);
    Optional<BigDecimal> from = range.map(r -> r.low().to(Unit.ML_PER_MIN).amount());
    Optional<BigDecimal> below =
        range
            .map(r -> r.high().to(Unit.ML_PER_MIN).amount())
            .or(
                () ->
                    fact.values()
                        .quantity(FactField.CRCL_BELOW)
                        .map(q -> q.to(Unit.ML_PER_MIN).amount()));
    return new RenalBand(
        RenalBand.Kind.REDUCED,
        from,
        below,
        fact.values().fraction(FactField.REDUCTION),
        Optional.empty(),
        fact.values()
            .choice(FactField.RENAL_BASIS, RenalBasis.class)
            .orElseThrow(() -> new IllegalStateException(fact.id() + " does not name its basis")),
        fact.id());
  }
}
