package org.tonus.core.triage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.tonus.core.alert.Alert;
import org.tonus.core.alert.AlertCode;
import org.tonus.core.alert.Severity;
import org.tonus.core.check.CheckRequest;
import org.tonus.core.check.CheckResult;
import org.tonus.core.check.Checker;
import org.tonus.core.check.ParsedOrder;
import org.tonus.core.knowledge.Fact;
import org.tonus.core.knowledge.Knowledge;
import org.tonus.core.knowledge.Route;
import org.tonus.core.sig.AdministrationRoute;

/**
 * Symptom triage for patients and caregivers: reads the person's words against the symptom
 * vocabulary, grades each symptom from the seek-care and adverse-effect facts, looks for overdose
 * and withdrawal patterns weighed by context (POL-08, WD-06), and, when the request carries the
 * regimen, checks it for the patient. Pure and thread-safe; build one per loaded knowledge.
 */
public final class Triage {
  private final Checker checker;
  private final SymptomReader reader;
  private final TriageFacts facts;

  public Triage(Knowledge knowledge, Checker checker) {
    this.checker = checker;
    this.reader = new SymptomReader(new Lexicon(knowledge));
    this.facts = new TriageFacts(knowledge);
  }

  public TriageResult triage(TriageRequest request) {
    Reading reading = reader.read(request.text());
    Optional<CheckResult> check = request.regimen().map(r -> checker.check(checkOf(request, r)));
    Map<String, Mention> affirmed = new LinkedHashMap<>();
    for (Mention mention : reading.mentions()) {
      if (!mention.negated()) {
        affirmed.merge(mention.symptom().id(), mention, Triage::stronger);
      }
    }
    Map<String, Mention> denied = new LinkedHashMap<>();
    for (Mention mention : reading.mentions()) {
      if (mention.negated() && !affirmed.containsKey(mention.symptom().id())) {
        denied.putIfAbsent(mention.symptom().id(), mention);
      }
    }
    SymptomFacts anyRoute = facts.symptoms(request.jurisdiction(), Route.ORAL);
    boolean pumpWords = affirmed.keySet().stream().anyMatch(anyRoute::meansPump);
    Route route = route(request, pumpWords, check);
    boolean intrathecal = route == Route.INTRATHECAL;
    boolean pump = request.pumpProblem() || pumpWords;
    SymptomFacts symptomFacts = facts.symptoms(request.jurisdiction(), route);
    List<Graded> graded =
        affirmed.values().stream().map(m -> SymptomGrader.grade(m, symptomFacts)).toList();

    List<String> withdrawalContext = withdrawalContext(request, pump);
    List<String> overdoseContext = overdoseContext(request, check);
    Optional<Pattern> overdose =
        PatternJudge.judge(graded, symptomFacts::overdoseSign, overdoseContext, intrathecal);
    Optional<Pattern> withdrawal =
        PatternJudge.judge(graded, symptomFacts::withdrawalSign, withdrawalContext, intrathecal);
    boolean weighed = overdose.isPresent() && withdrawal.isPresent();
    // WD-06: shared signs belong to the pattern whose context is present, unless the other one
    // is graver, which then stays (when in doubt, the more cautious reading)
    if (weighed && explains(overdose.get(), withdrawal.get())) {
      withdrawal = Optional.empty();
    } else if (weighed && explains(withdrawal.get(), overdose.get())) {
      overdose = Optional.empty();
    }
    boolean undecided = overdose.isPresent() && withdrawal.isPresent();

    Set<Fact> used = new LinkedHashSet<>();
    used.add(facts.policy);
    graded.forEach(g -> used.addAll(g.basis()));
    overdose.ifPresent(p -> used.addAll(p.basis()));
    withdrawal.ifPresent(p -> used.addAll(p.basis()));
    if (weighed) {
      used.add(facts.overlap);
    }

    TriageOutcome outcome = TriageOutcome.EXPECTED_MILD;
    List<String> urgentReasons = new ArrayList<>();
    Set<Fact> urgentFacts = new LinkedHashSet<>();
    for (Graded g : graded) {
      outcome = outcome.atLeast(g.grade());
      if (g.grade() == TriageOutcome.SEEK_CARE_NOW) {
        urgentReasons.add(g.mention().symptom().name());
        urgentFacts.addAll(g.basis());
      }
    }
    outcome = weigh(overdose, "signs of an overdose", outcome, urgentReasons, urgentFacts);
    outcome = weigh(withdrawal, "signs of withdrawal", outcome, urgentReasons, urgentFacts);
    if (pump) {
      // POL-08: any intrathecal pump problem (SEEK-11, WD-05-A)
      outcome = TriageOutcome.SEEK_CARE_NOW;
      if (!pumpWords) {
        urgentReasons.add("a pump problem");
      }
      urgentFacts.add(facts.pumpProblem);
      urgentFacts.add(facts.pumpUrgent);
      used.add(facts.pumpProblem);
      used.add(facts.pumpUrgent);
    }
    if (request.recentStop()) {
      outcome = outcome.atLeast(TriageOutcome.CONTACT_PRESCRIBER); // WD-04-C
      used.add(facts.doNotStop);
    }
    List<Alert> regimenProblems = check.map(Triage::regimenProblems).orElse(List.of());
    if (!regimenProblems.isEmpty()) {
      outcome = outcome.atLeast(TriageOutcome.CONTACT_PRESCRIBER);
    }
    if (!reading.unrecognised().isEmpty()) {
      // words not understood may name a symptom: when in doubt, the more cautious outcome
      outcome = outcome.atLeast(TriageOutcome.CONTACT_PRESCRIBER);
    }

    List<Alert> alerts = new ArrayList<>();
    if (outcome == TriageOutcome.SEEK_CARE_NOW) {
      Fact emergency = facts.emergency(request.jurisdiction()); // SEEK-12-*
      urgentFacts.add(emergency);
      used.add(emergency);
      alerts.add(seekCareNow(urgentReasons, urgentFacts, emergency));
    }
    overdose.ifPresent(p -> alerts.add(patternAlert(AlertCode.OVERDOSE_SIGNS, p, undecided)));
    withdrawal.ifPresent(p -> alerts.add(patternAlert(AlertCode.WITHDRAWAL_SIGNS, p, undecided)));
    check.ifPresent(c -> alerts.addAll(c.alerts()));
    alerts.sort(Comparator.comparing(Alert::severity));

    List<String> advice =
        TriageAdvice.write(
            new TriageAdvice.Input(
                request,
                outcome,
                graded,
                overdose,
                withdrawal,
                undecided,
                intrathecal,
                pump,
                reading.unrecognised(),
                regimenProblems),
            facts,
            symptomFacts,
            used);

    Set<String> sources = new LinkedHashSet<>();
    used.forEach(f -> sources.addAll(f.sources()));
    check.ifPresent(c -> c.alerts().forEach(a -> sources.addAll(a.sources())));
    return new TriageResult(
        outcome,
        graded.stream().map(g -> recognised(g.mention())).toList(),
        denied.values().stream().map(Triage::recognised).toList(),
        alerts,
        advice,
        reading.unrecognised(),
        check,
        used.stream().map(Fact::id).toList(),
        List.copyOf(sources),
        TriageResult.DISCLAIMER);
  }

  private static final String REGIMEN_CHECK = "regimen check ";

  private static List<String> withdrawalContext(TriageRequest request, boolean pump) {
    List<String> context = new ArrayList<>();
    if (request.recentStop()) {
      context.add("recent stop");
    }
    if (request.missedDoses() > 0) {
      context.add(request.missedDoses() + " missed dose(s)");
    }
    if (pump) {
      context.add("pump problem");
    }
    return context;
  }

  /** A recent increase or failing kidneys, stated or found by the check of the regimen (OD-09). */
  private static List<String> overdoseContext(TriageRequest request, Optional<CheckResult> check) {
    List<String> context = new ArrayList<>();
    if (request.doseRecentlyIncreased()) {
      context.add("recent dose increase");
    }
    if (request.kidneyDecline()) {
      context.add("kidney decline");
    }
    check.stream()
        .flatMap(c -> c.alerts().stream())
        .map(Alert::code)
        .filter(code -> code == AlertCode.RENAL_ADJUST || code == AlertCode.DOSE_ABOVE_MAX)
        .distinct()
        .forEach(code -> context.add(REGIMEN_CHECK + code));
    return context;
  }

  /**
   * The check's alerts that ask the prescriber to change the regimen now: any critical one, and a
   * dose above the maximum or too high for the kidneys (the overdose context of OD-09).
   */
  private static List<Alert> regimenProblems(CheckResult check) {
    return check.alerts().stream()
        .filter(
            a ->
                a.severity() == Severity.CRITICAL
                    || a.code() == AlertCode.RENAL_ADJUST
                    || a.code() == AlertCode.DOSE_ABOVE_MAX)
        .toList();
  }

  /** True when {@code kept} has its context, {@code other} has none and is no graver. */
  private static boolean explains(Pattern kept, Pattern other) {
    return kept.hasContext()
        && !other.hasContext()
        && other.severity().compareTo(kept.severity()) >= 0;
  }

  private static TriageOutcome weigh(
      Optional<Pattern> pattern,
      String reason,
      TriageOutcome outcome,
      List<String> urgentReasons,
      Set<Fact> urgentFacts) {
    if (pattern.isEmpty()) {
      return outcome;
    }
    if (pattern.get().severity() == Severity.CRITICAL) {
      urgentReasons.add(reason);
      urgentFacts.addAll(pattern.get().basis());
      return TriageOutcome.SEEK_CARE_NOW;
    }
    return outcome.atLeast(TriageOutcome.CONTACT_PRESCRIBER);
  }

  private static Mention stronger(Mention a, Mention b) {
    return b.intensity().compareTo(a.intensity()) > 0
        ? new Mention(a.symptom(), a.matched(), false, b.intensity())
        : a;
  }

  private static RecognisedSymptom recognised(Mention mention) {
    return new RecognisedSymptom(
        mention.symptom().id(), mention.symptom().name(), mention.matched());
  }

  private static CheckRequest checkOf(TriageRequest request, TriageRegimen regimen) {
    // the current regimen checked as the order, replacing itself: no change, so no titration alert
    return new CheckRequest(
        request.jurisdiction(),
        regimen.patient(),
        Optional.of(regimen.current()),
        regimen.pump(),
        regimen.current().order(),
        true,
        Optional.empty(),
        regimen.today());
  }

  private static Route route(
      TriageRequest request, boolean pumpWords, Optional<CheckResult> check) {
    if (request.route().isPresent()) {
      return request.route().get();
    }
    boolean intrathecalRegimen =
        check
            .flatMap(CheckResult::parsedOrder)
            .flatMap(ParsedOrder::route)
            .flatMap(Triage::knowledgeRoute)
            .filter(r -> r == Route.INTRATHECAL)
            .isPresent();
    return request.pumpProblem() || pumpWords || intrathecalRegimen
        ? Route.INTRATHECAL
        : Route.ORAL;
  }

  private static Optional<Route> knowledgeRoute(String word) {
    return Arrays.stream(AdministrationRoute.values())
        .filter(r -> r.word().equals(word))
        .findFirst()
        .flatMap(AdministrationRoute::knowledgeRoute);
  }

  private static Alert seekCareNow(List<String> reasons, Set<Fact> basis, Fact emergency) {
    Map<String, String> evidence = new LinkedHashMap<>();
    evidence.put("reasons", String.join(", ", reasons));
    evidence.put("rules", ids(basis));
    return new Alert(
        AlertCode.SEEK_CARE_NOW,
        Severity.CRITICAL,
        "Seek care now because of " + String.join(", ", reasons) + ". " + emergency.text(),
        evidence,
        sources(basis));
  }

  private static Alert patternAlert(AlertCode code, Pattern pattern, boolean undecided) {
    String signs =
        pattern.signs().stream()
            .map(g -> g.mention().symptom().name())
            .collect(Collectors.joining(", "));
    StringBuilder message =
        new StringBuilder(
            code == AlertCode.OVERDOSE_SIGNS
                ? "Signs that may mean too much baclofen: "
                : "Signs that may mean baclofen withdrawal: ");
    message.append(signs);
    if (pattern.hasContext()) {
      message.append(", with ").append(String.join(", ", pattern.context()));
    }
    message.append('.');
    if (undecided) {
      message.append(
          " Overdose and withdrawal share these signs; whether a dose was recently raised or"
              + " missed decides which (WD-06).");
    }
    Map<String, String> evidence = new LinkedHashMap<>();
    evidence.put(
        "signs", pattern.signs().stream().map(Graded::id).collect(Collectors.joining(",")));
    evidence.put("context", String.join(",", pattern.context()));
    evidence.put("rules", ids(pattern.basis()));
    return new Alert(
        code, pattern.severity(), message.toString(), evidence, sources(pattern.basis()));
  }

  private static String ids(Collection<Fact> facts) {
    return facts.stream().map(Fact::id).distinct().collect(Collectors.joining(","));
  }

  private static List<String> sources(Collection<Fact> facts) {
    return facts.stream().flatMap(f -> f.sources().stream()).distinct().toList();
  }
}
