package org.tonus.core.intrathecal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.tonus.core.alert.Alert;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.knowledge.SpasticityOrigin;

/**
 * The start of intrathecal therapy: the screening sequence, the first 24-hour dose after implant
 * (screening dose × multiplier), the pump rate at the chosen concentration and the largest daily
 * dose allowed the next day. Amounts in mcg, mcg/mL and mL/day, exact.
 *
 * <p>Invariants: the initial dose is above 0; maxNextDayDoseMcg = initialDailyDoseMcg × (1 +
 * maxIncreasePercent ÷ 100); rateMlPerDay = initialDailyDoseMcg ÷ concentrationMcgPerMl, exact when
 * {@code rateExact}, else rounded half up at 6 decimal places (IT-13-F).
 */
public record IntrathecalStartPlan(
    Jurisdiction jurisdiction,
    SpasticityOrigin spasticityOrigin,
    boolean child,
    List<ScreeningStep> screening,
    List<ScreeningStep> smallChildFirstDoses,
    BigDecimal screeningDoseMcg,
    BigDecimal effectHours,
    BigDecimal multiplier,
    BigDecimal initialDailyDoseMcg,
    BigDecimal concentrationMcgPerMl,
    BigDecimal rateMlPerDay,
    boolean rateExact,
    BigDecimal maxIncreasePercent,
    BigDecimal maxNextDayDoseMcg,
    List<String> arithmetic,
    List<Alert> alerts,
    List<String> rules,
    List<String> sources)
    implements IntrathecalStartOutcome {

  public IntrathecalStartPlan {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(spasticityOrigin, "spasticityOrigin");
    screening = List.copyOf(screening);
    smallChildFirstDoses = List.copyOf(smallChildFirstDoses);
    arithmetic = List.copyOf(arithmetic);
    alerts = List.copyOf(alerts);
    rules = List.copyOf(rules);
    sources = List.copyOf(sources);
    if (initialDailyDoseMcg.signum() <= 0) {
      throw new IllegalArgumentException(
          "initialDailyDoseMcg " + initialDailyDoseMcg + " must be above 0");
    }
    if (maxNextDayDoseMcg.compareTo(initialDailyDoseMcg) < 0) {
      throw new IllegalArgumentException(
          "maxNextDayDoseMcg "
              + maxNextDayDoseMcg
              + " is below initialDailyDoseMcg "
              + initialDailyDoseMcg);
    }
  }
}
