package org.tonus.core.intrathecal;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.tonus.core.knowledge.ChangeInterval;
import org.tonus.core.knowledge.DoseChangePhase;
import org.tonus.core.knowledge.Fact;
import org.tonus.core.knowledge.FactField;
import org.tonus.core.knowledge.FactKind;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.knowledge.Knowledge;
import org.tonus.core.knowledge.Population;
import org.tonus.core.knowledge.Route;
import org.tonus.core.knowledge.SpasticityOrigin;
import org.tonus.core.patient.Patient;
import org.tonus.core.quantity.Unit;

/**
 * The intrathecal facts the planners apply, read once from the pack and checked there, so that a
 * pack missing a screening step, a cap or a limit fails when the planner is built, not mid-plan.
 */
final class IntrathecalFacts {
  /** Statement facts cited by id; they carry no number, only the rule in words. */
  static final String NO_RAISE_FIRST_DAY = "IT-03-C";

  static final String ONE_CHANGE_PER_DAY = "IT-04-D";
  static final String CHILD_AGE = "IT-04-E";
  static final String CHILDREN_FOLLOW_CEREBRAL_PACE = "PED-IT-02-C";
  static final String UNITS_ARE_MCG = "IT-12-A";
  static final String MG_FOR_MCG_IS_THOUSANDFOLD = "IT-12-B";
  static final String NO_SILENT_CONVERSION = "IT-12-C";
  static final String RESERVOIR_AMOUNT = "IT-13-A";
  static final String DAYS_A_REFILL_LASTS = "IT-13-B";
  static final String PUMP_RATE = "IT-13-C";
  static final String RESERVE_IS_LOCAL = "IT-13-D";
  static final String WHOLE_DAYS = "IT-13-E";
  static final String RATE_ROUNDING = "IT-13-F";
  static final String REFILL_MARGIN = "IT-13-G";
  static final String CONCENTRATION_MISMATCH = "IT-14";
  static final String INTERRUPTION_RISK = "IT-16";

  private final Knowledge knowledge;
  private final List<ScreeningStep> screening;
  private final List<ScreeningStep> smallChildScreening;
  private final List<Fact> implantStarts;
  private final List<Fact> caps;
  private final Fact experienceLimit;
  private final int childAgeBelowYears;

  IntrathecalFacts(Knowledge knowledge) {
    this.knowledge = knowledge;
    List<Fact> screeningFacts = intrathecal(FactKind.SCREENING_DOSE);
    this.screening =
        screeningFacts.stream()
            .filter(f -> f.scope().population().isEmpty())
            .map(IntrathecalFacts::screeningStep)
            .sorted(Comparator.comparingInt(ScreeningStep::order))
            .toList();
    this.smallChildScreening =
        screeningFacts.stream()
            .filter(f -> f.scope().population().equals(Optional.of(Population.CHILD)))
            .map(IntrathecalFacts::screeningStep)
            .toList();
    this.implantStarts = intrathecal(FactKind.IMPLANT_START);
    this.caps = intrathecal(FactKind.DOSE_CHANGE_CAP);
    List<Fact> limits = intrathecal(FactKind.EXPERIENCE_LIMIT);
    if (screening.isEmpty() || implantStarts.isEmpty() || caps.isEmpty() || limits.size() != 1) {
      throw new IllegalStateException(
          "the knowledge pack lacks intrathecal screening doses, implant starts, dose-change caps"
              + " or exactly one experience limit");
    }
    this.experienceLimit = limits.get(0);
    for (String id :
        List.of(
            NO_RAISE_FIRST_DAY,
            ONE_CHANGE_PER_DAY,
            CHILDREN_FOLLOW_CEREBRAL_PACE,
            UNITS_ARE_MCG,
            MG_FOR_MCG_IS_THOUSANDFOLD,
            NO_SILENT_CONVERSION,
            RESERVOIR_AMOUNT,
            DAYS_A_REFILL_LASTS,
            PUMP_RATE,
            RESERVE_IS_LOCAL,
            WHOLE_DAYS,
            RATE_ROUNDING,
            REFILL_MARGIN,
            CONCENTRATION_MISMATCH,
            INTERRUPTION_RISK)) {
      fact(id);
    }
    this.childAgeBelowYears =
        fact(CHILD_AGE)
            .scope()
            .ageBelowYears()
            .orElseThrow(() -> new IllegalStateException(CHILD_AGE + " has no ageBelowYears"));
  }

  Knowledge knowledge() {
    return knowledge;
  }

  Fact fact(String id) {
    return knowledge
        .fact(id)
        .orElseThrow(() -> new IllegalStateException("the knowledge pack lacks fact " + id));
  }

  /** The adult screening sequence (IT-01), in order. */
  List<ScreeningStep> screening() {
    return screening;
  }

  /** The smaller first screening doses offered to very small children (IT-02). */
  List<ScreeningStep> smallChildScreening() {
    return smallChildScreening;
  }

  boolean isChild(Patient patient) {
    return patient.ageYears() < childAgeBelowYears; // IT-04-E
  }

  /**
   * The age below which intrathecal use is not established in this jurisdiction (PED-US-02,
   * PED-UK-03): the jurisdiction's own intrathecal child statement with an upper age.
   */
  Fact youngestEstablishedAge(Jurisdiction jurisdiction) {
    return knowledge
        .facts()
        .filter(f -> f.kind() == FactKind.STATEMENT)
        .filter(f -> f.scope().route().equals(Optional.of(Route.INTRATHECAL)))
        .filter(f -> f.scope().population().equals(Optional.of(Population.CHILD)))
        .filter(f -> f.scope().jurisdiction().equals(Optional.of(jurisdiction)))
        .filter(f -> f.scope().ageFromYears().isEmpty() && f.scope().ageBelowYears().isPresent())
        .min(Comparator.comparingInt(f -> f.scope().ageBelowYears().getAsInt()))
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "the knowledge pack gives no lowest intrathecal age for " + jurisdiction));
  }

  /**
   * The implant-start rule for an effect of this many hours (IT-03): the rule with the longest
   * effect threshold that the effect exceeds, else the rule without a threshold.
   */
  Fact implantStart(BigDecimal effectHours) {
    return implantStarts.stream()
        .filter(f -> threshold(f).map(t -> effectHours.compareTo(t) > 0).orElse(true))
        .max(Comparator.comparing(f -> threshold(f).orElse(BigDecimal.valueOf(-1))))
        .orElseThrow(
            () -> new IllegalStateException("no implant-start rule for " + effectHours + " h"));
  }

  private static Optional<BigDecimal> threshold(Fact implantStart) {
    return implantStart
        .values()
        .quantity(FactField.EFFECT_LONGER_THAN)
        .map(q -> q.to(Unit.HOUR).amount());
  }

  /**
   * The dose-change cap for this patient, origin and phase (IT-04, IT-05). A child takes a
   * child-specific cap where one exists (IT-04-C), else the cerebral-origin cap of that phase
   * (PED-IT-02-C).
   */
  DoseChangeCap cap(Patient patient, SpasticityOrigin origin, DoseChangePhase phase) {
    boolean child = isChild(patient);
    if (child) {
      Optional<Fact> childCap = capFact(origin, phase, Optional.of(Population.CHILD));
      if (childCap.isPresent()) {
        return DoseChangeCap.of(childCap.get(), List.of(CHILD_AGE));
      }
      Fact cerebral =
          capFact(SpasticityOrigin.CEREBRAL, phase, Optional.empty())
              .orElseThrow(() -> missingCap(SpasticityOrigin.CEREBRAL, phase));
      return DoseChangeCap.of(cerebral, List.of(CHILD_AGE, CHILDREN_FOLLOW_CEREBRAL_PACE));
    }
    return DoseChangeCap.of(
        capFact(origin, phase, Optional.empty()).orElseThrow(() -> missingCap(origin, phase)),
        List.of());
  }

  private Optional<Fact> capFact(
      SpasticityOrigin origin, DoseChangePhase phase, Optional<Population> population) {
    return caps.stream()
        .filter(
            f ->
                f.values().choice(FactField.ORIGIN, SpasticityOrigin.class).orElseThrow() == origin)
        .filter(
            f -> f.values().choice(FactField.PHASE, DoseChangePhase.class).orElseThrow() == phase)
        .filter(f -> f.scope().population().equals(population))
        .findFirst();
  }

  private static IllegalStateException missingCap(SpasticityOrigin origin, DoseChangePhase phase) {
    return new IllegalStateException(
        "the knowledge pack has no intrathecal dose-change cap for "
            + origin.code()
            + " origin in "
            + phase.code());
  }

  /** The daily dose above which experience is limited (IT-06-C), in mcg a day. */
  BigDecimal experienceLimitMcgPerDay() {
    return experienceLimit
        .values()
        .quantity(FactField.ABOVE)
        .orElseThrow()
        .to(Unit.MCG_PER_DAY)
        .amount();
  }

  String experienceLimitId() {
    return experienceLimit.id();
  }

  /** The interval a titration cap is counted over, for messages. */
  static String per(Fact cap) {
    return cap.values()
        .choice(FactField.PER, ChangeInterval.class)
        .map(i -> i == ChangeInterval.PER_DAY ? "per 24 hours" : "per refill")
        .orElse("per change");
  }

  private List<Fact> intrathecal(FactKind kind) {
    return knowledge
        .facts()
        .filter(f -> f.kind() == kind)
        .filter(f -> f.scope().route().equals(Optional.of(Route.INTRATHECAL)))
        .toList();
  }

  private static ScreeningStep screeningStep(Fact fact) {
    BigDecimal dose = fact.values().quantity(FactField.DOSE).orElseThrow().to(Unit.MCG).amount();
    BigDecimal concentration =
        fact.values()
            .quantity(FactField.CONCENTRATION_VALUE)
            .orElseThrow()
            .to(Unit.MCG_PER_ML)
            .amount();
    return new ScreeningStep(
        fact.values().count(FactField.SCREENING_ORDER).orElseThrow(),
        dose,
        Rates.volumeMl(dose, concentration),
        concentration,
        fact.values().quantity(FactField.AFTER_HOURS).map(q -> q.to(Unit.HOUR).amount()),
        fact.values().range(FactField.OBSERVE),
        fact.id());
  }
}
