package org.tonus.core.intrathecal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.tonus.core.knowledge.DoseChangePhase;
import org.tonus.core.knowledge.FactField;
import org.tonus.core.knowledge.FactKind;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.knowledge.Knowledge;
import org.tonus.core.knowledge.KnowledgeLoader;
import org.tonus.core.knowledge.SpasticityOrigin;
import org.tonus.core.patient.Patient;
import org.tonus.core.quantity.Quantity;
import org.tonus.core.quantity.Unit;

/** Invariants of the intrathecal planners over many generated requests. */
class IntrathecalPropertiesTest {
  private static final Knowledge KNOWLEDGE = KnowledgeLoader.loadBundled();
  private static final PumpRefillCalculator PUMP = new PumpRefillCalculator(KNOWLEDGE);
  private static final IntrathecalStartPlanner PLANNER = new IntrathecalStartPlanner(KNOWLEDGE);

  /** The largest rise any dose-change cap of the pack allows, in percent. */
  private static final BigDecimal LARGEST_CAP =
      KNOWLEDGE
          .facts()
          .filter(f -> f.kind() == FactKind.DOSE_CHANGE_CAP)
          .map(f -> f.values().range(FactField.INCREASE).orElseThrow().high().amount())
          .max(BigDecimal::compareTo)
          .orElseThrow();

  @Provide
  Arbitrary<String> usConcentrations() {
    return Arbitraries.of("50 mcg/mL", "500 mcg/mL", "1000 mcg/mL", "2000 mcg/mL", "2 mg/mL");
  }

  @Property
  void daysToReserveNeverUseMoreThanTheUsableDrug(
      @ForAll @IntRange(min = 2, max = 400) int volumeTenths,
      @ForAll @IntRange(min = 0, max = 399) int reserveTenths,
      @ForAll("usConcentrations") String concentration,
      // From 3 mcg/day: 40 mL of 2000 mcg/mL then lasts at most 26,667 days; a dose so small that
      // the reservoir outlasts 36,500 days is refused instead (see
      // refillsPastAnyCalendarAreRefused).
      @ForAll @IntRange(min = 30, max = 30000) int dailyTenthsMcg,
      @ForAll @IntRange(min = 0, max = 2000) int bolusTenthsMcg,
      @ForAll @IntRange(min = 0, max = 60) int marginDays) {
    int reserve = reserveTenths % volumeTenths;
    PumpRefillOutcome outcome =
        PUMP.calculate(
            new PumpRefillRequest(
                Jurisdiction.US,
                LocalDate.of(2026, 1, 15),
                new Quantity(BigDecimal.valueOf(volumeTenths, 1), Unit.ML),
                Quantity.parse(concentration),
                new Quantity(BigDecimal.valueOf(dailyTenthsMcg, 1), Unit.MCG_PER_DAY),
                Optional.of(new Quantity(BigDecimal.valueOf(bolusTenthsMcg, 1), Unit.MCG_PER_DAY)),
                new Quantity(BigDecimal.valueOf(reserve, 1), Unit.ML),
                OptionalInt.of(marginDays),
                Optional.empty(),
                Optional.empty()));

    assertThat(outcome).isInstanceOf(PumpRefill.class);
    PumpRefill refill = (PumpRefill) outcome;
    BigDecimal perDay = refill.totalDailyMcg();
    BigDecimal days = BigDecimal.valueOf(refill.daysToReserve());
    assertThat(days.multiply(perDay)).isLessThanOrEqualTo(refill.usableMcg());
    assertThat(days.add(BigDecimal.ONE).multiply(perDay)).isGreaterThan(refill.usableMcg());
    assertThat(BigDecimal.valueOf(refill.daysToEmpty()).multiply(perDay))
        .isLessThanOrEqualTo(refill.totalMcg());
    assertThat(refill.refillDueBy())
        .isAfterOrEqualTo(refill.refillDate())
        .isBeforeOrEqualTo(refill.alarmDate());
    assertThat(refill.rateMlPerDay().multiply(refill.concentrationMcgPerMl()))
        .isEqualByComparingTo(perDay);
  }

  @Property
  void theNextDayMaximumNeverExceedsTheCap(
      @ForAll @IntRange(min = 4, max = 95) int age,
      @ForAll("screeningDoses") String screeningDose,
      @ForAll @IntRange(min = 0, max = 48) int effectHours,
      @ForAll SpasticityOrigin origin,
      @ForAll("usConcentrations") String concentration) {
    Patient patient = Patient.aged(age);
    IntrathecalStartOutcome outcome =
        PLANNER.plan(
            IntrathecalStartRequest.of(
                Jurisdiction.US,
                patient,
                screeningDose,
                Integer.toString(effectHours),
                origin,
                concentration));

    assertThat(outcome).isInstanceOf(IntrathecalStartPlan.class);
    IntrathecalStartPlan plan = (IntrathecalStartPlan) outcome;
    BigDecimal initial = plan.initialDailyDoseMcg();
    BigDecimal ceiling = initial.multiply(BigDecimal.ONE.add(LARGEST_CAP.movePointLeft(2)));
    assertThat(plan.maxNextDayDoseMcg()).isLessThanOrEqualTo(ceiling);

    DoseChangeJudgement atMaximum =
        PLANNER.judgeChange(
            patient, initial, plan.maxNextDayDoseMcg(), origin, DoseChangePhase.TITRATION);
    DoseChangeJudgement aboveMaximum =
        PLANNER.judgeChange(
            patient,
            initial,
            plan.maxNextDayDoseMcg().add(new BigDecimal("0.01")),
            origin,
            DoseChangePhase.TITRATION);
    assertThat(atMaximum.withinCap()).isTrue();
    assertThat(aboveMaximum.withinCap()).isFalse();
  }

  @Provide
  Arbitrary<String> screeningDoses() {
    return Arbitraries.of("25 mcg", "50 mcg", "75 mcg", "100 mcg");
  }

  @Property
  void aChangeWithinTheCapIsNeverAboveTheLargestCap(
      @ForAll @IntRange(min = 1, max = 200) int age,
      @ForAll @IntRange(min = 1, max = 30000) int currentTenths,
      @ForAll @IntRange(min = 0, max = 60000) int proposedTenths,
      @ForAll SpasticityOrigin origin,
      @ForAll DoseChangePhase phase) {
    BigDecimal current = BigDecimal.valueOf(currentTenths, 1);
    BigDecimal proposed = BigDecimal.valueOf(proposedTenths, 1);
    DoseChangeJudgement judgement =
        PLANNER.judgeChange(Patient.aged(age % 100), current, proposed, origin, phase);

    if (judgement.withinCap()) {
      assertThat(proposed).isPositive().isLessThanOrEqualTo(judgement.highestAllowedMcgPerDay());
      assertThat(judgement.highestAllowedMcgPerDay())
          .isLessThanOrEqualTo(current.multiply(BigDecimal.ONE.add(LARGEST_CAP.movePointLeft(2))));
    } else {
      assertThat(judgement.alerts()).isNotEmpty();
    }
  }

  @Example
  void refillsPastAnyCalendarAreRefused() {
    // 20 mL x 2000 mcg/mL = 40000 mcg; at 1 mcg/day that is 40000 days, past 36500.
    PumpRefillOutcome outcome =
        PUMP.calculate(
            PumpRefillRequest.of(
                Jurisdiction.US,
                LocalDate.of(2026, 1, 15),
                "20 mL",
                "2000 mcg/mL",
                "1 mcg/day",
                "2 mL"));

    assertThat(outcome.alerts())
        .singleElement()
        .satisfies(alert -> assertThat(alert.message()).contains("last more than 36500 days"));
  }
}
