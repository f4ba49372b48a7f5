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
import org.tonus.core.knowledge.Setting;
import org.tonus.core.patient.Patient;
import org.tonus.core.renal.RenalAssessment;

/**
 * The adult schedule: the jurisdiction's labelled start and steps (DOSE-US-01-A/B, DOSE-UK-01-A/B),
 * beyond the labelled steps POL-04-E, capped at the jurisdiction maximum (DOSE-US-02,
 * DOSE-UK-01-D), the kidney-adjusted maximum and the target. When the cap falls between two levels,
 * one last level in equal doses is added if it can be made and keeps to the daily-total rule.
 */
final class AdultTitration {
  private static final String BEYOND_LABEL_POLICY = "POL-04-E";
  private static final String BEYOND_LABEL_EXAMPLE = "DOSE-US-01-D";
  private static final String INPATIENT_STATEMENT = "DOSE-UK-01-E";
  private static final String INPATIENT_POLICY = "POL-04-F";

  private final DosingFacts facts;
  private final Preparations preparations;

  AdultTitration(DosingFacts facts, Preparations preparations) {
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
    Fact startFact = facts.adultStart(jurisdiction);
    Fact labelStep = facts.adultLabelStep(jurisdiction);
    Fact frequency = facts.frequencyRange(); // ADM-06
    Fact maximumFact = facts.adultMaximum(jurisdiction);
    AdultStepRule rule = facts.adultStepRule();
    provenance.cite(startFact, labelStep, maximumFact, frequency).citeAll(rule.facts());
    IntRange dosesPerDay = facts.usualDosesPerDay();

    inpatientCaution(jurisdiction, patient, maximumFact, provenance).ifPresent(alerts::add);
    elderlyCaution(patient, provenance).ifPresent(alerts::add);

    BigDecimal maximum = facts.adultMaximumMg(jurisdiction);
    Limits limits =
        new Limits()
            .add(
                Limit.Kind.JURISDICTION_MAXIMUM,
                maximum,
                "the adult maximum in the " + jurisdiction,
                List.of(maximumFact));
    kidney.ifPresent(
        k -> {
          BigDecimal renalCap = k.suggestedMaxFor(maximum);
          if (renalCap.compareTo(maximum) < 0) {
            limits.add(
                Limit.Kind.KIDNEY,
                renalCap,
                "the kidney-adjusted maximum, " + k.band().situation(),
                List.of());
          }
        });
    request
        .targetDailyMg()
        .ifPresent(
            target -> {
              if (target.compareTo(maximum) > 0) {
                alerts.add(
                    TitrationAssembly.targetAboveMaximum(
                        target, limits.lowest(Limit.Kind.JURISDICTION_MAXIMUM).orElseThrow()));
              }
              limits.add(Limit.Kind.TARGET, target, "the requested target", List.of());
            });

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
    Preparer preparer = choice.preparer();

    AdultLadder ladder = facts.adultLadder(jurisdiction);
    BigDecimal cap = limits.cap();
    List<DoseLevel> levels = new ArrayList<>(ladder.upTo(cap));
    LevelSearch search = new LevelSearch(preparer, dosesPerDay, false);
    if (levels.isEmpty()) {
      Optional<DoseLevel> reduced = search.largestAtMost(cap, BigDecimal.ZERO, l -> true);
      if (reduced.isEmpty()) {
        return cannotStart(cap, limits.binding(), dosesPerDay, preparer, provenance, alerts);
      }
      levels.add(reduced.get());
    } else {
      DoseLevel last = levels.get(levels.size() - 1);
      search
          .largestAtMost(
              cap,
              last.dailyMg(),
              l ->
                  l.dosesPerDay() >= last.dosesPerDay()
                      && l.dailyMg()
                              .subtract(last.dailyMg())
                              .compareTo(rule.largestChangeMg(last.dailyMg(), l.dailyMg()))
                          <= 0)
          .ifPresent(levels::add);
    }
    if (levels.stream().anyMatch(ladder::beyondLabelledSteps)) {
      provenance.cite(facts.byId(BEYOND_LABEL_POLICY));
      facts
          .maybe(BEYOND_LABEL_EXAMPLE)
          .filter(f -> f.scope().appliesIn(jurisdiction))
          .ifPresent(provenance::cite);
    }
    return TitrationAssembly.assemble(
        request, holds(levels, rule), preparer, limits, facts, provenance, alerts);
  }

  /**
   * Each level is held for the interval of the rise that follows it (the last, of the rise to it).
   */
  static List<Hold> holds(List<DoseLevel> levels, StepRule rule) {
    List<Hold> holds = new ArrayList<>();
    for (int i = 0; i < levels.size(); i++) {
      DoseLevel level = levels.get(i);
      int days =
          i + 1 < levels.size()
              ? rule.intervalDays(level.dailyMg(), levels.get(i + 1).dailyMg())
              : rule.intervalDays(
                  i == 0 ? BigDecimal.ZERO : levels.get(i - 1).dailyMg(), level.dailyMg());
      holds.add(new Hold(level, days));
    }
    return holds;
  }

  private PlanRefused cannotStart(
      BigDecimal cap,
      Limit binding,
      IntRange dosesPerDay,
      Preparer preparer,
      Provenance provenance,
      List<Alert> alerts) {
    Fact exactDoses = facts.byId(PlanAlerts.EXACT_DOSES_POLICY);
    provenance.cite(exactDoses);
    String reason =
        "No dose of at most "
            + Amounts.plain(cap)
            + " mg a day ("
            + binding.description()
            + ") can be given as "
            + dosesPerDay
            + " equal doses of "
            + preparer.describe()
            + ". Plan with an oral liquid (liquidConcentrationMgPerMl) or other strengths.";
    List<Alert> all = new ArrayList<>(alerts);
    all.add(
        PlanAlerts.alert(
            AlertCode.CAUTION,
            Severity.WARNING,
            reason,
            exactDoses.sources(),
            "limitDailyMg",
            Amounts.plain(cap),
            "madeFrom",
            preparer.describe()));
    return new PlanRefused(reason, all, provenance.rules(), provenance.sources());
  }

  private Optional<Alert> inpatientCaution(
      Jurisdiction jurisdiction, Patient patient, Fact maximum, Provenance provenance) {
    boolean outpatientOnly =
        maximum
            .values()
            .choice(FactField.SETTING, Setting.class)
            .map(s -> s == Setting.OUTPATIENT)
            .orElse(false);
    if (!patient.hospitalInpatient()
        || !outpatientOnly
        || facts.inpatientMaximum(jurisdiction).isPresent()) {
      return Optional.empty();
    }
    Fact statement = facts.byId(INPATIENT_STATEMENT);
    Fact policy = facts.byId(INPATIENT_POLICY);
    provenance.cite(statement, policy);
    return Optional.of(
        PlanAlerts.alert(
            AlertCode.CAUTION,
            Severity.INFO,
            "Hospital inpatient: the "
                + jurisdiction
                + " text allows more than "
                + Amounts.plain(DosingFacts.mgPerDay(maximum, FactField.MAX))
                + " mg a day only under close supervision and gives no figure, so this plan stops at "
                + Amounts.plain(DosingFacts.mgPerDay(maximum, FactField.MAX))
                + " mg a day. Going higher is the supervising specialist's decision.",
            Provenance.sourcesOf(statement, policy),
            "maximumDailyMg",
            Amounts.plain(DosingFacts.mgPerDay(maximum, FactField.MAX)),
            "setting",
            "hospital-inpatient"));
  }

  private Optional<Alert> elderlyCaution(Patient patient, Provenance provenance) {
    return facts
        .elderlyCaution(patient.ageYears()) // GER-01-A
        .map(
            caution -> {
              provenance.cite(caution);
              return PlanAlerts.alert(
                  AlertCode.CAUTION,
                  Severity.WARNING,
                  "Aged "
                      + patient.ageYears()
                      + ": side effects such as drowsiness, confusion and falls are more likely."
                      + " Start low and raise slowly; this plan follows the adult steps because no"
                      + " source gives slower ones, so consider holding each step longer. Check"
                      + " kidney function, which often falls with age.",
                  caution.sources(),
                  "ageYears",
                  Integer.toString(patient.ageYears()),
                  "fromYears",
                  Integer.toString(caution.scope().ageFromYears().getAsInt()));
            });
  }
}
