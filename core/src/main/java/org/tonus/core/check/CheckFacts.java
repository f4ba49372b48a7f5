package org.tonus.core.check;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.tonus.core.intrathecal.ScreeningSequence;
import org.tonus.core.knowledge.Fact;
import org.tonus.core.knowledge.FactField;
import org.tonus.core.knowledge.FactKind;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.knowledge.Knowledge;
import org.tonus.core.knowledge.Population;
import org.tonus.core.knowledge.Route;
import org.tonus.core.knowledge.Scope;
import org.tonus.core.knowledge.Setting;
import org.tonus.core.quantity.Dimension;
import org.tonus.core.quantity.Unit;

/**
 * Finds the facts the rules apply, by kind and scope rather than by number, so the numbers stay in
 * the knowledge. Statement facts that carry no value are found by id.
 */
final class CheckFacts {
  /** The drug the checker checks, as the drug vocabulary names it. */
  static final String BACLOFEN = "baclofen";

  /** The class of the other centrally acting muscle relaxants (DUPLICATE_THERAPY). */
  static final String MUSCLE_RELAXANTS = "centrally-acting-muscle-relaxants";

  static final String PREGNANCY = "pregnancy";
  static final String BREASTFEEDING = "breastfeeding";
  static final String HYPERSENSITIVITY = "baclofen-hypersensitivity";

  private final Knowledge knowledge;
  private final ScreeningSequence screening;

  CheckFacts(Knowledge knowledge) {
    this.knowledge = knowledge;
    knowledge.drugs().drug(BACLOFEN).orElseThrow(() -> missing("the drug " + BACLOFEN));
    this.screening = new ScreeningSequence(knowledge);
  }

  /** The intrathecal screening sequence, as the start planner reads it (IT-01, IT-02). */
  ScreeningSequence screening() {
    return screening;
  }

  /**
   * The implant-start rules (IT-03-A, IT-03-B), the one with the largest multiplier first: that one
   * is the ceiling whatever the screening effect lasted.
   */
  List<Fact> implantStarts() {
    List<Fact> starts =
        of(FactKind.IMPLANT_START)
            .filter(f -> f.scope().route().equals(Optional.of(Route.INTRATHECAL)))
            .filter(f -> f.values().number(FactField.MULTIPLIER).isPresent())
            .sorted(
                Comparator.comparing(
                        (Fact f) -> f.values().number(FactField.MULTIPLIER).orElseThrow())
                    .reversed())
            .toList();
    if (starts.isEmpty()) {
      throw missing("the intrathecal implant-start rules");
    }
    return starts;
  }

  String baclofenId() {
    return BACLOFEN;
  }

  Fact fact(String id) {
    return knowledge.fact(id).orElseThrow(() -> missing("fact " + id));
  }

  Stream<Fact> of(FactKind kind) {
    return knowledge.facts(kind).stream();
  }

  /** True when the fact's scope admits this jurisdiction, route and age. */
  static boolean applies(Fact fact, Jurisdiction jurisdiction, Route route, int ageYears) {
    Scope scope = fact.scope();
    return scope.appliesIn(jurisdiction)
        && scope.route().map(route::equals).orElse(true)
        && (scope.ageFromYears().isEmpty() || ageYears >= scope.ageFromYears().getAsInt())
        && (scope.ageBelowYears().isEmpty() || ageYears < scope.ageBelowYears().getAsInt());
  }

  /** The age from which the jurisdiction's adult oral rules hold (DOSE-US-04, DOSE-UK-01-G). */
  Fact adultAge(Jurisdiction jurisdiction) {
    return of(FactKind.STATEMENT)
        .filter(f -> f.scope().jurisdiction().equals(Optional.of(jurisdiction)))
        .filter(f -> f.scope().route().equals(Optional.of(Route.ORAL)))
        .filter(f -> f.scope().population().equals(Optional.of(Population.ADULT)))
        .filter(f -> f.scope().ageFromYears().isPresent())
        .findFirst()
        .orElseThrow(() -> missing("the adult age for " + jurisdiction));
  }

  boolean isAdult(Jurisdiction jurisdiction, int ageYears) {
    return ageYears >= adultAge(jurisdiction).scope().ageFromYears().getAsInt();
  }

  Population population(Jurisdiction jurisdiction, int ageYears) {
    return isAdult(jurisdiction, ageYears) ? Population.ADULT : Population.CHILD;
  }

  /**
   * Oral daily maxima for this patient, outpatient or unqualified (DOSE-US-02, DOSE-UK-01-D,
   * PED-UK-01-D..F).
   */
  List<Fact> oralMaxima(Jurisdiction jurisdiction, int ageYears) {
    Population population = population(jurisdiction, ageYears);
    return of(FactKind.MAXIMUM_DOSE)
        .filter(f -> f.scope().population().equals(Optional.of(population)))
        .filter(f -> applies(f, jurisdiction, Route.ORAL, ageYears))
        .filter(
            f ->
                f.values()
                    .choice(FactField.SETTING, Setting.class)
                    .map(s -> s == Setting.OUTPATIENT)
                    .orElse(true))
        .toList();
  }

  /** Whether a maximum is the outpatient ceiling a supervised inpatient may pass (DOSE-UK-01-E). */
  static boolean outpatientOnly(Fact maximum) {
    return maximum
        .values()
        .choice(FactField.SETTING, Setting.class)
        .map(s -> s == Setting.OUTPATIENT)
        .orElse(false);
  }

  /** The adult oral start ceiling in mg/day (POL-04-A). */
  Optional<Fact> adultStartCeiling(Jurisdiction jurisdiction) {
    return of(FactKind.START_DOSE)
        .filter(f -> f.scope().population().equals(Optional.of(Population.ADULT)))
        .filter(f -> f.scope().route().equals(Optional.of(Route.ORAL)))
        .filter(f -> f.scope().appliesIn(jurisdiction))
        .filter(f -> f.values().quantity(FactField.DAILY).isPresent())
        .filter(f -> f.values().quantity(FactField.DAILY).get().dimension() == Dimension.DAILY_DOSE)
        .min(Comparator.comparing(f -> f.values().quantity(FactField.DAILY).get().amount()));
  }

  /** The child start ceiling in mg/kg/day (POL-04-D). */
  Optional<Fact> childStartCeiling(Jurisdiction jurisdiction) {
    return of(FactKind.THRESHOLD)
        .filter(f -> f.scope().population().equals(Optional.of(Population.CHILD)))
        .filter(f -> f.scope().route().equals(Optional.of(Route.ORAL)))
        .filter(f -> f.scope().jurisdiction().equals(Optional.of(jurisdiction)))
        .filter(f -> f.values().quantity(FactField.ABOVE).get().unit() == Unit.MG_PER_KG_PER_DAY)
        .findFirst();
  }

  /**
   * Adult oral steps in mg/day, jurisdiction-free policy steps (POL-04-B up to 60, POL-04-C above).
   */
  List<Fact> adultSteps(Jurisdiction jurisdiction) {
    return of(FactKind.TITRATION_STEP)
        .filter(f -> f.scope().population().equals(Optional.of(Population.ADULT)))
        .filter(f -> f.scope().route().equals(Optional.of(Route.ORAL)))
        .filter(f -> f.scope().appliesIn(jurisdiction))
        .filter(f -> f.values().quantity(FactField.STEP).get().unit() == Unit.MG_PER_DAY)
        .toList();
  }

  /** The child oral step in mg/kg/day and its interval (PED-UK-01-H). */
  Optional<Fact> childStep(Jurisdiction jurisdiction) {
    return of(FactKind.TITRATION_STEP)
        .filter(f -> f.scope().population().equals(Optional.of(Population.CHILD)))
        .filter(f -> f.scope().route().equals(Optional.of(Route.ORAL)))
        .filter(f -> f.scope().jurisdiction().equals(Optional.of(jurisdiction)))
        .findFirst();
  }

  /** The usual range of oral doses a day (ADM-06). */
  Fact frequencyRange() {
    return of(FactKind.DOSE_FREQUENCY)
        .filter(f -> f.scope().route().equals(Optional.of(Route.ORAL)))
        .filter(
            f ->
                f.values().countRange(FactField.TIMES_PER_DAY).get().low()
                    < f.values().countRange(FactField.TIMES_PER_DAY).get().high())
        .findFirst()
        .orElseThrow(() -> missing("a range of oral doses a day"));
  }

  /** The shortest oral taper (WD-04-A). */
  Fact taper() {
    return of(FactKind.TAPER)
        .filter(f -> f.scope().route().equals(Optional.of(Route.ORAL)))
        .filter(f -> f.values().count(FactField.MINIMUM_DAYS).isPresent())
        .findFirst()
        .orElseThrow(() -> missing("the oral taper minimum"));
  }

  /** The intrathecal daily dose beyond usual experience (IT-06-C). */
  Fact experienceLimit() {
    return of(FactKind.EXPERIENCE_LIMIT)
        .filter(f -> f.scope().route().equals(Optional.of(Route.INTRATHECAL)))
        .findFirst()
        .orElseThrow(() -> missing("the intrathecal experience limit"));
  }

  BigDecimal experienceLimitMcgPerDay() {
    return experienceLimit().values().quantity(FactField.ABOVE).get().to(Unit.MCG_PER_DAY).amount();
  }

  /**
   * Jurisdiction statements naming the youngest age a route is established for (PED-US-01/02,
   * PED-UK-03).
   */
  List<Fact> pediatricAgeLimits(Jurisdiction jurisdiction, Route route) {
    return of(FactKind.STATEMENT)
        .filter(f -> f.scope().population().equals(Optional.of(Population.CHILD)))
        .filter(f -> f.scope().jurisdiction().equals(Optional.of(jurisdiction)))
        .filter(f -> f.scope().route().equals(Optional.of(route)))
        .filter(f -> f.scope().ageBelowYears().isPresent() && f.scope().ageFromYears().isEmpty())
        .toList();
  }

  /** The weight below which tablets do not suit a child (PED-UK-01-G). */
  Optional<Fact> tabletWeightLimit(Jurisdiction jurisdiction) {
    return of(FactKind.STATEMENT)
        .filter(f -> f.scope().jurisdiction().equals(Optional.of(jurisdiction)))
        .filter(f -> f.scope().weightBelowKg().isPresent())
        .findFirst();
  }

  /** The caution for older people without a condition (GER-01-A). */
  Optional<Fact> elderlyCaution() {
    return of(FactKind.CAUTION)
        .filter(f -> f.scope().population().equals(Optional.of(Population.ELDERLY)))
        .filter(f -> f.scope().ageFromYears().isPresent())
        .filter(f -> !f.values().has(FactField.CONDITION) && !f.values().has(FactField.CONDITIONS))
        .findFirst();
  }

  /** The condition ids a caution or contraindication names. */
  static List<String> conditionIds(Fact fact) {
    if (fact.values().has(FactField.CONDITION)) {
      return List.of(fact.values().reference(FactField.CONDITION).get().id());
    }
    if (fact.values().has(FactField.CONDITIONS)) {
      return fact.values().references(FactField.CONDITIONS).stream().map(r -> r.id()).toList();
    }
    return List.of();
  }

  private static IllegalStateException missing(String what) {
    return new IllegalStateException("the checker needs " + what + " in the knowledge");
  }
}
