package org.tonus.core.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tonus.core.alert.Alert;
import org.tonus.core.alert.AlertCode;
import org.tonus.core.alert.Severity;
import org.tonus.core.knowledge.Fact;
import org.tonus.core.knowledge.FactField;
import org.tonus.core.knowledge.Route;
import org.tonus.core.quantity.Quantity;
import org.tonus.core.quantity.Unit;

/**
 * The oral daily total of every active baclofen order, whatever the brand, against the maximum for
 * the patient's age group and jurisdiction (POL-01, POL-02, POL-03; DOSE-GEN-01-F).
 */
final class DoseAboveMaxRule implements CheckRule {
  @Override
  public List<Alert> check(CheckContext context) {
    if (context.route() != Route.ORAL || context.orderDailyMg().isEmpty()) {
      return List.of();
    }
    BigDecimal total = Totals.dailyMg(context);
    List<Fact> used = new ArrayList<>(Totals.contributingFacts(context));
    Optional<Limit> binding = binding(context);
    if (binding.isEmpty() || total.compareTo(binding.get().mg()) <= 0) {
      return List.of();
    }
    Limit limit = binding.get();
    used.add(limit.fact());
    if (CheckFacts.outpatientOnly(limit.fact()) && context.patient().hospitalInpatient()) {
      used.add(context.facts().fact("DOSE-UK-01-E"));
      return List.of(
          Alerts.of(
              AlertCode.CAUTION,
              Severity.WARNING,
              "The daily total of "
                  + plain(total)
                  + " mg is above the "
                  + plain(limit.mg())
                  + " mg allowed outside hospital; it is acceptable only for an inpatient under close"
                  + " medical supervision. Confirm the supervision is documented.",
              used,
              Alerts.ABOUT,
              "inpatient dose",
              "dailyDoseMg",
              plain(total),
              "outpatientMaximumMg",
              plain(limit.mg())));
    }
    used.add(context.facts().fact("POL-02"));
    boolean critical =
        total.compareTo(limit.mg().multiply(context.facts().criticalMultiple())) >= 0;
    return List.of(
        Alerts.of(
            AlertCode.DOSE_ABOVE_MAX,
            critical ? Severity.CRITICAL : Severity.WARNING,
            "The daily total of "
                + plain(total)
                + " mg of baclofen is above the maximum of "
                + plain(limit.mg())
                + " mg a day ("
                + limit.describe()
                + ")"
                + (critical ? ", by half as much again or more: check for a slip." : "."),
            used,
            Alerts.ABOUT,
            "daily dose",
            "dailyDoseMg",
            plain(total),
            "maximumDailyMg",
            plain(limit.mg()),
            "maximumBasis",
            limit.describe()));
  }

  /** The lowest maximum that applies; weight-based maxima only when the weight is known. */
  private static Optional<Limit> binding(CheckContext context) {
    int age = context.patient().ageYears();
    Optional<BigDecimal> weight = context.patient().weightKg();
    Limit lowest = null;
    for (Fact fact : context.facts().oralMaxima(context.jurisdiction(), age)) {
      Optional<Limit> limit = limit(context, fact, weight);
      if (limit.isPresent() && (lowest == null || limit.get().mg().compareTo(lowest.mg()) < 0)) {
        lowest = limit.get();
      }
    }
    return Optional.ofNullable(lowest);
  }

  private static Optional<Limit> limit(
      CheckContext context, Fact fact, Optional<BigDecimal> weightKg) {
    Optional<BigDecimal> fixed = context.facts().maximumMgPerDay(fact);
    if (fixed.isPresent()) {
      return Optional.of(new Limit(fixed.get(), fact, fact.id()));
    }
    Quantity max = fact.values().quantity(FactField.MAX).get();
    if (max.unit() == Unit.MG_PER_KG_PER_DAY) {
      return weightKg.map(
          w ->
              new Limit(
                  max.amount().multiply(w).setScale(2, RoundingMode.DOWN).stripTrailingZeros(),
                  fact,
                  plain(max.amount()) + " mg/kg a day x " + plain(w) + " kg, " + fact.id()));
    }
    return Optional.of(new Limit(max.to(Unit.MG_PER_DAY).amount(), fact, fact.id()));
  }

  static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  private record Limit(BigDecimal mg, Fact fact, String describe) {}
}
