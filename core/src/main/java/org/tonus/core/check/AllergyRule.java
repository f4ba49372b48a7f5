package org.tonus.core.check;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tonus.core.alert.Alert;
import org.tonus.core.alert.AlertCode;
import org.tonus.core.alert.Severity;
import org.tonus.core.knowledge.Fact;
import org.tonus.core.knowledge.FactKind;

/**
 * An allergy to baclofen, by any of its names, is a contraindication (CI-01, CI-02-A); critical
 * when the recorded reaction was systemic (POL-18). Allergies to other substances do not concern
 * this check.
 */
final class AllergyRule implements CheckRule {
  /** Words of a reaction that involved the whole body rather than the skin alone. */
  private static final List<String> SYSTEMIC =
      List.of(
          "anaphyla",
          "angioedema",
          "angio-oedema",
          "shock",
          "bronchospasm",
          "wheez",
          "breathing",
          "throat",
          "collapse",
          "hypotension",
          "stevens",
          "swelling");

  @Override
  public List<Alert> check(CheckContext context) {
    for (AllergyMention allergy : context.request().patient().allergies()) {
      if (!isBaclofen(context, allergy.text())) {
        continue;
      }
      boolean systemic =
          allergy
              .reaction()
              .map(r -> r.toLowerCase(Locale.ROOT))
              .filter(r -> SYSTEMIC.stream().anyMatch(r::contains))
              .isPresent();
      List<Fact> facts =
          context.facts().naming(FactKind.CONTRAINDICATION, CheckFacts.HYPERSENSITIVITY).stream()
              .filter(
                  f ->
                      CheckFacts.applies(
                          f, context.jurisdiction(), context.route(), context.patient().ageYears()))
              .toList();
      return List.of(
          Alerts.of(
              AlertCode.CONTRAINDICATION,
              systemic ? Severity.CRITICAL : Severity.WARNING,
              "The patient is recorded as allergic to baclofen"
                  + allergy.reaction().map(r -> " (" + r + ")").orElse("")
                  + "; baclofen must not be given.",
              ConditionRule.with(facts, context.facts().fact("POL-18")),
              Alerts.ABOUT,
              CheckFacts.HYPERSENSITIVITY,
              "allergy",
              allergy.text(),
              "reaction",
              allergy.reaction().orElse("not recorded")));
    }
    return List.of();
  }

  private static boolean isBaclofen(CheckContext context, String text) {
    Optional<String> drug = context.knowledge().drugs().byName(text.trim()).map(d -> d.id());
    if (drug.filter(CheckFacts.BACLOFEN::equals).isPresent()) {
      return true;
    }
    return context
        .knowledge()
        .conditions()
        .byName(text.trim())
        .filter(c -> c.id().equals(CheckFacts.HYPERSENSITIVITY))
        .isPresent();
  }
}
