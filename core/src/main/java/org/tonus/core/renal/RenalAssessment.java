package org.tonus.core.renal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tonus.core.alert.Alert;
import org.tonus.core.knowledge.RenalBasis;

/**
 * What kidney function means for oral baclofen in one patient: either {@link Assessed} (a band and
 * a suggested daily ceiling, with the kind of source it rests on) or {@link NotAssessed} (what is
 * missing). Every case carries the fact ids and sources it applied.
 */
public sealed interface RenalAssessment {

  /** Rounding of a suggested ceiling: never up, so a suggestion is never above its arithmetic. */
  String CEILING_ROUNDING = "rounded down to 0.1 mg";

  List<Alert> alerts();

  List<String> rules();

  List<String> sources();

  /**
   * A band was found. {@code suggestedMaxDailyMg} is the jurisdiction's adult maximum ({@code
   * jurisdictionMaxDailyMg}) after the band's reduction, or the dialysis reference dose. Invariant:
   * the suggestion never exceeds the jurisdiction maximum.
   */
  record Assessed(
      Optional<CreatinineClearance> clearance,
      RenalBand band,
      BigDecimal suggestedMaxDailyMg,
      BigDecimal jurisdictionMaxDailyMg,
      List<Alert> alerts,
      List<String> rules,
      List<String> sources)
      implements RenalAssessment {

    public Assessed {
      Objects.requireNonNull(band, "band");
      if (suggestedMaxDailyMg.compareTo(jurisdictionMaxDailyMg) > 0) {
        throw new IllegalArgumentException(
            "suggestedMaxDailyMg "
                + suggestedMaxDailyMg.toPlainString()
                + " is above the maximum "
                + jurisdictionMaxDailyMg.toPlainString());
      }
      alerts = List.copyOf(alerts);
      rules = List.copyOf(rules);
      sources = List.copyOf(sources);
    }

    public Optional<BigDecimal> creatinineClearanceMlMin() {
      return clearance.map(CreatinineClearance::mlPerMin);
    }

    public RenalBasis basis() {
      return band.basis();
    }

    /**
     * The band applied to another maximum (a child's, for instance): reduced by the band's fraction
     * and rounded down to 0.1 mg, or the dialysis reference when that is lower.
     */
    public BigDecimal suggestedMaxFor(BigDecimal maximumDailyMg) {
      return switch (band.kind()) {
        case NO_REDUCTION -> maximumDailyMg;
        case DIALYSIS -> band.referenceDailyMg().orElseThrow().min(maximumDailyMg);
        case REDUCED ->
            maximumDailyMg
                .multiply(BigDecimal.ONE.subtract(band.reduction().orElseThrow().toBigDecimal()))
                .setScale(1, RoundingMode.DOWN);
      };
    }
  }

  /**
   * No band could be chosen. {@code missing} names the request fields that would be needed; {@code
   * kidneyDataGiven} is true when some kidney data was given but not enough, which a planner must
   * not ignore.
   */
  record NotAssessed(
      List<String> missing,
      String reason,
      boolean kidneyDataGiven,
      List<String> rules,
      List<String> sources)
      implements RenalAssessment {

    public NotAssessed {
      missing = List.copyOf(missing);
      rules = List.copyOf(rules);
      sources = List.copyOf(sources);
    }

    @Override
    public List<Alert> alerts() {
      return List.of();
    }
  }
}
