package org.tonus.core.triage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    Map<String, Mention> affirmed = affirmed(reading);
    List<RecognisedSymptom> denied = denied(reading, affirmed);
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
    Patterns patterns =
        PatternJudge.weigh(
            PatternJudge.judge(
                graded, symptomFacts::overdoseSign, overdoseContext(request, check), intrathecal),
            PatternJudge.judge(
                graded,
                symptomFacts::withdrawalSign,
                withdrawalContext(request, pump),
                intrathecal));
    Optional<Pattern> overdose = patterns.overdose();
    Optional<Pattern> withdrawal = patterns.withdrawal();
    boolean undecided = patterns.undecided();

    Set<Fact> used = new LinkedHashSet<>();
    used.add(facts.policy);
    graded.forEach(g -> used.addAll(g.basis()));
    overdose.ifPresent(p -> used.addAll(p.basis()));
    withdrawal.ifPresent(p -> used.addAll(p.basis()));
    if (patterns.weighed()) {
      used.add(facts.overlap); // WD-06
    }

    Urgency urgency = new Urgency();
    for (Graded g : graded) {
      if (g.grade() == TriageOutcome.SEEK_CARE_NOW) {
        urgency.urgent(g.mention().symptom().name(), g.basis());
      }
      urgency.atLeast(g.grade());
    }
    weigh(overdose, "signs of an overdose", urgency);
    weigh(withdrawal, "signs of withdrawal", urgency);
    if (pump) {
      // POL-08: any intrathecal pump problem (SEEK-11, WD-05-A)
      List<Fact> pumpFacts = List.of(facts.pumpProblem, facts.pumpUrgent);
      if (pumpWords) {
        urgency.support(pumpFacts); // the pump words were graded urgent with their own name
      } else {
        urgency.urgent("a pump problem", pumpFacts);
      }
      used.add(facts.pumpProblem);
      used.add(facts.pumpUrgent);
    }
    if (request.recentStop()) {
      urgency.atLeast(TriageOutcome.CONTACT_PRESCRIBER); // WD-04-C
      used.add(facts.doNotStop);
    }
    List<Alert> regimenProblems = check.map(Triage::regimenProblems).orElse(List.of());
    if (!regimenProblems.isEmpty()) {
      urgency.atLeast(TriageOutcome.CONTACT_PRESCRIBER);
    }
    if (!reading.unrecognised().isEmpty()) {
      // words not understood may name a symptom: when in doubt, the more cautious outcome
      urgency.atLeast(TriageOutcome.CONTACT_PRESCRIBER);
    }
    TriageOutcome outcome = urgency.outcome();

    List<Alert> alerts = new ArrayList<>();
    if (outcome == TriageOutcome.SEEK_CARE_NOW) {
      Fact emergency = facts.emergency(request.jurisdiction()); // SEEK-12-*
      used.add(emergency);
      alerts.add(TriageAlerts.seekCareNow(urgency, emergency));
    }
    overdose.ifPresent(
        p -> alerts.add(TriageAlerts.pattern(AlertCode.OVERDOSE_SIGNS, p, undecided)));
    withdrawal.ifPresent(
        p -> alerts.add(TriageAlerts.pattern(AlertCode.WITHDRAWAL_SIGNS, p, undecided)));
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
        denied,
        alerts,
        advice,
        reading.unrecognised(),
        check,
        used.stream().map(Fact::id).toList(),
        List.copyOf(sources),
        TriageResult.DISCLAIMER);
  }

  private static final String REGIMEN_CHECK = "regimen check ";

  /** Each symptom the person has, once, with its strongest wording; affirmed beats denied. */
  private static Map<String, Mention> affirmed(Reading reading) {
    Map<String, Mention> affirmed = new LinkedHashMap<>();
    for (Mention mention : reading.mentions()) {
      if (!mention.negated()) {
        affirmed.merge(mention.symptom().id(), mention, Triage::stronger);
      }
    }
    return affirmed;
  }

  private static List<RecognisedSymptom> denied(Reading reading, Map<String, Mention> affirmed) {
    Map<String, Mention> denied = new LinkedHashMap<>();
    for (Mention mention : reading.mentions()) {
      if (mention.negated() && !affirmed.containsKey(mention.symptom().id())) {
        denied.putIfAbsent(mention.symptom().id(), mention);
      }
    }
    return denied.values().stream().map(Triage::recognised).toList();
  }

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

  private static void weigh(Optional<Pattern> pattern, String reason, Urgency urgency) {
    if (pattern.isPresent() && pattern.get().severity() == Severity.CRITICAL) {
      urgency.urgent(reason, pattern.get().basis());
    } else if (pattern.isPresent()) {
      urgency.atLeast(TriageOutcome.CONTACT_PRESCRIBER);
    }
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
}
