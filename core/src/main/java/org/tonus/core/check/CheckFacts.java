package org.tonus.core.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.tonus.core.intrathecal.ScreeningSequence;
import org.tonus.core.knowledge.Drug;
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
  static final String DIALYSIS = "dialysis";
  static final String END_STAGE_RENAL_DISEASE = "end-stage-renal-disease";
  static final String HYPERSENSITIVITY = "baclofen-hypersensitivity";

  private final Knowledge knowledge;
  private final ScreeningSequence screening;
  private final List<Fact> implantStarts;
  private final Fact frequencyRange;
  private final Fact taper;
  private final Fact experienceLimit;
  private final BigDecimal experienceLimitMcgPerDay;
  private final Optional<Fact> elderlyCaution;
  private final BigDecimal criticalMultiple;
  private final Map<Jurisdiction, PerJurisdiction> byJurisdiction =
      new EnumMap<>(Jurisdiction.class);
  private final Map<FactKind, Map<String, List<Fact>>> byCondition = new EnumMap<>(FactKind.class);
  private final Map<String, List<Fact>> interactionsByDrugOrClass = new HashMap<>();
  private final Map<Fact, Integer> ordinals = new IdentityHashMap<>();
  private final int[] ageLimits;
  private final List<Fact> relaxantInteractions;
  // Fixed oral maxima (not per kg) in mg/day, by fact: read on every dose check.
  private final Map<Fact, BigDecimal> maximaMgPerDay = new IdentityHashMap<>();

  /**
   * Every lookup the rules make is answered here once, at construction: a check then reads fields
   * and small lists instead of scanning the pack, which keeps a check cheap beside the request
   * parsing every integration already pays for.
   */
  CheckFacts(Knowledge knowledge) {
    this.knowledge = knowledge;
    knowledge.drugs().drug(BACLOFEN).orElseThrow(() -> missing("the drug " + BACLOFEN));
    this.screening = new ScreeningSequence(knowledge);
    this.implantStarts = findImplantStarts();
    this.frequencyRange = findFrequencyRange();
    this.taper = findTaper();
    this.experienceLimit = findExperienceLimit();
    this.experienceLimitMcgPerDay =
        experienceLimit.values().quantity(FactField.ABOVE).get().to(Unit.MCG_PER_DAY).amount();
    this.elderlyCaution = findElderlyCaution();
    this.criticalMultiple =
        fact("POL-02")
            .values()
            .number(FactField.MULTIPLIER)
            .orElseThrow(() -> missing("POL-02's multiple of the maximum that is critical"));
    for (Jurisdiction jurisdiction : Jurisdiction.values()) {
      byJurisdiction.put(jurisdiction, new PerJurisdiction(jurisdiction));
    }
    for (FactKind kind :
        List.of(FactKind.CONTRAINDICATION, FactKind.CAUTION, FactKind.INDICATION)) {
      Map<String, List<Fact>> index = new HashMap<>();
      of(kind).forEach(f -> conditionIds(f).forEach(id -> addTo(index, id, f)));
      byCondition.put(kind, freeze(index));
    }
    List<Fact> interactions = knowledge.facts(FactKind.INTERACTION);
    for (int i = 0; i < interactions.size(); i++) {
      Fact fact = interactions.get(i);
      ordinals.put(fact, i);
      fact.values()
          .reference(FactField.DRUG)
          .ifPresent(r -> addTo(interactionsByDrugOrClass, r.id(), fact));
      fact.values()
          .reference(FactField.DRUG_CLASS)
          .ifPresent(r -> addTo(interactionsByDrugOrClass, r.id(), fact));
    }
    interactionsByDrugOrClass.replaceAll((k, v) -> List.copyOf(v));
    this.relaxantInteractions =
        of(FactKind.INTERACTION)
            .filter(
                f ->
                    f.values()
                        .reference(FactField.DRUG_CLASS)
                        .filter(r -> r.id().equals(MUSCLE_RELAXANTS))
                        .isPresent())
            .toList();
    of(FactKind.MAXIMUM_DOSE)
        .forEach(
            f ->
                f.values()
                    .quantity(FactField.MAX)
                    .filter(max -> max.unit() != Unit.MG_PER_KG_PER_DAY)
                    .filter(max -> max.unit().dimension() == Unit.MG_PER_DAY.dimension())
                    .ifPresent(max -> maximaMgPerDay.put(f, max.to(Unit.MG_PER_DAY).amount())));
    this.ageLimits =
        knowledge
            .facts()
            .flatMapToInt(
                f ->
                    java.util.stream.IntStream.concat(
                        f.scope().ageFromYears().stream(), f.scope().ageBelowYears().stream()))
            .distinct()
            .sorted()
            .toArray();
  }

  /**
   * The interaction facts naming the class of the other centrally acting muscle relaxants, in pack
   * order (DUPLICATE_THERAPY cites them).
   */
  List<Fact> relaxantInteractions() {
    return relaxantInteractions;
  }

  /** A fixed maximum's amount in mg/day, read once; empty for a per-kg or other maximum. */
  Optional<BigDecimal> maximumMgPerDay(Fact fact) {
    return Optional.ofNullable(maximaMgPerDay.get(fact));
  }

  /**
   * The band between the pack's age limits (any fact's scope) that an age falls in: two ages in the
   * same band see the same facts apply by age, so alerts prepared for one hold for the other.
   */
  int ageBand(int ageYears) {
    int band = 0;
    while (band < ageLimits.length && ageLimits[band] <= ageYears) {
      band++;
    }
    return band;
  }

  /** The facts of one jurisdiction that depend on nothing else. */
  private final class PerJurisdiction {
    final Fact adultAge;
    final Map<Population, List<Fact>> oralMaxima = new EnumMap<>(Population.class);
    final Optional<Fact> adultStartCeiling;
    final Optional<Fact> childStartCeiling;
    final List<Fact> adultSteps;
    // adultStep's figures, read once: the bounded steps with their limits, and the open step.
    final List<Fact> boundedSteps = new ArrayList<>();
    final List<BigDecimal> boundedUpToMg = new ArrayList<>();
    final List<BigDecimal> boundedUpToAmount = new ArrayList<>();
    final Optional<Fact> openStep;
    final Optional<Fact> childStep;
    final Map<Route, List<Fact>> pediatricAgeLimits = new EnumMap<>(Route.class);
    final Optional<Fact> tabletWeightLimit;

    PerJurisdiction(Jurisdiction jurisdiction) {
      adultAge = findAdultAge(jurisdiction);
      for (Population population : Population.values()) {
        oralMaxima.put(population, findOralMaxima(jurisdiction, population));
      }
      adultStartCeiling = findAdultStartCeiling(jurisdiction);
      childStartCeiling = findChildStartCeiling(jurisdiction);
      adultSteps = findAdultSteps(jurisdiction);
      for (Fact step : adultSteps) {
        step.values()
            .quantity(FactField.UP_TO)
            .ifPresent(
                upTo -> {
                  boundedSteps.add(step);
                  boundedUpToMg.add(upTo.to(Unit.MG_PER_DAY).amount());
                  boundedUpToAmount.add(upTo.amount());
                });
      }
      openStep =
          adultSteps.stream()
              .filter(f -> f.values().quantity(FactField.UP_TO).isEmpty())
              .findFirst();
      childStep = findChildStep(jurisdiction);
      for (Route route : Route.values()) {
        pediatricAgeLimits.put(route, findPediatricAgeLimits(jurisdiction, route));
      }
      tabletWeightLimit = findTabletWeightLimit(jurisdiction);
    }
  }

  private PerJurisdiction in(Jurisdiction jurisdiction) {
    return byJurisdiction.get(jurisdiction);
  }

  /**
   * The facts of a kind (contraindication, caution, indication) that name a condition, in pack
   * order; scope is left to the caller.
   */
  List<Fact> naming(FactKind kind, String conditionId) {
    return byCondition.getOrDefault(kind, Map.of()).getOrDefault(conditionId, List.of());
  }

  /**
   * The interaction facts naming the drug or one of its classes that apply in this jurisdiction,
   * route and age, in pack order.
   */
  List<Fact> interactionsWith(Drug drug, Jurisdiction jurisdiction, Route route, int ageYears) {
    List<Fact> found = new ArrayList<>();
    collect(found, drug.id(), jurisdiction, route, ageYears);
    for (String classId : drug.classIds()) {
      collect(found, classId, jurisdiction, route, ageYears);
    }
    if (found.size() > 1) {
      found.sort(Comparator.comparing(ordinals::get));
    }
    return found;
  }

  private void collect(
      List<Fact> found, String drugOrClass, Jurisdiction jurisdiction, Route route, int age) {
    for (Fact fact : interactionsByDrugOrClass.getOrDefault(drugOrClass, List.of())) {
      if (!found.contains(fact) && applies(fact, jurisdiction, route, age)) {
        found.add(fact);
      }
    }
  }

  private static void addTo(Map<String, List<Fact>> index, String key, Fact fact) {
    index.computeIfAbsent(key, k -> new ArrayList<>()).add(fact);
  }

  private static Map<String, List<Fact>> freeze(Map<String, List<Fact>> index) {
    Map<String, List<Fact>> frozen = new HashMap<>();
    index.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return Map.copyOf(frozen);
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
    return implantStarts;
  }

  private List<Fact> findImplantStarts() {
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

  /** From this multiple of the maximum a dose is critical, a likely slip (POL-02). */
  BigDecimal criticalMultiple() {
    return criticalMultiple;
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
    return in(jurisdiction).adultAge;
  }

  private Fact findAdultAge(Jurisdiction jurisdiction) {
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
    List<Fact> applying = new ArrayList<>(2);
    for (Fact fact : in(jurisdiction).oralMaxima.get(population(jurisdiction, ageYears))) {
      if (applies(fact, jurisdiction, Route.ORAL, ageYears)) {
        applying.add(fact);
      }
    }
    return applying;
  }

  private List<Fact> findOralMaxima(Jurisdiction jurisdiction, Population population) {
    return of(FactKind.MAXIMUM_DOSE)
        .filter(f -> f.scope().population().equals(Optional.of(population)))
        .filter(f -> f.scope().appliesIn(jurisdiction))
        .filter(f -> f.scope().route().map(Route.ORAL::equals).orElse(true))
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
    return in(jurisdiction).adultStartCeiling;
  }

  private Optional<Fact> findAdultStartCeiling(Jurisdiction jurisdiction) {
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
    return in(jurisdiction).childStartCeiling;
  }

  private Optional<Fact> findChildStartCeiling(Jurisdiction jurisdiction) {
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
    return in(jurisdiction).adultSteps;
  }

  /**
   * The adult step governing a rise to {@code toMg} (POL-04-B, POL-04-C): the bounded step with the
   * lowest limit at or above it, else the open one.
   */
  Fact adultStep(Jurisdiction jurisdiction, BigDecimal toMg) {
    PerJurisdiction in = in(jurisdiction);
    Fact best = null;
    BigDecimal bestAmount = null;
    for (int i = 0; i < in.boundedSteps.size(); i++) {
      if (toMg.compareTo(in.boundedUpToMg.get(i)) <= 0) {
        BigDecimal amount = in.boundedUpToAmount.get(i);
        if (best == null || amount.compareTo(bestAmount) < 0) {
          best = in.boundedSteps.get(i);
          bestAmount = amount;
        }
      }
    }
    if (best != null) {
      return best;
    }
    return in.openStep.orElseThrow(() -> new IllegalStateException("no open adult titration step"));
  }

  private List<Fact> findAdultSteps(Jurisdiction jurisdiction) {
    return of(FactKind.TITRATION_STEP)
        .filter(f -> f.scope().population().equals(Optional.of(Population.ADULT)))
        .filter(f -> f.scope().route().equals(Optional.of(Route.ORAL)))
        .filter(f -> f.scope().appliesIn(jurisdiction))
        .filter(f -> f.values().quantity(FactField.STEP).get().unit() == Unit.MG_PER_DAY)
        .toList();
  }

  /** The child oral step in mg/kg/day and its interval (PED-UK-01-H). */
  Optional<Fact> childStep(Jurisdiction jurisdiction) {
    return in(jurisdiction).childStep;
  }

  private Optional<Fact> findChildStep(Jurisdiction jurisdiction) {
    return of(FactKind.TITRATION_STEP)
        .filter(f -> f.scope().population().equals(Optional.of(Population.CHILD)))
        .filter(f -> f.scope().route().equals(Optional.of(Route.ORAL)))
        .filter(f -> f.scope().jurisdiction().equals(Optional.of(jurisdiction)))
        .findFirst();
  }

  /** The usual range of oral doses a day (ADM-06). */
  Fact frequencyRange() {
    return frequencyRange;
  }

  private Fact findFrequencyRange() {
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
    return taper;
  }

  private Fact findTaper() {
    return of(FactKind.TAPER)
        .filter(f -> f.scope().route().equals(Optional.of(Route.ORAL)))
        .filter(f -> f.values().count(FactField.MINIMUM_DAYS).isPresent())
        .findFirst()
        .orElseThrow(() -> missing("the oral taper minimum"));
  }

  /** The intrathecal daily dose beyond usual experience (IT-06-C). */
  Fact experienceLimit() {
    return experienceLimit;
  }

  private Fact findExperienceLimit() {
    return of(FactKind.EXPERIENCE_LIMIT)
        .filter(f -> f.scope().route().equals(Optional.of(Route.INTRATHECAL)))
        .findFirst()
        .orElseThrow(() -> missing("the intrathecal experience limit"));
  }

  BigDecimal experienceLimitMcgPerDay() {
    return experienceLimitMcgPerDay;
  }

  /**
   * Jurisdiction statements naming the youngest age a route is established for (PED-US-01/02,
   * PED-UK-03).
   */
  List<Fact> pediatricAgeLimits(Jurisdiction jurisdiction, Route route) {
    return in(jurisdiction).pediatricAgeLimits.get(route);
  }

  private List<Fact> findPediatricAgeLimits(Jurisdiction jurisdiction, Route route) {
    return of(FactKind.STATEMENT)
        .filter(f -> f.scope().population().equals(Optional.of(Population.CHILD)))
        .filter(f -> f.scope().jurisdiction().equals(Optional.of(jurisdiction)))
        .filter(f -> f.scope().route().equals(Optional.of(route)))
        .filter(f -> f.scope().ageBelowYears().isPresent() && f.scope().ageFromYears().isEmpty())
        .toList();
  }

  /** The weight below which tablets do not suit a child (PED-UK-01-G). */
  Optional<Fact> tabletWeightLimit(Jurisdiction jurisdiction) {
    return in(jurisdiction).tabletWeightLimit;
  }

  private Optional<Fact> findTabletWeightLimit(Jurisdiction jurisdiction) {
    return of(FactKind.STATEMENT)
        .filter(f -> f.scope().jurisdiction().equals(Optional.of(jurisdiction)))
        .filter(f -> f.scope().weightBelowKg().isPresent())
        .findFirst();
  }

  /** The caution for older people without a condition (GER-01-A). */
  Optional<Fact> elderlyCaution() {
    return elderlyCaution;
  }

  private Optional<Fact> findElderlyCaution() {
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
