package org.tonus.core.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.tonus.core.knowledge.Fact;
import org.tonus.core.knowledge.FactField;
import org.tonus.core.knowledge.FactKind;
import org.tonus.core.knowledge.IntRange;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.knowledge.Knowledge;
import org.tonus.core.knowledge.Population;
import org.tonus.core.knowledge.Route;
import org.tonus.core.knowledge.Setting;
import org.tonus.core.quantity.Dimension;
import org.tonus.core.quantity.Quantity;
import org.tonus.core.quantity.Unit;

/**
 * Finds the oral dosing facts a planner applies, by kind and scope, once, when the planner is
 * built. A fact the planners cannot do without and that the pack lacks is a broken pack: an {@link
 * IllegalStateException} naming it.
 */
final class DosingFacts {
  private final Knowledge knowledge;
  // Indexed once: a plan looks facts up by kind dozens of times.
  private final Map<FactKind, List<Fact>> byKind;
  private final Fact stepLimitUpTo;
  private final Fact stepLimitAbove;
  private final Fact frequencyRange;
  private final Fact taper;
  private final List<Fact> elderlyCautions;
  private final Map<Jurisdiction, Resolved> resolved;
  private final AdultStepRule adultStepRule;
  // The ladders are immutable and the same for every adult plan of a jurisdiction.
  private final Map<Jurisdiction, AdultLadder> adultLadders;
  private final Map<Jurisdiction, BigDecimal> adultMaximaMg;
  private final IntRange usualDosesPerDay;

  DosingFacts(Knowledge knowledge) {
    this.knowledge = knowledge;
    Map<FactKind, List<Fact>> index = new EnumMap<>(FactKind.class);
    knowledge.facts().forEach(f -> index.computeIfAbsent(f.kind(), k -> new ArrayList<>()).add(f));
    index.replaceAll((kind, list) -> List.copyOf(list));
    this.byKind = Collections.unmodifiableMap(index);
    this.stepLimitUpTo = findStepLimitUpTo();
    this.stepLimitAbove = findStepLimitAbove();
    this.frequencyRange = findFrequencyRange();
    this.taper = findTaper();
    this.elderlyCautions = findElderlyCautions();
    Map<Jurisdiction, Resolved> perJurisdiction = new EnumMap<>(Jurisdiction.class);
    for (Jurisdiction j : Jurisdiction.values()) {
      perJurisdiction.put(
          j,
          new Resolved(
              findAdultAgeBand(j),
              findAdultStart(j),
              findAdultLabelStep(j),
              findAdultMaximum(j),
              findInpatientMaximum(j),
              findChildStart(j),
              findChildStep(j),
              findChildMaxima(j),
              findTabletWeightLimit(j),
              findChildStartCeiling(j),
              findChildAgeStatements(j)));
    }
    this.resolved = Collections.unmodifiableMap(perJurisdiction);
    this.adultStepRule = new AdultStepRule(stepLimitUpTo, stepLimitAbove);
    this.usualDosesPerDay = timesPerDay(frequencyRange);
    Map<Jurisdiction, AdultLadder> ladders = new EnumMap<>(Jurisdiction.class);
    Map<Jurisdiction, BigDecimal> maxima = new EnumMap<>(Jurisdiction.class);
    for (Jurisdiction j : Jurisdiction.values()) {
      ladders.put(j, ladder(j));
      maxima.put(j, mgPerDay(adultMaximum(j), FactField.MAX));
    }
    this.adultLadders = Collections.unmodifiableMap(ladders);
    this.adultMaximaMg = Collections.unmodifiableMap(maxima);
  }

  /** The adult ladder of a jurisdiction from its start, label step and the usual most doses. */
  private AdultLadder ladder(Jurisdiction jurisdiction) {
    Fact startFact = adultStart(jurisdiction);
    Fact labelStep = adultLabelStep(jurisdiction);
    return new AdultLadder(
        new DoseLevel(timesPerDay(startFact).high(), mgPerDay(startFact, FactField.DOSE)),
        mgPerDay(labelStep, FactField.STEP),
        mgPerDay(labelStep, FactField.UP_TO),
        usualDosesPerDay.high(),
        adultStepRule);
  }

  /** The usual range of doses a day (ADM-06), read from {@link #frequencyRange()}. */
  IntRange usualDosesPerDay() {
    return usualDosesPerDay;
  }

  /** The daily total of {@link #adultMaximum(Jurisdiction)} in mg. */
  BigDecimal adultMaximumMg(Jurisdiction jurisdiction) {
    return adultMaximaMg.get(jurisdiction);
  }

  /** The adult daily-total rule (POL-04-B/C), its amounts read once. */
  AdultStepRule adultStepRule() {
    return adultStepRule;
  }

  /**
   * The adult levels of a jurisdiction (DOSE-US-01-A/B, DOSE-UK-01-A/B, POL-04-E), under {@link
   * #adultStepRule()}.
   */
  AdultLadder adultLadder(Jurisdiction jurisdiction) {
    return adultLadders.get(jurisdiction);
  }

  /** The facts of one jurisdiction, found once when the planner is built. */
  private record Resolved(
      Fact adultAgeBand,
      Fact adultStart,
      Fact adultLabelStep,
      Fact adultMaximum,
      Optional<Fact> inpatientMaximum,
      Optional<Fact> childStart,
      Optional<Fact> childStep,
      List<Fact> childMaxima,
      Optional<Fact> tabletWeightLimit,
      Optional<Fact> childStartCeiling,
      List<Fact> childAgeStatements) {}

  /** The age from which adult dosing applies in a jurisdiction (DOSE-US-04, DOSE-UK-01-G). */
  Fact adultAgeBand(Jurisdiction jurisdiction) {
    return resolved.get(jurisdiction).adultAgeBand();
  }

  /** The adult starting dose per administration and its frequency (DOSE-US-01-A, DOSE-UK-01-A). */
  Fact adultStart(Jurisdiction jurisdiction) {
    return resolved.get(jurisdiction).adultStart();
  }

  /** The labelled per-dose titration step (DOSE-US-01-B, DOSE-UK-01-B). */
  Fact adultLabelStep(Jurisdiction jurisdiction) {
    return resolved.get(jurisdiction).adultLabelStep();
  }

  /** The daily-total step limit up to its {@code upTo} (POL-04-B). */
  Fact stepLimitUpTo() {
    return stepLimitUpTo;
  }

  /** The daily-total step limit above that (POL-04-C). */
  Fact stepLimitAbove() {
    return stepLimitAbove;
  }

  /** The lowest adult oral maximum outside hospital (DOSE-US-02, DOSE-UK-01-D). */
  Fact adultMaximum(Jurisdiction jurisdiction) {
    return resolved.get(jurisdiction).adultMaximum();
  }

  Optional<Fact> inpatientMaximum(Jurisdiction jurisdiction) {
    return resolved.get(jurisdiction).inpatientMaximum();
  }

  /** The usual range of doses a day (ADM-06: 2-4). */
  Fact frequencyRange() {
    return frequencyRange;
  }

  /** The caution for older people whose age band contains {@code ageYears} (GER-01-A). */
  Optional<Fact> elderlyCaution(int ageYears) {
    return elderlyCautions.stream().filter(f -> inAgeBand(f, ageYears)).findFirst();
  }

  Optional<Fact> childStart(Jurisdiction jurisdiction) {
    return resolved.get(jurisdiction).childStart();
  }

  Optional<Fact> childStep(Jurisdiction jurisdiction) {
    return resolved.get(jurisdiction).childStep();
  }

  /** The child maxima whose age band contains {@code ageYears} (PED-UK-01-D/E/F). */
  List<Fact> childMaxima(Jurisdiction jurisdiction, int ageYears) {
    return resolved.get(jurisdiction).childMaxima().stream()
        .filter(f -> inAgeBand(f, ageYears))
        .toList();
  }

  /** The weight below which a child should have the liquid, not tablets (PED-UK-01-G). */
  Optional<Fact> tabletWeightLimit(Jurisdiction jurisdiction) {
    return resolved.get(jurisdiction).tabletWeightLimit();
  }

  /** The highest acceptable child starting dose (POL-04-D). */
  Optional<Fact> childStartCeiling(Jurisdiction jurisdiction) {
    return resolved.get(jurisdiction).childStartCeiling();
  }

  /** Statements of the jurisdiction that no oral dose is established at this age (PED-US-01). */
  List<Fact> childNotEstablished(Jurisdiction jurisdiction, int ageYears) {
    return resolved.get(jurisdiction).childAgeStatements().stream()
        .filter(f -> inAgeBand(f, ageYears))
        .toList();
  }

  /** The oral taper pace (WD-04-A). */
  Fact taper() {
    return taper;
  }

  /** The facts of one kind, in pack order. */
  Stream<Fact> ofKind(FactKind kind) {
    return byKind.getOrDefault(kind, List.of()).stream();
  }

  /** The age from which adult dosing applies in a jurisdiction (DOSE-US-04, DOSE-UK-01-G). */
  private Fact findAdultAgeBand(Jurisdiction jurisdiction) {
    return one(
        "the adult age band for " + jurisdiction,
        oral(FactKind.STATEMENT, Population.ADULT)
            .filter(named(jurisdiction))
            .filter(f -> f.scope().ageFromYears().isPresent()));
  }

  int adultFromYears(Jurisdiction jurisdiction) {
    return adultAgeBand(jurisdiction).scope().ageFromYears().getAsInt();
  }

  /** The adult starting dose per administration and its frequency (DOSE-US-01-A, DOSE-UK-01-A). */
  private Fact findAdultStart(Jurisdiction jurisdiction) {
    return one(
        "the adult start dose for " + jurisdiction,
        oral(FactKind.START_DOSE, Population.ADULT)
            .filter(named(jurisdiction))
            .filter(f -> f.values().has(FactField.DOSE)));
  }

  /** The labelled per-dose titration step (DOSE-US-01-B, DOSE-UK-01-B). */
  private Fact findAdultLabelStep(Jurisdiction jurisdiction) {
    return one(
        "the adult titration step for " + jurisdiction,
        oral(FactKind.TITRATION_STEP, Population.ADULT)
            .filter(named(jurisdiction))
            .filter(f -> stepDimension(f) == Dimension.MASS));
  }

  /** The daily-total step limit up to its {@code upTo} (POL-04-B). */
  private Fact findStepLimitUpTo() {
    return one(
        "the daily titration limit with an upper end",
        dailyStepLimits().filter(f -> f.values().has(FactField.UP_TO)));
  }

  /** The daily-total step limit above that (POL-04-C). */
  private Fact findStepLimitAbove() {
    return one(
        "the daily titration limit above its upper end",
        dailyStepLimits().filter(f -> !f.values().has(FactField.UP_TO)));
  }

  /** The lowest adult oral maximum outside hospital (DOSE-US-02, DOSE-UK-01-D). */
  private Fact findAdultMaximum(Jurisdiction jurisdiction) {
    return oral(FactKind.MAXIMUM_DOSE, Population.ADULT)
        .filter(f -> f.scope().appliesIn(jurisdiction))
        .filter(f -> setting(f).map(s -> s == Setting.OUTPATIENT).orElse(true))
        .min(Comparator.comparing(f -> mgPerDay(f, FactField.MAX)))
        .orElseThrow(() -> missing("the adult maximum for " + jurisdiction));
  }

  private Optional<Fact> findInpatientMaximum(Jurisdiction jurisdiction) {
    return oral(FactKind.MAXIMUM_DOSE, Population.ADULT)
        .filter(f -> f.scope().appliesIn(jurisdiction))
        .filter(f -> setting(f).map(s -> s == Setting.HOSPITAL_INPATIENT).orElse(false))
        .findFirst();
  }

  /** The usual range of doses a day (ADM-06: 2-4). */
  private Fact findFrequencyRange() {
    return oralAnyPopulation(FactKind.DOSE_FREQUENCY)
        .filter(f -> timesPerDay(f).low() < timesPerDay(f).high())
        .findFirst()
        .orElseThrow(() -> missing("a range of doses a day"));
  }

  private List<Fact> findElderlyCautions() {
    return ofKind(FactKind.CAUTION)
        .filter(f -> f.scope().population().map(p -> p == Population.ELDERLY).orElse(false))
        .filter(f -> f.scope().ageFromYears().isPresent())
        .filter(f -> f.values().allReferences().isEmpty())
        .toList();
  }

  private Optional<Fact> findChildStart(Jurisdiction jurisdiction) {
    return oral(FactKind.START_DOSE, Population.CHILD).filter(named(jurisdiction)).findFirst();
  }

  private Optional<Fact> findChildStep(Jurisdiction jurisdiction) {
    return oral(FactKind.TITRATION_STEP, Population.CHILD).filter(named(jurisdiction)).findFirst();
  }

  private List<Fact> findChildMaxima(Jurisdiction jurisdiction) {
    return oral(FactKind.MAXIMUM_DOSE, Population.CHILD)
        .filter(f -> f.scope().appliesIn(jurisdiction))
        .toList();
  }

  /** The weight below which a child should have the liquid, not tablets (PED-UK-01-G). */
  private Optional<Fact> findTabletWeightLimit(Jurisdiction jurisdiction) {
    return oral(FactKind.STATEMENT, Population.CHILD)
        .filter(named(jurisdiction))
        .filter(f -> f.scope().weightBelowKg().isPresent())
        .findFirst();
  }

  /** The highest acceptable child starting dose (POL-04-D). */
  private Optional<Fact> findChildStartCeiling(Jurisdiction jurisdiction) {
    return oral(FactKind.THRESHOLD, Population.CHILD).filter(named(jurisdiction)).findFirst();
  }

  private List<Fact> findChildAgeStatements(Jurisdiction jurisdiction) {
    return oral(FactKind.STATEMENT, Population.CHILD)
        .filter(named(jurisdiction))
        .filter(f -> f.scope().route().isPresent())
        .filter(f -> f.scope().ageBelowYears().isPresent())
        .toList();
  }

  /** The oral taper pace (WD-04-A). */
  private Fact findTaper() {
    return one(
        "the oral taper pace",
        ofKind(FactKind.TAPER)
            .filter(f -> f.scope().route().map(r -> r == Route.ORAL).orElse(true)));
  }

  Fact byId(String id) {
    return knowledge.fact(id).orElseThrow(() -> missing(id));
  }

  Optional<Fact> maybe(String id) {
    return knowledge.fact(id);
  }

  static IntRange timesPerDay(Fact fact) {
    return fact.values()
        .countRange(FactField.TIMES_PER_DAY)
        .orElseThrow(() -> new IllegalStateException(fact.id() + " has no timesPerDay"));
  }

  static int intervalDays(Fact fact) {
    return fact.values()
        .count(FactField.INTERVAL_DAYS)
        .orElseThrow(() -> new IllegalStateException(fact.id() + " has no intervalDays"));
  }

  /** A field in mg (amounts) or mg/day (daily doses); mg/kg/day is not converted here. */
  static BigDecimal mgPerDay(Fact fact, FactField field) {
    Quantity q =
        fact.values()
            .quantity(field)
            .orElseThrow(() -> new IllegalStateException(fact.id() + " has no " + field.key()));
    return switch (q.dimension()) {
      case MASS -> Amounts.normal(q.to(Unit.MG).amount());
      case DAILY_DOSE -> Amounts.normal(q.to(Unit.MG_PER_DAY).amount());
      case WEIGHT_BASED_DAILY_DOSE -> Amounts.normal(q.amount());
      default ->
          throw new IllegalStateException(
              fact.id() + "." + field.key() + " is " + q + ", not a dose");
    };
  }

  static boolean weightBased(Fact fact, FactField field) {
    return fact.values()
        .quantity(field)
        .map(q -> q.dimension() == Dimension.WEIGHT_BASED_DAILY_DOSE)
        .orElse(false);
  }

  static boolean inAgeBand(Fact fact, int ageYears) {
    return fact.scope().ageFromYears().orElse(0) <= ageYears
        && fact.scope().ageBelowYears().orElse(Integer.MAX_VALUE) > ageYears;
  }

  private Stream<Fact> dailyStepLimits() {
    return oral(FactKind.TITRATION_STEP, Population.ADULT)
        .filter(f -> f.scope().jurisdiction().isEmpty())
        .filter(f -> stepDimension(f) == Dimension.DAILY_DOSE);
  }

  private static Dimension stepDimension(Fact fact) {
    return fact.values().quantity(FactField.STEP).orElseThrow().dimension();
  }

  private static Optional<Setting> setting(Fact fact) {
    return fact.values().choice(FactField.SETTING, Setting.class);
  }

  /** Facts of a kind for the oral route (or any route) and one population. */
  private Stream<Fact> oral(FactKind kind, Population population) {
    return oralAnyPopulation(kind)
        .filter(f -> f.scope().population().map(p -> p == population).orElse(false));
  }

  private Stream<Fact> oralAnyPopulation(FactKind kind) {
    return ofKind(kind).filter(f -> f.scope().route().map(r -> r == Route.ORAL).orElse(true));
  }

  private static Predicate<Fact> named(Jurisdiction jurisdiction) {
    return f -> f.scope().jurisdiction().map(jurisdiction::equals).orElse(false);
  }

  private static Fact one(String what, Stream<Fact> candidates) {
    List<Fact> found = candidates.toList();
    if (found.size() != 1) {
      throw new IllegalStateException(
          "the pack must hold exactly one fact for "
              + what
              + ", found "
              + found.stream().map(Fact::id).toList());
    }
    return found.get(0);
  }

  private static IllegalStateException missing(String what) {
    return new IllegalStateException("the pack has no fact for " + what);
  }
}
