package org.tonus.core.intrathecal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tonus.core.alert.Alert;
import org.tonus.core.alert.AlertCode;
import org.tonus.core.alert.Severity;
import org.tonus.core.knowledge.DoseChangePhase;
import org.tonus.core.knowledge.Fact;
import org.tonus.core.knowledge.FactField;
import org.tonus.core.knowledge.Knowledge;
import org.tonus.core.knowledge.SpasticityOrigin;
import org.tonus.core.patient.Patient;

/**
 * Plans the start of intrathecal baclofen from the knowledge: the screening sequence (IT-01,
 * IT-02), the first 24-hour dose after implant (IT-03), the pump rate (IT-13-C) and the next-day
 * ceiling (IT-04); and judges a proposed dose change against the caps (IT-04, IT-05). Immutable and
 * safe to share; every number comes from the loaded pack.
 */
public final class IntrathecalStartPlanner {
  private final Knowledge knowledge;
  private final IntrathecalFacts facts;
  private final IntrathecalProducts products;
  private final ScreeningCheck screening;
  private final DoseChangeJudge judge;

  public IntrathecalStartPlanner(Knowledge knowledge) {
    this.knowledge = knowledge;
    this.facts = new IntrathecalFacts(knowledge);
    this.products = new IntrathecalProducts(knowledge);
    this.screening = new ScreeningCheck(facts);
    this.judge = new DoseChangeJudge(knowledge, facts);
  }

  /** A plan, or a refusal naming the input it could not use or the age limit it met. */
  public IntrathecalStartOutcome plan(IntrathecalStartRequest request) {
    Citations citations = new Citations(knowledge);
    Patient patient = request.patient();

    Optional<IntrathecalRefusal> tooYoung = tooYoung(request, citations);
    if (tooYoung.isPresent()) {
      return tooYoung.get();
    }
    InputReader input = new InputReader(facts, products, citations, request.jurisdiction());
    Optional<SpasticityOrigin> origin = origin(request, input);
    Optional<BigDecimal> screeningDose =
        input.micrograms("screeningDose", request.screeningDose(), false, false);
    Optional<BigDecimal> concentration =
        input.concentration("concentration", request.concentration());
    if (input.refused() || origin.isEmpty() || screeningDose.isEmpty() || concentration.isEmpty()) {
      return new IntrathecalRefusal(input.alerts(), citations.rules(), citations.sources());
    }
    List<Alert> alerts = new ArrayList<>(input.alerts());
    List<String> arithmetic = new ArrayList<>();
    boolean child = facts.isChild(patient);

    // IT-01, IT-02: the sequence the patient should have had
    List<ScreeningStep> smallChild = child ? facts.smallChildScreening() : List.of();
    citations.cite(facts.screening().stream().map(ScreeningStep::factId).toList());
    citations.cite(smallChild.stream().map(ScreeningStep::factId).toList());
    screening.check(screeningDose.get(), child, citations).ifPresent(alerts::add);

    // IT-03-A / IT-03-B: first 24-hour dose
    Fact implantStart = facts.implantStart(request.effectHours());
    BigDecimal multiplier = implantStart.values().number(FactField.MULTIPLIER).orElseThrow();
    BigDecimal initial = Rates.plain(screeningDose.get().multiply(multiplier));
    citations.cite(implantStart.id(), IntrathecalFacts.NO_RAISE_FIRST_DAY);
    arithmetic.add(
        String.format(
            Locale.ROOT,
            "initial daily dose = %s mcg x %s = %s mcg/day over 24 h (effect %s h; %s)",
            screeningDose.get().toPlainString(),
            multiplier.toPlainString(),
            initial.toPlainString(),
            request.effectHours().toPlainString(),
            implantStart.id()));

    // IT-13-C, IT-13-F: pump rate
    Rates.Quotient rate = Rates.quotient(initial, concentration.get());
    citations.cite(IntrathecalFacts.PUMP_RATE, IntrathecalFacts.RATE_ROUNDING);
    arithmetic.add(Rates.describe(initial, concentration.get(), rate));

    // IT-04: the largest dose allowed after the first 24 hours
    DoseChangeCap cap = facts.cap(patient, origin.get(), DoseChangePhase.TITRATION);
    BigDecimal maxNextDay = cap.highestNext(initial);
    citations.cite(cap.rules()).cite(IntrathecalFacts.ONE_CHANGE_PER_DAY);
    arithmetic.add(
        String.format(
            Locale.ROOT,
            "next-day maximum = %s mcg/day x (1 + %s %%) = %s mcg/day (%s, %s)",
            initial.toPlainString(),
            cap.maxIncreasePercent().toPlainString(),
            maxNextDay.toPlainString(),
            cap.fact().id(),
            IntrathecalFacts.per(cap.fact())));

    ExperienceLimit.check(facts, initial, citations).ifPresent(alerts::add);
    return new IntrathecalStartPlan(
        request.jurisdiction(),
        origin.get(),
        child,
        facts.screening(),
        smallChild,
        screeningDose.get(),
        request.effectHours(),
        multiplier,
        initial,
        concentration.get(),
        rate.value(),
        rate.exact(),
        cap.maxIncreasePercent(),
        maxNextDay,
        arithmetic,
        alerts,
        citations.rules(),
        citations.sources());
  }

  /**
   * Judges a change of the intrathecal daily dose from {@code currentMcgPerDay} to {@code
   * proposedMcgPerDay} against the cap for this patient, origin and phase: a rise above the cap is
   * {@code TITRATION_TOO_FAST}; a fall beyond the maintenance decrease cap is {@code
   * ABRUPT_STOP_RISK} (warning), and a fall to 0 is an interruption ({@code ABRUPT_STOP_RISK}
   * critical, IT-16). The caller has checked the doses are in mcg/day.
   */
  public DoseChangeJudgement judgeChange(
      Patient patient,
      BigDecimal currentMcgPerDay,
      BigDecimal proposedMcgPerDay,
      SpasticityOrigin origin,
      DoseChangePhase phase) {
    return judge.judge(patient, currentMcgPerDay, proposedMcgPerDay, origin, phase);
  }

  private Optional<IntrathecalRefusal> tooYoung(
      IntrathecalStartRequest request, Citations citations) {
    Fact youngest = facts.youngestEstablishedAge(request.jurisdiction()); // PED-US-02, PED-UK-03
    int lowestAge = youngest.scope().ageBelowYears().getAsInt();
    if (request.patient().ageYears() >= lowestAge) {
      return Optional.empty();
    }
    citations.cite(youngest.id());
    Alert alert =
        new Alert(
            AlertCode.PEDIATRIC_LIMIT,
            Severity.WARNING,
            "Intrathecal baclofen is not established below "
                + lowestAge
                + " years in "
                + request.jurisdiction().code()
                + " ("
                + youngest.id()
                + "); Tonus makes no plan for a child aged "
                + request.patient().ageYears()
                + ".",
            Map.of(
                "ageYears",
                Integer.toString(request.patient().ageYears()),
                "lowestEstablishedAgeYears",
                Integer.toString(lowestAge)),
            youngest.sources());
    return Optional.of(
        new IntrathecalRefusal(List.of(alert), citations.rules(), citations.sources()));
  }

  /** The request's origin, else the patient's; two different origins are refused. */
  private static Optional<SpasticityOrigin> origin(
      IntrathecalStartRequest request, InputReader input) {
    Optional<SpasticityOrigin> asked = request.spasticityOrigin();
    Optional<SpasticityOrigin> recorded = request.patient().spasticityOrigin();
    if (asked.isPresent() && recorded.isPresent() && asked.get() != recorded.get()) {
      input.add(
          new Alert(
              AlertCode.INVALID_ORDER,
              Severity.CRITICAL,
              "spasticityOrigin "
                  + asked.get().code()
                  + " differs from the patient's recorded origin "
                  + recorded.get().code()
                  + "; the dose-change caps depend on it, so say which is right",
              Map.of(
                  "spasticityOrigin", asked.get().code(),
                  "patient.spasticityOrigin", recorded.get().code()),
              List.of("tonus-policy")));
      return Optional.empty();
    }
    Optional<SpasticityOrigin> origin = asked.or(() -> recorded);
    if (origin.isEmpty()) {
      input.add(
          new Alert(
              AlertCode.INVALID_ORDER,
              Severity.CRITICAL,
              "spasticityOrigin is missing: give spinal or cerebral; the dose-change caps differ"
                  + " by origin (IT-04) and Tonus does not guess it",
              Map.of("spasticityOrigin", "absent"),
              List.of("tonus-policy")));
    }
    return origin;
  }
}
