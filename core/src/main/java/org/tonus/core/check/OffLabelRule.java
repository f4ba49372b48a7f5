package org.tonus.core.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.tonus.core.alert.Alert;
import org.tonus.core.alert.AlertCode;
import org.tonus.core.alert.Severity;
import org.tonus.core.knowledge.Condition;
import org.tonus.core.knowledge.Fact;
import org.tonus.core.knowledge.FactField;
import org.tonus.core.knowledge.FactKind;
import org.tonus.core.knowledge.IndicationStatus;
import org.tonus.core.knowledge.InteractionSeverity;

/**
 * The indication against the jurisdiction's labelled or licensed uses (POL-17; IND-01 to IND-07).
 * The indication is the one given (request or sig), else it is inferred from the conditions: a
 * labelled condition among them means no alert, else a condition with an off-label indication fact
 * is taken as the reason. Not recommended by the label: warning; other unlabelled uses: info.
 */
final class OffLabelRule implements CheckRule {
  @Override
  public List<Alert> check(CheckContext context) {
    if (context.sig().isEmpty()) {
      return List.of();
    }
    Optional<Condition> given = given(context);
    List<Condition> candidates = new ArrayList<>();
    if (given.isPresent() && !indicationFacts(context, given.get()).isEmpty()) {
      candidates.add(given.get());
    } else if (given.isEmpty() && stated(context).isPresent()) {
      return List.of(); // an indication we cannot match is listed as unrecognised, not guessed
    } else {
      // No indication given, or one the labels only name with its cause ("spasticity" is
      // labelled when it comes from multiple sclerosis or the spinal cord): the conditions decide.
      for (MatchedCondition matched : context.conditions()) {
        if (labelled(context, matched.condition())) {
          return List.of();
        }
        candidates.add(matched.condition());
      }
      candidates.removeIf(c -> indicationFacts(context, c).isEmpty());
    }
    return candidates.stream()
        .filter(c -> !labelled(context, c))
        .map(c -> alert(context, c))
        .min(Comparator.comparing(Alert::severity))
        .stream()
        .toList();
  }

  static Optional<String> stated(CheckContext context) {
    return context.request().indication().or(() -> context.sig().flatMap(s -> s.indication()));
  }

  private static Optional<Condition> given(CheckContext context) {
    Optional<Condition> fromSig =
        context
            .sig()
            .flatMap(s -> s.indicationConditionId())
            .flatMap(id -> context.knowledge().conditions().condition(id));
    return context
        .request()
        .indication()
        .flatMap(text -> context.conditionByName(text.trim()))
        .or(() -> fromSig);
  }

  private static List<Fact> indicationFacts(CheckContext context, Condition condition) {
    List<Fact> applying = new ArrayList<>(2);
    for (Fact fact : context.facts().naming(FactKind.INDICATION, condition.id())) {
      if (CheckFacts.applies(
          fact, context.jurisdiction(), context.route(), context.patient().ageYears())) {
        applying.add(fact);
      }
    }
    return applying;
  }

  private static boolean labelled(CheckContext context, Condition condition) {
    for (Fact fact : context.facts().naming(FactKind.INDICATION, condition.id())) {
      if (CheckFacts.applies(
          fact, context.jurisdiction(), context.route(), context.patient().ageYears())) {
        IndicationStatus status =
            fact.values().choice(FactField.INDICATION_STATUS, IndicationStatus.class).get();
        if (status == IndicationStatus.LABELLED || status == IndicationStatus.LICENSED) {
          return true;
        }
      }
    }
    return false;
  }

  private static Alert alert(CheckContext context, Condition condition) {
    List<Fact> facts = indicationFacts(context, condition);
    boolean notRecommended =
        facts.stream()
            .anyMatch(
                f ->
                    f.values().choice(FactField.INDICATION_STATUS, IndicationStatus.class).get()
                        == IndicationStatus.NOT_RECOMMENDED);
    // POL-17: a use the policy grades apart (alcohol use disorder) carries its grade on the fact.
    Severity graded =
        facts.stream()
            .map(f -> f.values().choice(FactField.SEVERITY, InteractionSeverity.class))
            .flatMap(Optional::stream)
            .min(Comparator.naturalOrder())
            .map(Alerts::severity)
            .orElse(Severity.INFO);
    return Alerts.of(
        AlertCode.OFF_LABEL,
        notRecommended ? Severity.WARNING : graded,
        (notRecommended
                ? "The label does not recommend baclofen for "
                : "Baclofen is not labelled for ")
            + condition.name()
            + " in the "
            + context.jurisdiction()
            + ("; this is off-label use."),
        ConditionRule.with(facts, context.facts().fact("POL-17")),
        Alerts.ABOUT,
        "indication",
        "indication",
        condition.name());
  }
}
