package org.tonus.core.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tonus.core.alert.Alert;
import org.tonus.core.alert.AlertCode;
import org.tonus.core.alert.Severity;
import org.tonus.core.knowledge.Fact;
import org.tonus.core.knowledge.FactField;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.knowledge.Knowledge;
import org.tonus.core.patient.Patient;

/**
 * Makes oral taper plans that never stop abruptly (WD-04-E): the titration run backwards, each cut
 * within one titration step and no sooner than its interval, the whole taper at least the minimum
 * days of WD-04-A, longer when more days are asked for. A request to stop sooner gets this taper
 * and an {@code ABRUPT_STOP_RISK} warning; a proposed taper is judged by the same rule.
 */
public final class TaperPlanner {
  private static final String TAPER_POLICY = "WD-04-E";
  private static final String WITHDRAWAL_SIGNS = "WD-01-A";

  private final DosingFacts facts;
  private final Preparations preparations;

  public TaperPlanner(Knowledge knowledge) {
    this.facts = new DosingFacts(knowledge);
    this.preparations = new Preparations(facts);
  }

  public TaperOutcome taper(TaperRequest request) {
    Jurisdiction jurisdiction = request.jurisdiction();
    Provenance provenance = new Provenance();
    List<Alert> alerts = new ArrayList<>();
    Fact pace = facts.taper(); // WD-04-A
    Fact policy = facts.byId(TAPER_POLICY);
    Fact withdrawal = facts.byId(WITHDRAWAL_SIGNS);
    provenance.cite(pace, policy, facts.adultAgeBand(jurisdiction));
    int minimumDays =
        pace.values()
            .count(FactField.MINIMUM_DAYS)
            .orElseThrow(() -> new IllegalStateException(pace.id() + " has no minimumDays"));
    Way way = wayDown(request, provenance, alerts, pace);
    if (way instanceof Refusal refusal) {
      return refusal.refused();
    }
    Down down = (Down) way;
    StepRule rule = down.rule();
    List<Hold> rungs = down.rungs();
    Preparer preparer = down.preparer();
    provenance.citeAll(rule.facts());

    int natural = rungs.stream().mapToInt(Hold::days).sum();
    int wanted = request.days().orElse(0);
    int length = rungs.isEmpty() ? 0 : Math.max(natural, Math.max(minimumDays, wanted));
    request
        .days()
        .ifPresent(
            d ->
                requestedDaysAlert(d, minimumDays, length, pace, withdrawal)
                    .ifPresent(alerts::add));
    if (rungs.isEmpty()) {
      alerts.add(lastStepAlready(request.current(), rule, minimumDays, withdrawal));
    }
    List<Hold> holds = stretch(rungs, length - natural);
    Schedule schedule = Schedule.write(request.start(), holds, preparer, true);
    if (!schedule.notMakeable().isEmpty()) {
      Fact exactDoses = facts.byId(PlanAlerts.EXACT_DOSES_POLICY);
      provenance.cite(exactDoses);
      alerts.add(PlanAlerts.notMakeable(schedule, preparer, exactDoses));
    }
    request
        .proposal()
        .ifPresent(
            proposal -> {
              provenance.cite(withdrawal);
              alerts.addAll(
                  judged(request.current(), proposal, rule, minimumDays, pace, withdrawal));
            });
    return new TaperPlan(
        schedule.steps(),
        holds.stream().mapToInt(Hold::days).sum(),
        schedule.totalMg(),
        schedule.tabletsNeeded(),
        schedule.liquidNeededMl(),
        alerts,
        provenance.rules(),
        provenance.sources());
  }

  /** How the taper goes down, or why it cannot be planned. */
  private sealed interface Way permits Down, Refusal {}

  private record Down(StepRule rule, List<Hold> rungs, Preparer preparer) implements Way {}

  private record Refusal(PlanRefused refused) implements Way {}

  private Way wayDown(TaperRequest request, Provenance provenance, List<Alert> alerts, Fact pace) {
    Jurisdiction jurisdiction = request.jurisdiction();
    Patient patient = request.patient();
    boolean child = patient.ageYears() < facts.adultFromYears(jurisdiction);
    Optional<Fact> childStart = child ? facts.childStart(jurisdiction) : Optional.empty();
    if (childStart.isPresent()) {
      return childWay(request, childStart.get(), provenance, alerts, pace);
    }
    if (child) {
      List<Fact> statements = facts.childNotEstablished(jurisdiction, patient.ageYears());
      provenance.citeAll(statements);
      alerts.add(
          PlanAlerts.alert(
              AlertCode.PEDIATRIC_LIMIT,
              Severity.INFO,
              "No oral schedule is established at age "
                  + patient.ageYears()
                  + " in the "
                  + jurisdiction
                  + ", so this taper follows the adult pace. A specialist should oversee it.",
              Provenance.sourcesOf(statements.toArray(Fact[]::new)),
              "ageYears",
              Integer.toString(patient.ageYears())));
    }
    return adultWay(request, provenance, alerts);
  }

  private Way adultWay(TaperRequest request, Provenance provenance, List<Alert> alerts) {
    Jurisdiction jurisdiction = request.jurisdiction();
    Preparations.Choice choice =
        preparations
            .choose(
                jurisdiction,
                request.tabletStrengthsMg(),
                request.allowHalves(),
                request.liquidConcentrationMgPerMl(),
                false)
            .orElseThrow(() -> new IllegalStateException("no liquid marketed in " + jurisdiction));
    alerts.addAll(choice.alerts());
    provenance.citeAll(choice.facts());
    AdultStepRule rule = facts.adultStepRule();
    provenance.cite(facts.adultStart(jurisdiction), facts.adultLabelStep(jurisdiction));
    AdultLadder ladder = facts.adultLadder(jurisdiction);
    return new Down(rule, AdultTaper.rungs(request.current(), ladder, rule), choice.preparer());
  }

  private Way childWay(
      TaperRequest request, Fact childStart, Provenance provenance, List<Alert> alerts, Fact pace) {
    Jurisdiction jurisdiction = request.jurisdiction();
    Patient patient = request.patient();
    if (patient.weightKg().isEmpty()) {
      String reason =
          "A child's taper is worked out per kg of body weight; give weightKg (age "
              + patient.ageYears()
              + ", no weight given).";
      alerts.add(
          PlanAlerts.alert(
              AlertCode.PEDIATRIC_LIMIT,
              Severity.WARNING,
              reason,
              childStart.sources(),
              "missing",
              "weightKg"));
      return new Refusal(new PlanRefused(reason, alerts, provenance.rules(), provenance.sources()));
    }
    BigDecimal weight = patient.weightKg().get();
    ChildStepRule rule =
        new ChildStepRule(
            facts
                .childStep(jurisdiction)
                .orElseThrow(() -> new IllegalStateException("no child step for " + jurisdiction)),
            weight);
    boolean liquidNeeded =
        ChildTitration.liquidNeeded(
            facts, jurisdiction, weight, request.tabletStrengthsMg(), provenance, alerts);
    Optional<Preparations.Choice> choice =
        preparations.choose(
            jurisdiction,
            request.tabletStrengthsMg(),
            request.allowHalves(),
            request.liquidConcentrationMgPerMl(),
            liquidNeeded);
    if (choice.isEmpty()) {
      String reason =
          "No oral liquid is marketed in the " + jurisdiction + " for this child's doses.";
      alerts.add(PlanAlerts.alert(AlertCode.CAUTION, Severity.WARNING, reason, pace.sources()));
      return new Refusal(new PlanRefused(reason, alerts, provenance.rules(), provenance.sources()));
    }
    alerts.addAll(choice.get().alerts());
    provenance.cite(childStart).citeAll(choice.get().facts());
    Preparer preparer = choice.get().preparer();
    List<Hold> rungs =
        ChildTaper.rungs(
            request.current(),
            rule,
            new LevelSearch(preparer, DosingFacts.timesPerDay(childStart), true));
    return new Down(rule, rungs, preparer);
  }

  /** Adds {@code extraDays} across the rungs, evenly, the remainder to the lowest doses. */
  static List<Hold> stretch(List<Hold> rungs, int extraDays) {
    if (rungs.isEmpty() || extraDays <= 0) {
      return rungs;
    }
    int each = extraDays / rungs.size();
    int remainder = extraDays % rungs.size();
    List<Hold> stretched = new ArrayList<>();
    for (int i = 0; i < rungs.size(); i++) {
      boolean getsOneMore = i >= rungs.size() - remainder;
      stretched.add(rungs.get(i).longer(each + (getsOneMore ? 1 : 0)));
    }
    return stretched;
  }

  private static Optional<Alert> requestedDaysAlert(
      int requested, int minimumDays, int length, Fact pace, Fact withdrawal) {
    if (requested >= length) {
      return Optional.empty();
    }
    if (requested < minimumDays) {
      return Optional.of(
          PlanAlerts.alert(
              AlertCode.ABRUPT_STOP_RISK,
              Severity.WARNING,
              (requested == 0 ? "Stopping at once" : "Stopping within " + requested + " days")
                  + " is too fast. Oral baclofen should be reduced step by step over at least "
                  + minimumDays
                  + " days; stopping suddenly has caused hallucinations and seizures. This plan"
                  + " tapers over "
                  + length
                  + " days instead. Stop faster only if a serious adverse reaction makes it necessary.",
              Provenance.sourcesOf(pace, withdrawal),
              "requestedDays",
              Integer.toString(requested),
              "minimumDays",
              Integer.toString(minimumDays),
              "planDays",
              Integer.toString(length)));
    }
    return Optional.of(
        PlanAlerts.alert(
            AlertCode.ABRUPT_STOP_RISK,
            Severity.INFO,
            requested
                + " days is too short to keep every cut within one titration step; this plan takes "
                + length
                + " days.",
            pace.sources(),
            "requestedDays",
            Integer.toString(requested),
            "planDays",
            Integer.toString(length)));
  }

  private static Alert lastStepAlready(
      DoseLevel current, StepRule rule, int minimumDays, Fact withdrawal) {
    return PlanAlerts.alert(
        AlertCode.ABRUPT_STOP_RISK,
        Severity.WARNING,
        "A single daily dose of "
            + Amounts.plain(current.doseMg())
            + " mg is already the last step of a taper. Stopping from it is within one titration step"
            + " of "
            + Amounts.plain(rule.largestChangeMg(BigDecimal.ZERO, current.dailyMg()))
            + " mg a day, but the taper cannot last the "
            + minimumDays
            + "-day minimum. The prescriber should decide whether a slower reduction is needed;"
            + " watch for withdrawal signs such as hallucinations or seizures.",
        withdrawal.sources(),
        "currentDailyMg",
        Amounts.plain(current.dailyMg()),
        "minimumDays",
        Integer.toString(minimumDays));
  }

  private static List<Alert> judged(
      DoseLevel current,
      ProposedTaper proposal,
      StepRule rule,
      int minimumDays,
      Fact pace,
      Fact withdrawal) {
    TaperJudge.Judgement judgement = TaperJudge.judge(current, proposal.steps(), rule, minimumDays);
    List<Alert> alerts = new ArrayList<>();
    if (!judgement.rises().isEmpty()) {
      alerts.add(
          PlanAlerts.alert(
              AlertCode.INVALID_ORDER,
              Severity.WARNING,
              "The proposal is not a taper: " + String.join("; ", judgement.rises()) + ".",
              pace.sources(),
              "rises",
              String.join("; ", judgement.rises())));
    }
    if (!judgement.problems().isEmpty()) {
      List<String> sources = new ArrayList<>(pace.sources());
      withdrawal.sources().stream().filter(s -> !sources.contains(s)).forEach(sources::add);
      rule.facts().stream()
          .flatMap(f -> f.sources().stream())
          .filter(s -> !sources.contains(s))
          .forEach(sources::add);
      alerts.add(
          PlanAlerts.alert(
              AlertCode.ABRUPT_STOP_RISK,
              Severity.WARNING,
              "The proposed way down from "
                  + current
                  + " is too fast: "
                  + String.join("; ", judgement.problems())
                  + ". Stopping or cutting quickly can cause withdrawal (hallucinations, seizures,"
                  + " high fever, rebound spasticity). A gradual taper is set out in this plan.",
              sources,
              "proposedDays",
              Integer.toString(judgement.days()),
              "minimumDays",
              Integer.toString(minimumDays),
              "largestCutMg",
              Amounts.plain(judgement.largestCutMg()),
              "shortestHoldDays",
              Amounts.plain(judgement.shortestHoldDays()),
              "problems",
              String.join("; ", judgement.problems())));
    }
    return alerts;
  }
}
