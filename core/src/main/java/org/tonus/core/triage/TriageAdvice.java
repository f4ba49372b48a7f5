package org.tonus.core.triage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tonus.core.alert.Alert;
import org.tonus.core.knowledge.Fact;
import org.tonus.core.knowledge.FactKind;

/**
 * Writes the plain advice of a triage answer, most urgent first, from the texts of the facts that
 * decided it: whom to call, what each symptom calls for, no driving while drowsy (DRV-03), never
 * stop suddenly (WD-04-C), never double a missed dose (MISS-02-A). Every fact quoted is added to
 * {@code used}.
 */
final class TriageAdvice {
  private TriageAdvice() {}

  record Input(
      TriageRequest request,
      TriageOutcome outcome,
      List<Graded> graded,
      Optional<Pattern> overdose,
      Optional<Pattern> withdrawal,
      boolean undecided,
      boolean intrathecal,
      boolean pump,
      List<String> unrecognised,
      List<Alert> regimenProblems) {}

  static List<String> write(
      Input in, TriageFacts facts, SymptomFacts symptomFacts, Set<Fact> used) {
    Set<String> advice = new LinkedHashSet<>();
    if (in.outcome() == TriageOutcome.SEEK_CARE_NOW) {
      Fact emergency = facts.emergency(in.request().jurisdiction());
      advice.add("Get medical help now. " + emergency.text());
      used.add(emergency);
    }
    if (in.pump()) {
      quote(advice, used, facts.pumpProblem);
      quote(advice, used, facts.pumpUrgent);
    }
    List<Graded> byUrgency = new ArrayList<>(in.graded());
    byUrgency.sort(Comparator.comparing(Graded::grade).reversed());
    Set<String> inPattern = new java.util.HashSet<>();
    in.overdose().ifPresent(p -> p.signs().forEach(g -> inPattern.add(g.id())));
    in.withdrawal().ifPresent(p -> p.signs().forEach(g -> inPattern.add(g.id())));
    for (Graded g : byUrgency) {
      boolean reassuring = g.grade() == TriageOutcome.EXPECTED_MILD;
      if (reassuring
          && (in.outcome() == TriageOutcome.SEEK_CARE_NOW || inPattern.contains(g.id()))) {
        continue; // "usually passes" is not what someone who must act now should read
      }
      List<Fact> texts =
          g.grade() == TriageOutcome.EXPECTED_MILD
              ? g.basis()
              : g.basis().stream().filter(f -> f.kind() == FactKind.SEEK_CARE).toList();
      if (texts.isEmpty()) {
        texts = List.of(facts.tellPrescriber); // REP-03: a symptom no seek-care fact names
      }
      texts.forEach(f -> quote(advice, used, f));
    }
    if (in.withdrawal().isPresent()) {
      quote(advice, used, in.intrathecal() ? facts.pumpUrgent : facts.doNotStop);
    }
    if (in.overdose().isPresent() && in.request().kidneyDecline()) {
      quote(advice, used, facts.kidneys); // OD-09
    }
    if (in.undecided()) {
      quote(advice, used, facts.overlap); // WD-06
    }
    boolean slowed =
        in.graded().stream().anyMatch(g -> !symptomFacts.slowsReactions(g.id()).isEmpty());
    if (slowed) {
      quote(advice, used, facts.driving); // DRV-03
    }
    boolean oral = !in.intrathecal();
    if (oral
        && (!in.graded().isEmpty()
            || in.request().recentStop()
            || in.request().missedDoses() > 0)) {
      quote(advice, used, facts.doNotStop); // WD-04-C
    }
    if (in.request().missedDoses() > 0) {
      quote(advice, used, facts.neverDouble); // MISS-02-A
    }
    for (Alert problem : in.regimenProblems()) {
      advice.add("Ask your prescriber to review your current baclofen: " + problem.message());
    }
    if (!in.unrecognised().isEmpty()) {
      advice.add(
          "Some words were not recognised ("
              + String.join(", ", in.unrecognised())
              + "). If they describe a symptom, tell your prescriber in your own words.");
    }
    if (in.outcome() == TriageOutcome.EXPECTED_MILD || advice.isEmpty()) {
      quote(advice, used, facts.tellPrescriber); // REP-03
    }
    return List.copyOf(advice);
  }

  private static void quote(Set<String> advice, Set<Fact> used, Fact fact) {
    advice.add(fact.text());
    used.add(fact);
  }
}
