package org.tonus.core.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tonus.core.alert.Alert;
import org.tonus.core.alert.AlertCode;
import org.tonus.core.alert.Severity;
import org.tonus.core.knowledge.Fact;
import org.tonus.core.knowledge.FactKind;

/**
 * Recorded conditions against the contraindication and caution facts of the jurisdiction, route and
 * age (POL-18). Only facts of kind contraindication give CONTRAINDICATION; conditions that some
 * pages call contraindications but the labels treat as cautions are caution facts, so they give
 * CAUTION. A condition that is contraindicated gives no second, caution alert. Pregnancy and
 * breastfeeding are left to the patient rule.
 */
final class ConditionRule implements CheckRule {
  private static final Set<String> HANDLED_ELSEWHERE =
      Set.of(CheckFacts.PREGNANCY, CheckFacts.BREASTFEEDING);

  @Override
  public List<Alert> check(CheckContext context) {
    List<Alert> alerts = new ArrayList<>();
    int age = context.patient().ageYears();
    for (MatchedCondition matched : context.conditions()) {
      String id = matched.condition().id();
      if (HANDLED_ELSEWHERE.contains(id)) {
        continue;
      }
      List<Fact> contra = matching(context, FactKind.CONTRAINDICATION, id, age);
      if (!contra.isEmpty()) {
        alerts.add(
            Alerts.of(
                AlertCode.CONTRAINDICATION,
                Severity.WARNING,
                "Baclofen must not be used with "
                    + matched.condition().name()
                    + " under "
                    + context.jurisdiction()
                    + " rules.",
                with(contra, context.facts().fact("POL-18")),
                Alerts.ABOUT,
                id,
                "condition",
                matched.condition().name(),
                "matchedBy",
                matched.matchedBy()));
        continue;
      }
      List<Fact> cautions = matching(context, FactKind.CAUTION, id, age);
      if (!cautions.isEmpty()) {
        alerts.add(
            Alerts.of(
                AlertCode.CAUTION,
                Severity.WARNING,
                "Use baclofen with care in "
                    + matched.condition().name()
                    + ": "
                    + cautions.get(0).text(),
                cautions,
                Alerts.ABOUT,
                id,
                "condition",
                matched.condition().name(),
                "matchedBy",
                matched.matchedBy()));
      }
    }
    return alerts;
  }

  private static List<Fact> matching(CheckContext context, FactKind kind, String id, int age) {
    List<Fact> applying = new ArrayList<>(1);
    for (Fact fact : context.facts().naming(kind, id)) {
      if (CheckFacts.applies(fact, context.jurisdiction(), context.route(), age)) {
        applying.add(fact);
      }
    }
    return applying;
  }

  static List<Fact> with(List<Fact> facts, Fact extra) {
    List<Fact> all = new ArrayList<>(facts);
    all.add(extra);
    return all;
  }
}
