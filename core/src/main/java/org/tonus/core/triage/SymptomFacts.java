package org.tonus.core.triage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.tonus.core.knowledge.CareAction;
import org.tonus.core.knowledge.Fact;
import org.tonus.core.knowledge.FactField;
import org.tonus.core.knowledge.FactKind;
import org.tonus.core.knowledge.FrequencyWord;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.knowledge.Knowledge;
import org.tonus.core.knowledge.Reference;
import org.tonus.core.knowledge.Route;
import org.tonus.core.knowledge.Scope;

/**
 * The facts about symptoms that hold for one jurisdiction and route, indexed by symptom id: which
 * seek-care facts send a symptom to urgent care or to the prescriber, which adverse-effect facts
 * call it common, and which facts count it as an overdose or withdrawal sign. Built once per
 * jurisdiction and route.
 */
final class SymptomFacts {
  private final Map<String, List<Fact>> seekNow;
  private final Map<String, List<Fact>> contact;
  private final Map<String, List<Fact>> common;
  private final Map<String, List<Fact>> nervous;
  private final Map<String, List<Fact>> overdose;
  private final Map<String, List<Fact>> withdrawal;
  private final Set<String> pumpOnly;

  SymptomFacts(Knowledge knowledge, Jurisdiction jurisdiction, Route route) {
    List<Fact> seek = applicable(knowledge.facts(FactKind.SEEK_CARE), jurisdiction, route);
    this.seekNow =
        bySymptom(
            seek.stream()
                .filter(f -> action(f) == CareAction.SEEK_CARE_NOW)
                .collect(Collectors.toList()));
    this.contact =
        bySymptom(
            seek.stream()
                .filter(f -> action(f) == CareAction.CONTACT_PRESCRIBER)
                .collect(Collectors.toList()));
    List<Fact> effects = applicable(knowledge.facts(FactKind.ADVERSE_EFFECT), jurisdiction, route);
    // AE-01-*, AE-07-*: a measured rate or "common" marks an effect people should expect.
    this.common = bySymptom(effects.stream().filter(SymptomFacts::isCommon).toList());
    this.nervous = bySymptom(effects.stream().filter(SymptomFacts::slowsReactions).toList());
    this.overdose =
        bySymptom(applicable(knowledge.facts(FactKind.OVERDOSE_SIGN), jurisdiction, route));
    this.withdrawal =
        bySymptom(applicable(knowledge.facts(FactKind.WITHDRAWAL_SIGN), jurisdiction, route));
    this.pumpOnly = pumpOnly(knowledge);
  }

  List<Fact> seekNow(String symptom) {
    return seekNow.getOrDefault(symptom, List.of());
  }

  List<Fact> contact(String symptom) {
    return contact.getOrDefault(symptom, List.of());
  }

  List<Fact> common(String symptom) {
    return common.getOrDefault(symptom, List.of());
  }

  /** Adverse-effect facts of the nervous system or the eyes: reasons not to drive (DRV-03). */
  List<Fact> slowsReactions(String symptom) {
    return nervous.getOrDefault(symptom, List.of());
  }

  List<Fact> overdoseSign(String symptom) {
    return overdose.getOrDefault(symptom, List.of());
  }

  List<Fact> withdrawalSign(String symptom) {
    return withdrawal.getOrDefault(symptom, List.of());
  }

  /**
   * True when the symptom is named only by intrathecal seek-care facts: a pump problem, which is no
   * side effect or sign but tells that the person has a pump (SEEK-11).
   */
  boolean meansPump(String symptom) {
    return pumpOnly.contains(symptom);
  }

  private static Set<String> pumpOnly(Knowledge knowledge) {
    Map<String, Boolean> pumpOnly = new HashMap<>();
    knowledge
        .facts()
        .forEach(
            f -> {
              boolean pump =
                  f.kind() == FactKind.SEEK_CARE
                      && f.scope().route().filter(r -> r == Route.INTRATHECAL).isPresent();
              symptoms(f).forEach(id -> pumpOnly.merge(id, pump, Boolean::logicalAnd));
            });
    return pumpOnly.entrySet().stream()
        .filter(Map.Entry::getValue)
        .map(Map.Entry::getKey)
        .collect(Collectors.toUnmodifiableSet());
  }

  private static List<Fact> applicable(List<Fact> facts, Jurisdiction jurisdiction, Route route) {
    return facts.stream().filter(f -> applies(f.scope(), jurisdiction, route)).toList();
  }

  private static boolean applies(Scope scope, Jurisdiction jurisdiction, Route route) {
    return scope.appliesIn(jurisdiction) && scope.route().map(route::equals).orElse(true);
  }

  private static CareAction action(Fact fact) {
    return fact.values().choice(FactField.CARE_ACTION, CareAction.class).orElseThrow();
  }

  private static boolean isCommon(Fact fact) {
    return fact.values().has(FactField.FREQUENCY)
        || fact.values()
            .choice(FactField.FREQUENCY_WORD, FrequencyWord.class)
            .filter(w -> w == FrequencyWord.COMMON)
            .isPresent();
  }

  private static boolean slowsReactions(Fact fact) {
    return fact.values()
        .choice(FactField.BODY_SYSTEM, org.tonus.core.knowledge.BodySystem.class)
        .filter(
            s ->
                s == org.tonus.core.knowledge.BodySystem.NERVOUS
                    || s == org.tonus.core.knowledge.BodySystem.EYE)
        .isPresent();
  }

  private static List<String> symptoms(Fact fact) {
    List<String> ids = new ArrayList<>();
    if (fact.kind() == FactKind.ADVERSE_EFFECT) {
      fact.values().reference(FactField.SYMPTOM).map(Reference::id).ifPresent(ids::add);
    }
    if (fact.kind().allowed().anyMatch(f -> f == FactField.SYMPTOMS)) {
      fact.values().references(FactField.SYMPTOMS).stream().map(Reference::id).forEach(ids::add);
    }
    return ids;
  }

  private static Map<String, List<Fact>> bySymptom(List<Fact> facts) {
    Map<String, List<Fact>> index = new HashMap<>();
    for (Fact fact : facts) {
      for (String id : symptoms(fact)) {
        index.computeIfAbsent(id, k -> new ArrayList<>()).add(fact);
      }
    }
    index.replaceAll((k, v) -> List.copyOf(v));
    return Map.copyOf(index);
  }
}
