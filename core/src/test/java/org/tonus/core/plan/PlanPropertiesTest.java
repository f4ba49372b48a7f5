package org.tonus.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.tonus.core.alert.AlertCode;
import org.tonus.core.knowledge.Fact;
import org.tonus.core.knowledge.FactField;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.knowledge.Knowledge;
import org.tonus.core.knowledge.KnowledgeLoader;
import org.tonus.core.patient.Patient;
import org.tonus.core.patient.Sex;
import org.tonus.core.quantity.Unit;

/**
 * Invariants over many random patients and requests: no step above its maximum, no rise larger or
 * sooner than the rule, every taper ending at zero without a cut larger than the rule, tablets
 * always adding up to the dose. The rule's numbers are read here from the facts by id, apart from
 * the planner's own code.
 */
class PlanPropertiesTest {
  static final Knowledge KNOWLEDGE = KnowledgeLoader.loadBundled();
  static final TitrationPlanner TITRATION = new TitrationPlanner(KNOWLEDGE);
  static final TaperPlanner TAPER = new TaperPlanner(KNOWLEDGE);
  static final LocalDate START = LocalDate.of(2026, 11, 23);

  @Property(tries = 400)
  void noStepIsAboveTheApplicableMaximum(@ForAll("titrations") TitrationRequest request) {
    TitrationOutcome outcome = TITRATION.titrate(request);
    Statistics.collect(outcome.getClass().getSimpleName());
    if (!(outcome instanceof TitrationPlan plan)) {
      return;
    }
    BigDecimal ceiling = independentMaximum(request);
    assertThat(plan.maximumDailyMg()).isLessThanOrEqualTo(ceiling);
    assertThat(plan.steps())
        .allSatisfy(s -> assertThat(s.dailyMg()).isLessThanOrEqualTo(plan.maximumDailyMg()));
    request.targetDailyMg().ifPresent(t -> assertThat(plan.finalDailyMg()).isLessThanOrEqualTo(t));
  }

  @Property(tries = 400)
  void noRiseIsLargerOrSoonerThanTheRule(@ForAll("titrations") TitrationRequest request) {
    TitrationOutcome outcome = TITRATION.titrate(request);
    if (!(outcome instanceof TitrationPlan plan)) {
      return;
    }
    Optional<BigDecimal> childWeight = childWeight(request.jurisdiction(), request.patient());
    PlanStep first = plan.steps().get(0);
    assertThat(first.dailyMg())
        .isLessThanOrEqualTo(largestStart(request.jurisdiction(), childWeight));
    for (int i = 1; i < plan.steps().size(); i++) {
      PlanStep before = plan.steps().get(i - 1);
      PlanStep after = plan.steps().get(i);
      assertThat(after.dailyMg()).isGreaterThan(before.dailyMg());
      assertThat(before.days()).isGreaterThanOrEqualTo(interval(childWeight));
      assertThat(after.dailyMg().subtract(before.dailyMg()))
          .isLessThanOrEqualTo(
              allowed(childWeight, before.dailyMg(), after.dailyMg(), before.days()));
    }
  }

  @Property(tries = 400)
  void everyTaperEndsAtZeroWithoutACutLargerThanTheRule(@ForAll("tapers") TaperRequest request) {
    TaperOutcome outcome = TAPER.taper(request);
    Statistics.collect(outcome.getClass().getSimpleName());
    if (!(outcome instanceof TaperPlan plan)) {
      return;
    }
    Optional<BigDecimal> childWeight = childWeight(request.jurisdiction(), request.patient());
    assertThat(plan.steps().get(plan.steps().size() - 1).dailyMg()).isZero();
    BigDecimal previous = request.current().dailyMg();
    int held = interval(childWeight); // the current regimen counts as held one interval
    for (PlanStep step : plan.steps()) {
      BigDecimal cut = previous.subtract(step.dailyMg());
      assertThat(cut).isNotNegative();
      if (cut.signum() > 0) {
        assertThat(held).isGreaterThanOrEqualTo(interval(childWeight));
        assertThat(cut).isLessThanOrEqualTo(allowed(childWeight, step.dailyMg(), previous, held));
        held = 0;
      }
      previous = step.dailyMg();
      held += step.days();
    }
    int minimum = taperFact().values().count(FactField.MINIMUM_DAYS).orElseThrow();
    boolean lastStepAlready =
        plan.alerts().stream()
            .anyMatch(
                a ->
                    a.code() == AlertCode.ABRUPT_STOP_RISK
                        && a.evidence().containsKey("currentDailyMg"));
    if (!lastStepAlready) {
      assertThat(plan.days()).isGreaterThanOrEqualTo(minimum);
      request.days().ifPresent(d -> assertThat(plan.days()).isGreaterThanOrEqualTo(d));
      // the plan, offered back as a proposal, passes the planner's own judge: no alert is added
      TaperOutcome judged = TAPER.taper(request.withProposal(asProposal(plan)));
      assertThat(judged.alerts()).hasSameSizeAs(plan.alerts());
    }
  }

  @Property(tries = 1000)
  void tabletsAlwaysAddUpExactlyToTheDose(
      @ForAll("jurisdictions") Jurisdiction jurisdiction,
      @ForAll("strengthLists") List<BigDecimal> strengths,
      @ForAll boolean halves,
      @ForAll("doses") BigDecimal dose) {
    TabletSplitter splitter =
        TabletSplitter.forJurisdiction(KNOWLEDGE, jurisdiction, strengths, halves);

    Preparation made = splitter.split(dose);
    Statistics.collect(made.getClass().getSimpleName());

    if (made instanceof DoseInTablets tablets) {
      assertThat(tablets.totalMg()).isEqualByComparingTo(dose);
      assertThat(tablets.tablets())
          .allSatisfy(t -> assertThat(splitter.strengthsMg()).contains(t.strengthMg()))
          .allSatisfy(
              t -> {
                boolean hasHalf = t.count().stripTrailingZeros().scale() > 0;
                if (hasHalf) {
                  assertThat(halves).isTrue();
                  assertThat(scored(jurisdiction, t.strengthMg())).isTrue();
                }
              });
    } else {
      assertThat(made).isInstanceOf(NotMakeable.class);
    }
  }

  static ProposedTaper asProposal(TaperPlan plan) {
    return new ProposedTaper(
        plan.steps().stream()
            .filter(st -> !st.level().isNone())
            .map(st -> new ProposedTaper.Step(st.level(), st.days()))
            .toList());
  }

  // ---- generators

  @Provide
  Arbitrary<Jurisdiction> jurisdictions() {
    return Arbitraries.of(Jurisdiction.values());
  }

  @Provide
  Arbitrary<BigDecimal> doses() {
    // doses on the 5 mg and 2.5 mg grids that real schedules use, and on a finer 0.5 mg grid
    return Arbitraries.oneOf(
        Arbitraries.integers().between(1, 40).map(n -> BigDecimal.valueOf(n * 5L)),
        Arbitraries.integers().between(1, 80).map(n -> BigDecimal.valueOf(n * 25L, 1)),
        Arbitraries.integers().between(1, 400).map(n -> BigDecimal.valueOf(n * 5L, 1)));
  }

  @Provide
  Arbitrary<List<BigDecimal>> strengthLists() {
    // half the time the jurisdiction's own strengths, otherwise a prescriber's list
    return Arbitraries.oneOf(
        Arbitraries.just(List.of()),
        Arbitraries.of("5", "10", "15", "20", "25", "2.5")
            .map(BigDecimal::new)
            .list()
            .ofMinSize(1)
            .ofMaxSize(3));
  }

  @Provide
  Arbitrary<Patient> patients() {
    Arbitrary<Integer> ages = Arbitraries.integers().between(0, 100);
    Arbitrary<Optional<String>> weights =
        Arbitraries.integers().between(3, 150).map(Object::toString).optional(0.85);
    Arbitrary<Optional<String>> clearances =
        Arbitraries.integers().between(5, 150).map(Object::toString).optional(0.4);
    Arbitrary<Boolean> dialysis = Arbitraries.of(true, false, false, false, false, false);
    Arbitrary<Boolean> inpatient = Arbitraries.of(true, false, false);
    return Combinators.combine(ages, weights, clearances, dialysis, inpatient)
        .as(
            (age, weight, clearance, onDialysis, inHospital) -> {
              Patient p = Patient.aged(age).withSex(Sex.MALE);
              if (weight.isPresent()) {
                p = p.withWeightKg(weight.get());
              }
              if (clearance.isPresent()) {
                p = p.withCreatinineClearanceMlMin(clearance.get());
              }
              return p.withDialysis(onDialysis).withHospitalInpatient(inHospital);
            })
        .withoutEdgeCases();
  }

  @Provide
  Arbitrary<TitrationRequest> titrations() {
    Arbitrary<Optional<BigDecimal>> targets =
        Arbitraries.integers()
            .between(1, 240)
            .map(n -> BigDecimal.valueOf(n).divide(BigDecimal.valueOf(2)))
            .optional(0.4);
    Arbitrary<Optional<String>> liquids = Arbitraries.of("1", "2", "5").optional(0.2);
    return Combinators.combine(
            jurisdictions(),
            patients(),
            targets,
            strengthLists(),
            Arbitraries.of(true, false),
            liquids)
        .as(
            (j, p, target, strengths, halves, liquid) -> {
              TitrationRequest r =
                  new TitrationRequest(
                      j, p, START, target, strengths, halves, liquid.map(BigDecimal::new));
              return r;
            });
  }

  @Provide
  Arbitrary<TaperRequest> tapers() {
    Arbitrary<DoseLevel> current =
        Combinators.combine(
                Arbitraries.integers().between(1, 4),
                Arbitraries.integers().between(1, 12).map(n -> BigDecimal.valueOf(n * 25L, 1)))
            .as(DoseLevel::new);
    Arbitrary<Optional<Integer>> days = Arbitraries.integers().between(0, 60).optional(0.5);
    Arbitrary<Optional<String>> liquids = Arbitraries.of("1", "2").optional(0.3);
    return Combinators.combine(
            jurisdictions(), patients(), current, days, Arbitraries.of(true, false), liquids)
        .as(
            (j, p, level, d, halves, liquid) ->
                new TaperRequest(
                    j,
                    p,
                    START,
                    level,
                    d.map(java.util.OptionalInt::of).orElse(java.util.OptionalInt.empty()),
                    Optional.empty(),
                    List.of(),
                    halves,
                    liquid.map(BigDecimal::new)));
  }

  // ---- the rule, read from the facts by id

  static Fact fact(String id) {
    return KNOWLEDGE.fact(id).orElseThrow();
  }

  static Fact taperFact() {
    return fact("WD-04-A");
  }

  static BigDecimal mgPerDay(String id, FactField field) {
    return KNOWLEDGE.fact(id).orElseThrow().values().quantity(field).orElseThrow().amount();
  }

  /**
   * A UK child's weight when the child rules apply (under 18 with a weight); empty for adult rules.
   */
  static Optional<BigDecimal> childWeight(Jurisdiction jurisdiction, Patient patient) {
    boolean ukChild =
        jurisdiction == Jurisdiction.UK
            && patient.ageYears() < fact("DOSE-UK-01-G").scope().ageFromYears().getAsInt();
    return ukChild ? patient.weightKg() : Optional.empty();
  }

  static int interval(Optional<BigDecimal> childWeight) {
    return childWeight.isPresent()
        ? fact("PED-UK-01-H").values().count(FactField.INTERVAL_DAYS).orElseThrow()
        : fact("POL-04-B").values().count(FactField.INTERVAL_DAYS).orElseThrow();
  }

  /**
   * POL-04-B up to its upTo, POL-04-C above; PED-UK-01-H x weight per interval held for a child.
   */
  static BigDecimal allowed(
      Optional<BigDecimal> childWeight, BigDecimal lower, BigDecimal upper, int heldDays) {
    if (childWeight.isPresent()) {
      BigDecimal step = mgPerDay("PED-UK-01-H", FactField.STEP).multiply(childWeight.get());
      return step.multiply(BigDecimal.valueOf(heldDays / interval(childWeight)));
    }
    BigDecimal upTo = mgPerDay("POL-04-B", FactField.UP_TO);
    return upper.compareTo(upTo) <= 0
        ? mgPerDay("POL-04-B", FactField.STEP)
        : mgPerDay("POL-04-C", FactField.STEP);
  }

  /** The largest first step: POL-04-A for adults, POL-04-D x weight for a UK child. */
  static BigDecimal largestStart(Jurisdiction jurisdiction, Optional<BigDecimal> childWeight) {
    return childWeight
        .map(w -> mgPerDay("POL-04-D", FactField.ABOVE).multiply(w))
        .orElseGet(() -> mgPerDay("POL-04-A", FactField.DAILY));
  }

  /** The jurisdiction's ceiling for the patient, from the maxima facts by id. */
  static BigDecimal independentMaximum(TitrationRequest request) {
    Patient patient = request.patient();
    Optional<BigDecimal> child = childWeight(request.jurisdiction(), patient);
    if (child.isPresent()) {
      BigDecimal byAge =
          patient.ageYears() < fact("PED-UK-01-D").scope().ageBelowYears().getAsInt()
              ? mgPerDay("PED-UK-01-D", FactField.MAX)
              : mgPerDay("PED-UK-01-E", FactField.MAX);
      return byAge.min(mgPerDay("PED-UK-01-F", FactField.MAX).multiply(child.get()));
    }
    return request.jurisdiction() == Jurisdiction.US
        ? mgPerDay("DOSE-US-02", FactField.MAX)
        : mgPerDay("DOSE-UK-01-D", FactField.MAX);
  }

  static boolean scored(Jurisdiction jurisdiction, BigDecimal strength) {
    return KNOWLEDGE
        .facts()
        .filter(f -> f.kind() == org.tonus.core.knowledge.FactKind.PRODUCT)
        .filter(f -> f.scope().appliesIn(jurisdiction))
        .filter(
            f ->
                f.values()
                    .quantity(FactField.STRENGTH)
                    .map(q -> q.to(Unit.MG).amount().compareTo(strength) == 0)
                    .orElse(false))
        .anyMatch(
            f ->
                f.values()
                        .choice(FactField.SCORED, org.tonus.core.knowledge.YesNoUnknown.class)
                        .orElse(org.tonus.core.knowledge.YesNoUnknown.UNKNOWN)
                    == org.tonus.core.knowledge.YesNoUnknown.YES);
  }
}
