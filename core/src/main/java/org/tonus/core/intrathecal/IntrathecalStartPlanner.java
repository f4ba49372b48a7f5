package org.tonus.core.intrathecal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
  private static final String NON_RESPONDER = "IT-01-E";

  private final Knowledge knowledge;
  private final IntrathecalFacts facts;
  private final IntrathecalProducts products;

  public IntrathecalStartPlanner(Knowledge knowledge) {
    this.knowledge = knowledge;
    this.facts = new IntrathecalFacts(knowledge);
    this.products = new IntrathecalProducts(knowledge);
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
    screeningAlert(screeningDose.get(), child, citations).ifPresent(alerts::add);

    // IT-03-A / IT-03-B: first 24-hour dose
    Fact implantStart = facts.implantStart(request.effectHours());
    BigDecimal multiplier = implantStart.values().number(FactField.MULTIPLIER).orElseThrow();
    BigDecimal initial = Rates.plain(screeningDose.get().multiply(multiplier));
    citations.cite(implantStart.id(), IntrathecalFacts.NO_RAISE_FIRST_DAY);
    arithmetic.add(
        "initial daily dose = "
            + screeningDose.get().toPlainString()
            + " mcg x "
            + multiplier.toPlainString()
            + " = "
            + initial.toPlainString()
            + " mcg/day over 24 h (effect "
            + request.effectHours().toPlainString()
            + " h; "
            + implantStart.id()
            + ")");

    // IT-13-C, IT-13-F: pump rate
    Rates.Quotient rate = Rates.quotient(initial, concentration.get());
    citations.cite(IntrathecalFacts.PUMP_RATE, IntrathecalFacts.RATE_ROUNDING);
    arithmetic.add(
        "rate = "
            + initial.toPlainString()
            + " mcg/day / "
            + concentration.get().toPlainString()
            + " mcg/mL = "
            + rate.value().toPlainString()
            + " mL/day"
            + (rate.exact() ? " (exact)" : " (rounded half up at 6 decimals)"));

    // IT-04: the largest dose allowed after the first 24 hours
    DoseChangeCap cap = facts.cap(patient, origin.get(), DoseChangePhase.TITRATION);
    BigDecimal maxNextDay = cap.highestNext(initial);
    citations.cite(cap.rules()).cite(IntrathecalFacts.ONE_CHANGE_PER_DAY);
    arithmetic.add(
        "next-day maximum = "
            + initial.toPlainString()
            + " mcg/day x (1 + "
            + cap.maxIncreasePercent().toPlainString()
            + " %) = "
            + maxNextDay.toPlainString()
            + " mcg/day ("
            + cap.fact().id()
            + ", "
            + IntrathecalFacts.per(cap.fact())
            + ")");

    experienceAlert(initial, citations).ifPresent(alerts::add);
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
    if (currentMcgPerDay.signum() <= 0) {
      throw new IllegalArgumentException(
          "currentMcgPerDay "
              + currentMcgPerDay.toPlainString()
              + " must be above 0; a first dose is a start, not a change");
    }
    if (proposedMcgPerDay.signum() < 0) {
      throw new IllegalArgumentException(
          "proposedMcgPerDay " + proposedMcgPerDay.toPlainString() + " must be 0 or more");
    }
    Citations citations = new Citations(knowledge);
    DoseChangeCap cap = facts.cap(patient, origin, phase);
    citations.cite(cap.rules());
    if (phase == DoseChangePhase.TITRATION) {
      citations.cite(IntrathecalFacts.ONE_CHANGE_PER_DAY);
    }
    BigDecimal current = Rates.plain(currentMcgPerDay);
    BigDecimal proposed = Rates.plain(proposedMcgPerDay);
    BigDecimal highest = cap.highestNext(current);
    Optional<BigDecimal> lowest = cap.lowestNext(current);
    BigDecimal changePercent =
        Rates.plain(
            proposed.subtract(current).movePointRight(2).divide(current, 1, RoundingMode.HALF_UP));
    Map<String, String> evidence = new LinkedHashMap<>();
    evidence.put("currentMcgPerDay", current.toPlainString());
    evidence.put("proposedMcgPerDay", proposed.toPlainString());
    evidence.put("changePercent", changePercent.toPlainString());
    evidence.put("capFact", cap.fact().id());

    List<Alert> alerts = new ArrayList<>();
    if (proposed.signum() == 0) {
      citations.cite(IntrathecalFacts.INTERRUPTION_RISK);
      alerts.add(
          new Alert(
              AlertCode.ABRUPT_STOP_RISK,
              Severity.CRITICAL,
              "Stopping intrathecal delivery at once can cause severe, life-threatening withdrawal"
                  + " (IT-16).",
              evidence,
              citations.sourcesOf(IntrathecalFacts.INTERRUPTION_RISK)));
    } else if (proposed.compareTo(highest) > 0) {
      evidence.put("highestAllowedMcgPerDay", highest.toPlainString());
      alerts.add(
          new Alert(
              AlertCode.TITRATION_TOO_FAST,
              Severity.WARNING,
              "A rise from "
                  + current.toPlainString()
                  + " to "
                  + proposed.toPlainString()
                  + " mcg/day is "
                  + changePercent.toPlainString()
                  + " %, above the "
                  + cap.maxIncreasePercent().toPlainString()
                  + " % allowed "
                  + IntrathecalFacts.per(cap.fact())
                  + " ("
                  + cap.fact().id()
                  + "); at most "
                  + highest.toPlainString()
                  + " mcg/day.",
              evidence,
              citations.sourcesOf(cap.rules().toArray(String[]::new))));
    } else if (lowest.isPresent() && proposed.compareTo(lowest.get()) < 0) {
      evidence.put("lowestAllowedMcgPerDay", lowest.get().toPlainString());
      alerts.add(
          new Alert(
              AlertCode.ABRUPT_STOP_RISK,
              Severity.WARNING,
              "A cut from "
                  + current.toPlainString()
                  + " to "
                  + proposed.toPlainString()
                  + " mcg/day is larger than the "
                  + cap.maxDecreasePercent().orElseThrow().toPlainString()
                  + " % allowed "
                  + IntrathecalFacts.per(cap.fact())
                  + " ("
                  + cap.fact().id()
                  + "); at least "
                  + lowest.get().toPlainString()
                  + " mcg/day.",
              evidence,
              citations.sourcesOf(cap.rules().toArray(String[]::new))));
    }
    return new DoseChangeJudgement(
        current,
        proposed,
        changePercent,
        cap.maxIncreasePercent(),
        cap.maxDecreasePercent(),
        highest,
        lowest,
        alerts.isEmpty(),
        alerts,
        citations.rules(),
        citations.sources());
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

  /** A screening dose that is not a step of the sequence for this patient. */
  private Optional<Alert> screeningAlert(BigDecimal dose, boolean child, Citations citations) {
    List<ScreeningStep> adult = facts.screening();
    List<ScreeningStep> small = facts.smallChildScreening();
    if (contains(adult, dose) || (child && contains(small, dose))) {
      return Optional.empty();
    }
    String sequence =
        Stream.concat(child ? small.stream() : Stream.empty(), adult.stream())
            .map(s -> s.doseMcg().toPlainString())
            .collect(Collectors.joining(", "));
    Map<String, String> evidence =
        Map.of("screeningDoseMcg", dose.toPlainString(), "sequenceMcg", sequence);
    String[] stepIds = adult.stream().map(ScreeningStep::factId).toArray(String[]::new);
    if (contains(small, dose)) {
      String[] smallIds = small.stream().map(ScreeningStep::factId).toArray(String[]::new);
      citations.cite(smallIds);
      return Optional.of(
          new Alert(
              AlertCode.CAUTION,
              Severity.INFO,
              dose.toPlainString()
                  + " mcg is the screening dose for very small children ("
                  + String.join(", ", smallIds)
                  + "); this patient is not a child, whose sequence is "
                  + sequence
                  + " mcg.",
              evidence,
              citations.sourcesOf(smallIds)));
    }
    BigDecimal last = adult.get(adult.size() - 1).doseMcg();
    if (dose.compareTo(last) > 0) {
      citations.cite(NON_RESPONDER);
      return Optional.of(
          new Alert(
              AlertCode.TITRATION_TOO_FAST,
              Severity.WARNING,
              dose.toPlainString()
                  + " mcg is above the last screening step of "
                  + last.toPlainString()
                  + " mcg; a patient who does not respond to that step is not a pump candidate ("
                  + NON_RESPONDER
                  + ").",
              evidence,
              citations.sourcesOf(NON_RESPONDER)));
    }
    return Optional.of(
        new Alert(
            AlertCode.CAUTION,
            Severity.WARNING,
            dose.toPlainString()
                + " mcg is not a step of the screening sequence ("
                + sequence
                + " mcg); check the dose that worked.",
            evidence,
            citations.sourcesOf(stepIds)));
  }

  private Optional<Alert> experienceAlert(BigDecimal dailyMcg, Citations citations) {
    BigDecimal limit = facts.experienceLimitMcgPerDay(); // IT-06-C
    if (dailyMcg.compareTo(limit) <= 0) {
      return Optional.empty();
    }
    String id = facts.experienceLimitId();
    citations.cite(id);
    return Optional.of(
        new Alert(
            AlertCode.CAUTION,
            Severity.WARNING,
            dailyMcg.toPlainString()
                + " mcg/day is above "
                + limit.toPlainString()
                + " mcg/day, beyond usual experience ("
                + id
                + "): check the pump and catheter and have a specialist review it.",
            Map.of(
                "dailyDoseMcg",
                dailyMcg.toPlainString(),
                "experienceLimitMcg",
                limit.toPlainString()),
            citations.sourcesOf(id)));
  }

  private static boolean contains(List<ScreeningStep> steps, BigDecimal dose) {
    return steps.stream().anyMatch(s -> s.doseMcg().compareTo(dose) == 0);
  }
}
