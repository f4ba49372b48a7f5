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
import org.tonus.core.knowledge.IntRange;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.patient.Patient;
import org.tonus.core.renal.RenalAssessment;

/**
 * The UK children's schedule by weight: start near 0.3 mg/kg a day in 2 to 4 doses, preferably 4
 * (PED-UK-01-A), raised at most 0.3 mg/kg a day for each week since the last rise (PED-UK-01-H),
 * never above the age cap (PED-UK-01-D/E), 2 mg/kg a day (PED-UK-01-F), the kidney-adjusted cap or
 * the target. Under the tablet weight limit (PED-UK-01-G) doses are measured oral liquid. Each
 * level is rounded down to what can be made exactly (POL-04-G).
 */
final class ChildTitration {
  private final DosingFacts facts;
  private final Preparations preparations;

  ChildTitration(DosingFacts facts, Preparations preparations) {
    this.facts = facts;
    this.preparations = preparations;
  }

  TitrationOutcome plan(
      TitrationRequest request,
      Optional<RenalAssessment.Assessed> kidney,
      Provenance provenance,
      List<Alert> alerts) {
    Jurisdiction jurisdiction = request.jurisdiction();
    Patient patient = request.patient();
    Fact startFact = facts.childStart(jurisdiction).orElseThrow();
    Fact stepFact =
        facts
            .childStep(jurisdiction)
            .orElseThrow(
                () -> new IllegalStateException("no child titration step for " + jurisdiction));
    provenance.cite(startFact, stepFact);
    if (patient.weightKg().isEmpty()) {
      return weightNeeded(patient, startFact, provenance, alerts);
    }
    BigDecimal weight = patient.weightKg().get();
    IntRange dosesPerDay = DosingFacts.timesPerDay(startFact);

    Limits limits = new Limits();
    for (Fact maximum : facts.childMaxima(jurisdiction, patient.ageYears())) {
      provenance.cite(maximum);
      boolean perKg = DosingFacts.weightBased(maximum, FactField.MAX);
      BigDecimal value = DosingFacts.mgPerDay(maximum, FactField.MAX);
      limits.add(
          Limit.Kind.CHILD_MAXIMUM,
          perKg ? value.multiply(weight) : value,
          perKg
              ? "the child maximum of "
                  + Amounts.plain(value)
                  + " mg/kg a day at "
                  + Amounts.plain(weight)
                  + " kg"
              : "the child maximum at age " + patient.ageYears(),
          List.of(maximum));
    }
    BigDecimal childMaximum = limits.maximum();
    kidney.ifPresent(
        k -> {
          BigDecimal renalCap = k.suggestedMaxFor(childMaximum);
          if (renalCap.compareTo(childMaximum) < 0) {
            limits.add(
                Limit.Kind.KIDNEY,
                renalCap,
                "the child maximum adjusted for the kidneys, " + k.band().situation(),
                List.of());
          }
        });
    request
        .targetDailyMg()
        .ifPresent(
            target -> {
              if (target.compareTo(childMaximum) > 0) {
                alerts.add(
                    TitrationAssembly.targetAboveMaximum(
                        target, limits.lowest(Limit.Kind.CHILD_MAXIMUM).orElseThrow()));
              }
              limits.add(Limit.Kind.TARGET, target, "the requested target", List.of());
            });

    boolean liquidNeeded =
        liquidNeeded(facts, jurisdiction, weight, request.tabletStrengthsMg(), provenance, alerts);
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
      alerts.add(
          PlanAlerts.alert(AlertCode.CAUTION, Severity.WARNING, reason, startFact.sources()));
      return new PlanRefused(reason, alerts, provenance.rules(), provenance.sources());
    }
    alerts.addAll(choice.get().alerts());
    provenance.citeAll(choice.get().facts());
    Preparer preparer = choice.get().preparer();
    LevelSearch search = new LevelSearch(preparer, dosesPerDay, true);
    ChildStepRule rule = new ChildStepRule(stepFact, weight);
    BigDecimal cap = limits.cap();

    BigDecimal usualStart = DosingFacts.mgPerDay(startFact, FactField.DAILY).multiply(weight);
    Optional<DoseLevel> first =
        search.largestAtMost(Amounts.min(cap, usualStart), BigDecimal.ZERO, l -> true);
    if (first.isEmpty()) {
      Optional<Fact> ceilingFact = facts.childStartCeiling(jurisdiction); // POL-04-D
      BigDecimal ceiling =
          ceilingFact
              .map(f -> DosingFacts.mgPerDay(f, FactField.ABOVE).multiply(weight))
              .orElse(usualStart);
      ceilingFact.ifPresent(provenance::cite);
      first = search.smallest(Amounts.min(cap, ceiling));
      if (first.isEmpty()) {
        String reason =
            "The usual start of "
                + Amounts.plain(usualStart)
                + " mg a day cannot be given as "
                + dosesPerDay
                + " equal doses of "
                + preparer.describe()
                + " without going above "
                + Amounts.plain(Amounts.min(cap, ceiling))
                + " mg a day. Plan with the oral liquid instead.";
        alerts.add(
            PlanAlerts.alert(
                AlertCode.PEDIATRIC_LIMIT,
                Severity.WARNING,
                reason,
                startFact.sources(),
                "usualStartDailyMg",
                Amounts.plain(usualStart)));
        return new PlanRefused(reason, alerts, provenance.rules(), provenance.sources());
      }
      alerts.add(
          PlanAlerts.alert(
              AlertCode.CAUTION,
              Severity.INFO,
              "The usual start of "
                  + Amounts.plain(usualStart)
                  + " mg a day cannot be made exactly; the plan starts at "
                  + first.get()
                  + ", the smallest dose that can, which stays within twice the usual start.",
              ceilingFact.map(Fact::sources).orElse(startFact.sources()),
              "usualStartDailyMg",
              Amounts.plain(usualStart),
              "startDailyMg",
              Amounts.plain(first.get().dailyMg())));
    }
    List<Hold> holds = raise(first.get(), cap, rule, search);
    return TitrationAssembly.assemble(request, holds, preparer, limits, facts, provenance, alerts);
  }

  /**
   * Weekly rises: after each week without a rise the allowance grows by one step, and the level
   * becomes the largest that can be made within it; stops when nothing more can be made under the
   * cap.
   */
  static List<Hold> raise(DoseLevel first, BigDecimal cap, ChildStepRule rule, LevelSearch search) {
    List<Hold> holds = new ArrayList<>();
    DoseLevel level = first;
    int weeks = 0;
    while (true) {
      weeks++;
      BigDecimal allowance = level.dailyMg().add(rule.stepMg().multiply(BigDecimal.valueOf(weeks)));
      Optional<DoseLevel> next =
          search.largestAtMost(Amounts.min(cap, allowance), level.dailyMg(), l -> true);
      if (next.isPresent()) {
        holds.add(new Hold(level, rule.interval() * weeks));
        level = next.get();
        weeks = 0;
      } else if (allowance.compareTo(cap) >= 0) {
        break;
      }
    }
    holds.add(new Hold(level, rule.interval()));
    return holds;
  }

  /**
   * True under the tablet weight limit (PED-UK-01-G), with a caution saying the doses are liquid;
   * shared by the child taper.
   */
  static boolean liquidNeeded(
      DosingFacts facts,
      Jurisdiction jurisdiction,
      BigDecimal weight,
      List<BigDecimal> tabletStrengthsMg,
      Provenance provenance,
      List<Alert> alerts) {
    Optional<Fact> limit = facts.tabletWeightLimit(jurisdiction); // PED-UK-01-G
    if (limit.isEmpty()
        || weight.compareTo(limit.get().scope().weightBelowKg().orElseThrow()) >= 0) {
      return false;
    }
    provenance.cite(limit.get());
    String below = Amounts.plain(limit.get().scope().weightBelowKg().orElseThrow());
    alerts.add(
        PlanAlerts.alert(
            AlertCode.CAUTION,
            Severity.INFO,
            "At "
                + Amounts.plain(weight)
                + " kg (under "
                + below
                + " kg) tablets are not suitable"
                + (tabletStrengthsMg.isEmpty()
                    ? ""
                    : ", so the tablet strengths asked for are not used")
                + "; the doses are given as measured oral liquid.",
            limit.get().sources(),
            "weightKg",
            Amounts.plain(weight),
            "tabletsFromKg",
            below));
    return true;
  }

  private PlanRefused weightNeeded(
      Patient patient, Fact startFact, Provenance provenance, List<Alert> alerts) {
    String reason =
        "A child's dose is worked out per kg of body weight; give weightKg (age "
            + patient.ageYears()
            + ", no weight given).";
    alerts.add(
        PlanAlerts.alert(
            AlertCode.PEDIATRIC_LIMIT,
            Severity.WARNING,
            reason,
            startFact.sources(),
            "missing",
            "weightKg"));
    return new PlanRefused(reason, alerts, provenance.rules(), provenance.sources());
  }
}
