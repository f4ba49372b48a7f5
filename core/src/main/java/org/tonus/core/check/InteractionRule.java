package org.tonus.core.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.tonus.core.alert.Alert;
import org.tonus.core.alert.AlertCode;
import org.tonus.core.alert.Evidence;
import org.tonus.core.alert.Severity;
import org.tonus.core.knowledge.AlcoholUse;
import org.tonus.core.knowledge.Drug;
import org.tonus.core.knowledge.Fact;
import org.tonus.core.knowledge.FactField;
import org.tonus.core.knowledge.FactKind;
import org.tonus.core.knowledge.InteractionSeverity;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.knowledge.Route;

/**
 * One alert per interacting co-medication (POL-13; INT-01 to INT-12): the interaction facts naming
 * the drug or one of its classes, the gravest giving the severity ({@link Alerts#severity}) and the
 * advice; all of them giving sources. Regular alcohol use is matched to the alcohol facts. Other
 * muscle relaxants are left to the duplicate-therapy rule.
 */
final class InteractionRule implements CheckRule {
  /**
   * Regular alcohol use's template is kept beside the drugs' under a key no drug id can be (ids are
   * words without spaces).
   */
  private static final String ALCOHOL = " regular alcohol use";

  private static final Evidence.Shape EVIDENCE =
      Evidence.shape(Alerts.ABOUT, "medication", "matched", "interactionSeverity", "rules");

  /**
   * The constant part of each alert, prepared once per drug, jurisdiction, route and age band (a
   * pure function of the knowledge pack, bounded by its vocabulary): a check only adds the text the
   * drug was written as.
   */
  private final Map<Key, Map<String, Optional<Template>>> templates = new ConcurrentHashMap<>();

  @Override
  public List<Alert> check(CheckContext context) {
    List<Alert> alerts = new ArrayList<>();
    Key key =
        new Key(
            context.jurisdiction(),
            context.route(),
            context.facts().ageBand(context.patient().ageYears()));
    Map<String, Optional<Template>> byDrug = templates.get(key);
    if (byDrug == null) {
      byDrug = templates.computeIfAbsent(key, k -> new ConcurrentHashMap<>());
    }
    for (Medication medication : context.medications()) {
      Drug drug = medication.drug();
      if (drug.id().equals(CheckFacts.BACLOFEN)
          || drug.classIds().contains(CheckFacts.MUSCLE_RELAXANTS)) {
        continue;
      }
      Optional<Template> template = template(context, byDrug, drug.id(), false, drug);
      if (template.isPresent()) {
        alerts.add(template.get().alert(medication.text()));
      }
    }
    if (context
        .request()
        .patient()
        .alcoholUse()
        .filter(a -> a == CheckPatient.AlcoholIntake.REGULAR)
        .isPresent()) {
      template(context, byDrug, ALCOHOL, true, null)
          .ifPresent(t -> alerts.add(t.alert("regular alcohol use")));
    }
    return alerts;
  }

  private static Optional<Template> template(
      CheckContext context,
      Map<String, Optional<Template>> byDrug,
      String drugId,
      boolean alcohol,
      Drug drug) {
    Optional<Template> known = byDrug.get(drugId);
    if (known != null) {
      return known;
    }
    return byDrug.computeIfAbsent(drugId, k -> alcohol ? alcohol(context) : drug(context, drug));
  }

  private static Optional<Template> drug(CheckContext context, Drug drug) {
    List<Fact> facts =
        context
            .facts()
            .interactionsWith(
                drug, context.jurisdiction(), context.route(), context.patient().ageYears());
    facts.removeIf(f -> f.values().has(FactField.ALCOHOL_USE));
    return template(drug.id(), facts);
  }

  private static Optional<Template> alcohol(CheckContext context) {
    List<Fact> facts =
        interactions(context).stream()
            .filter(
                f ->
                    f.values()
                        .choice(FactField.ALCOHOL_USE, AlcoholUse.class)
                        .filter(a -> a == AlcoholUse.REGULAR || a == AlcoholUse.ANY)
                        .isPresent())
            .toList();
    return context.knowledge().drugs().drug("alcohol").flatMap(d -> template(d.id(), facts));
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

  private static Optional<Template> template(String drugId, List<Fact> facts) {
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
    return Optional.of(
        new Template(
            Alerts.severity(word),
            drugId,
            " (" + matched + "): " + main.values().text(FactField.ADVICE).get(),
            matched,
            word.name().toLowerCase(Locale.ROOT),
            Alerts.rules(ordered),
            Alerts.sources(ordered)));
  }

  /** Where the same interaction facts apply; templates are then kept by drug id. */
  private record Key(Jurisdiction jurisdiction, Route route, int ageBand) {}

  /** Everything of an interaction alert but the text the drug was written as. */
  private record Template(
      Severity severity,
      String drugId,
      String messageTail,
      String matched,
      String word,
      String rules,
      List<String> sources) {
    Alert alert(String text) {
      return new Alert(
          AlertCode.INTERACTION,
          severity,
          "Interaction with " + text + messageTail,
          EVIDENCE.with(drugId, text, matched, word, rules),
          sources);
    }
  }
}
