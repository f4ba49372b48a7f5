package org.tonus.core.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.tonus.core.alert.Alert;
import org.tonus.core.alert.AlertCode;
import org.tonus.core.alert.Severity;
import org.tonus.core.knowledge.AlcoholUse;
import org.tonus.core.knowledge.Drug;
import org.tonus.core.knowledge.Fact;
import org.tonus.core.knowledge.FactField;
import org.tonus.core.knowledge.FactKind;
import org.tonus.core.knowledge.InteractionSeverity;

/**
 * One alert per interacting co-medication (POL-13; INT-01 to INT-12): the interaction facts naming
 * the drug or one of its classes, the gravest giving the severity ({@link Alerts#severity}) and the
 * advice; all of them giving sources. Regular alcohol use is matched to the alcohol facts. Other
 * muscle relaxants are left to the duplicate-therapy rule.
 */
final class InteractionRule implements CheckRule {
  @Override
  public List<Alert> check(CheckContext context) {
    List<Alert> alerts = new ArrayList<>();
    for (Medication medication : context.medications()) {
      Drug drug = medication.drug();
      if (drug.id().equals(CheckFacts.BACLOFEN)
          || drug.classIds().contains(CheckFacts.MUSCLE_RELAXANTS)) {
        continue;
      }
      List<Fact> facts =
          context
              .facts()
              .interactionsWith(
                  drug, context.jurisdiction(), context.route(), context.patient().ageYears());
      facts.removeIf(f -> f.values().has(FactField.ALCOHOL_USE));
      alert(medication.text(), drug.id(), facts).ifPresent(alerts::add);
    }
    if (context
        .request()
        .patient()
        .alcoholUse()
        .filter(a -> a == CheckPatient.AlcoholIntake.REGULAR)
        .isPresent()) {
      List<Fact> facts =
          interactions(context).stream()
              .filter(
                  f ->
                      f.values()
                          .choice(FactField.ALCOHOL_USE, AlcoholUse.class)
                          .filter(a -> a == AlcoholUse.REGULAR || a == AlcoholUse.ANY)
                          .isPresent())
              .toList();
      context
          .knowledge()
          .drugs()
          .drug("alcohol")
          .flatMap(d -> alert("regular alcohol use", d.id(), facts))
          .ifPresent(alerts::add);
    }
    return alerts;
  }

  private static List<Fact> interactions(CheckContext context) {
    return context
        .facts()
        .of(FactKind.INTERACTION)
        .filter(
            f ->
                CheckFacts.applies(
                    f, context.jurisdiction(), context.route(), context.patient().ageYears()))
        .toList();
  }

  private static Optional<Alert> alert(String text, String drugId, List<Fact> facts) {
    Optional<Fact> gravest =
        facts.stream()
            .min(
                Comparator.comparing(
                    f -> f.values().choice(FactField.SEVERITY, InteractionSeverity.class).get()));
    if (gravest.isEmpty()) {
      return Optional.empty();
    }
    Fact main = gravest.get();
    InteractionSeverity word =
        main.values().choice(FactField.SEVERITY, InteractionSeverity.class).get();
    List<Fact> ordered = new ArrayList<>();
    ordered.add(main);
    facts.stream().filter(f -> f != main).forEach(ordered::add);
    String matched =
        String.join(
            ", ",
            facts.stream()
                .map(
                    f ->
                        f.values()
                            .reference(FactField.DRUG_CLASS)
                            .or(() -> f.values().reference(FactField.DRUG))
                            .get()
                            .id())
                .toList());
    Severity severity = Alerts.severity(word);
    return Optional.of(
        Alerts.of(
            AlertCode.INTERACTION,
            severity,
            "Interaction with "
                + text
                + " ("
                + matched
                + "): "
                + main.values().text(FactField.ADVICE).get(),
            ordered,
            Alerts.ABOUT,
            drugId,
            "medication",
            text,
            "matched",
            matched,
            "interactionSeverity",
            word.name().toLowerCase(java.util.Locale.ROOT)));
  }
}
