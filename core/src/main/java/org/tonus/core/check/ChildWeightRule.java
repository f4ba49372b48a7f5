package org.tonus.core.check;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.tonus.core.alert.Alert;
import org.tonus.core.alert.AlertCode;
import org.tonus.core.alert.Severity;
import org.tonus.core.knowledge.Fact;
import org.tonus.core.knowledge.FactField;
import org.tonus.core.knowledge.Route;
import org.tonus.core.quantity.Quantity;
import org.tonus.core.quantity.Unit;

/**
 * A child under weight-based oral rules (UK: PED-UK-01-F maximum, POL-04-D start ceiling) ordered
 * baclofen without a weight: those limits cannot be applied, and the check says so ({@code
 * PEDIATRIC_LIMIT}, info) instead of passing the order in silence. The mg-a-day caps still apply.
 */
final class ChildWeightRule implements CheckRule {
  @Override
  public List<Alert> check(CheckContext context) {
    int age = context.patient().ageYears();
    if (context.route() != Route.ORAL
        || context.orderDailyMg().isEmpty()
        || context.patient().weightKg().isPresent()
        || context.facts().isAdult(context.jurisdiction(), age)) {
      return List.of();
    }
    List<Fact> perKg = new ArrayList<>();
    context.facts().oralMaxima(context.jurisdiction(), age).stream()
        .filter(f -> perKg(f, FactField.MAX))
        .forEach(perKg::add);
    context
        .facts()
        .childStartCeiling(context.jurisdiction())
        .filter(f -> perKg(f, FactField.ABOVE))
        .ifPresent(perKg::add);
    if (perKg.isEmpty()) {
      return List.of();
    }
    String limits =
        perKg.stream()
            .map(f -> DoseAboveMaxRule.plain(limit(f).amount()) + " mg/kg a day (" + f.id() + ")")
            .collect(Collectors.joining(", "));
    return List.of(
        Alerts.of(
            AlertCode.PEDIATRIC_LIMIT,
            Severity.INFO,
            "No weight was given for this child, so the "
                + context.jurisdiction()
                + " mg/kg limits ("
                + limits
                + ") could not be applied; give weightKg to have the dose checked against them.",
            perKg,
            Alerts.ABOUT,
            "child weight",
            "weightKg",
            "absent",
            "mgPerKgLimits",
            limits));
  }

  private static boolean perKg(Fact fact, FactField field) {
    return fact.values()
        .quantity(field)
        .filter(q -> q.unit() == Unit.MG_PER_KG_PER_DAY)
        .isPresent();
  }

  private static Quantity limit(Fact fact) {
    return fact.values()
        .quantity(FactField.MAX)
        .or(() -> fact.values().quantity(FactField.ABOVE))
        .orElseThrow();
  }
}
