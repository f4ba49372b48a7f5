package org.tonus.core.triage;

import java.util.EnumMap;
import java.util.Map;
import org.tonus.core.knowledge.Fact;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.knowledge.Knowledge;
import org.tonus.core.knowledge.Route;

/**
 * The statements triage quotes as advice, looked up once by id so a pack without them fails at
 * start rather than mid-answer, and the symptom facts per jurisdiction and route.
 */
final class TriageFacts {
  final Fact policy; // POL-08
  final Fact overlap; // WD-06
  final Fact doNotStop; // WD-04-C
  final Fact pumpUrgent; // WD-05-A
  final Fact pumpProblem; // SEEK-11
  final Fact neverDouble; // MISS-02-A
  final Fact driving; // DRV-03
  final Fact kidneys; // OD-09
  final Fact tellPrescriber; // REP-03
  private final Map<Jurisdiction, Fact> emergency;
  private final Map<Jurisdiction, Map<Route, SymptomFacts>> symptoms;

  TriageFacts(Knowledge knowledge) {
    this.policy = fact(knowledge, "POL-08");
    this.overlap = fact(knowledge, "WD-06");
    this.doNotStop = fact(knowledge, "WD-04-C");
    this.pumpUrgent = fact(knowledge, "WD-05-A");
    this.pumpProblem = fact(knowledge, "SEEK-11");
    this.neverDouble = fact(knowledge, "MISS-02-A");
    this.driving = fact(knowledge, "DRV-03");
    this.kidneys = fact(knowledge, "OD-09");
    this.tellPrescriber = fact(knowledge, "REP-03");
    Map<Jurisdiction, Fact> numbers = new EnumMap<>(Jurisdiction.class);
    Map<Jurisdiction, Map<Route, SymptomFacts>> byJurisdiction = new EnumMap<>(Jurisdiction.class);
    for (Jurisdiction jurisdiction : Jurisdiction.values()) {
      numbers.put(jurisdiction, fact(knowledge, "SEEK-12-" + jurisdiction.code())); // SEEK-12-*
      Map<Route, SymptomFacts> byRoute = new EnumMap<>(Route.class);
      for (Route route : Route.values()) {
        byRoute.put(route, new SymptomFacts(knowledge, jurisdiction, route));
      }
      byJurisdiction.put(jurisdiction, byRoute);
    }
    this.emergency = numbers;
    this.symptoms = byJurisdiction;
  }

  /** How to reach emergency services in the jurisdiction (SEEK-12-US, SEEK-12-UK). */
  Fact emergency(Jurisdiction jurisdiction) {
    return emergency.get(jurisdiction);
  }

  SymptomFacts symptoms(Jurisdiction jurisdiction, Route route) {
    return symptoms.get(jurisdiction).get(route);
  }

  private static Fact fact(Knowledge knowledge, String id) {
    return knowledge
        .fact(id)
        .orElseThrow(() -> new IllegalStateException("the pack has no fact " + id + " for triage"));
  }
}
