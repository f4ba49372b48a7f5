package org.tonus.core.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.tonus.core.alert.Alert;
import org.tonus.core.alert.AlertCode;
import org.tonus.core.alert.Evidence;
import org.tonus.core.alert.Severity;
import org.tonus.core.knowledge.Fact;
import org.tonus.core.knowledge.FactKind;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.knowledge.Route;

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
  private static final Evidence.Shape EVIDENCE =
      Evidence.shape(Alerts.ABOUT, "condition", "matchedBy", "rules");

  /**
   * The constant part of each condition's alert, prepared once per condition, jurisdiction, route
   * and age band (a pure function of the pack, bounded by its vocabulary): a check adds only how
   * the condition was matched.
   */
  private final Map<Key, Optional<Template>> templates = new ConcurrentHashMap<>();

  @Override
  public List<Alert> check(CheckContext context) {
    if (context.conditions().isEmpty()) {
      return List.of();
    }
    List<Alert> alerts = new ArrayList<>();
    for (MatchedCondition matched : context.conditions()) {
      String id = matched.condition().id();
      if (HANDLED_ELSEWHERE.contains(id)) {
        continue;
      }
      Key key =
          new Key(
              id,
              context.jurisdiction(),
              context.route(),
              context.facts().ageBand(context.patient().ageYears()));
      Optional<Template> template = templates.get(key);
      if (template == null) {
        template = templates.computeIfAbsent(key, k -> template(context, matched));
      }
      if (template.isPresent()) {
        alerts.add(template.get().alert(matched.matchedBy()));
      }
    }
    return alerts;
  }

  private static Optional<Template> template(CheckContext context, MatchedCondition matched) {
    int age = context.patient().ageYears();
    String id = matched.condition().id();
    List<Fact> contra = matching(context, FactKind.CONTRAINDICATION, id, age);
    if (!contra.isEmpty()) {
      List<Fact> facts = with(contra, context.facts().fact("POL-18"));
      return Optional.of(
          new Template(
              AlertCode.CONTRAINDICATION,
              "Baclofen must not be used with "
                  + matched.condition().name()
                  + " under "
                  + context.jurisdiction()
                  + " rules.",
              id,
              matched.condition().name(),
              Alerts.rules(facts),
              Alerts.sources(facts)));
    }
    List<Fact> cautions = matching(context, FactKind.CAUTION, id, age);
    if (!cautions.isEmpty()) {
      return Optional.of(
          new Template(
              AlertCode.CAUTION,
              "Use baclofen with care in "
                  + matched.condition().name()
                  + ": "
                  + cautions.get(0).text(),
              id,
              matched.condition().name(),
              Alerts.rules(cautions),
              Alerts.sources(cautions)));
    }
    return Optional.empty();
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

  private record Key(String conditionId, Jurisdiction jurisdiction, Route route, int ageBand) {}

  /** Everything of a condition's alert but how the condition was matched. */
  private record Template(
      AlertCode code,
      String message,
      String conditionId,
      String name,
      String rules,
      List<String> sources) {
    Alert alert(String matchedBy) {
      return new Alert(
          code,
          Severity.WARNING,
          message,
          EVIDENCE.with(conditionId, name, matchedBy, rules),
          sources);
    }
  }
}
