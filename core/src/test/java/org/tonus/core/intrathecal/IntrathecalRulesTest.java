package org.tonus.core.intrathecal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tonus.core.knowledge.DoseChangePhase;
import org.tonus.core.knowledge.FactField;
import org.tonus.core.knowledge.FactKind;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.knowledge.Knowledge;
import org.tonus.core.knowledge.KnowledgeLoader;
import org.tonus.core.knowledge.SpasticityOrigin;
import org.tonus.core.patient.Patient;
import org.tonus.core.quantity.Unit;

/** The planners agree with the pack's own words, and reject requests that cannot exist. */
class IntrathecalRulesTest {
  private static final Knowledge KNOWLEDGE = KnowledgeLoader.loadBundled();

  @Test
  void theDefaultRefillMarginIsTheOneThePolicyFactStates() {
    assertThat(KNOWLEDGE.fact("IT-13-G").orElseThrow().text())
        .contains(PumpRefillRequest.DEFAULT_MARGIN_DAYS + " days");
  }

  @Test
  void theRateRoundingIsTheOneThePolicyFactStates() {
    assertThat(Rates.SCALE).isEqualTo(6);
    assertThat(KNOWLEDGE.fact("IT-13-F").orElseThrow().text()).contains("sixth decimal place");
  }

  @Test
  void screeningVolumesAreTheOnesThePackWritesDown() {
    IntrathecalFacts facts = new IntrathecalFacts(KNOWLEDGE);
    KNOWLEDGE
        .facts()
        .filter(f -> f.kind() == FactKind.SCREENING_DOSE)
        .filter(f -> f.values().has(FactField.VOLUME_VALUE))
        .forEach(
            f -> {
              BigDecimal written =
                  f.values().quantity(FactField.VOLUME_VALUE).orElseThrow().to(Unit.ML).amount();
              assertThat(facts.screening())
                  .filteredOn(s -> s.factId().equals(f.id()))
                  .singleElement()
                  .satisfies(s -> assertThat(s.volumeMl()).isEqualByComparingTo(written));
            });
  }

  @Test
  void aRequestWhoseTodayIsBeforeTheRefillCannotExist() {
    assertThatThrownBy(
            () ->
                PumpRefillRequest.of(
                        Jurisdiction.US,
                        LocalDate.of(2026, 3, 2),
                        "20 mL",
                        "500 mcg/mL",
                        "300 mcg/day",
                        "2 mL")
                    .withToday(LocalDate.of(2026, 3, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("today 2026-03-01 is before refillDate 2026-03-02");
  }

  @Test
  void aNegativeMarginCannotExist() {
    assertThatThrownBy(
            () ->
                PumpRefillRequest.of(
                        Jurisdiction.US,
                        LocalDate.of(2026, 3, 2),
                        "20 mL",
                        "500 mcg/mL",
                        "300 mcg/day",
                        "2 mL")
                    .withMarginDays(-1))
        .hasMessage("marginDays -1 must be 0 or more");
  }

  @Test
  void aNegativeEffectCannotExist() {
    assertThatThrownBy(
            () ->
                IntrathecalStartRequest.of(
                    Jurisdiction.US,
                    Patient.aged(40),
                    "50 mcg",
                    "-1",
                    SpasticityOrigin.SPINAL,
                    "500 mcg/mL"))
        .hasMessage("effectHours -1 must be 0 or more");
  }

  @Test
  void aChangeFromNothingIsAStartNotAChange() {
    IntrathecalStartPlanner planner = new IntrathecalStartPlanner(KNOWLEDGE);
    assertThatThrownBy(
            () ->
                planner.judgeChange(
                    Patient.aged(40),
                    BigDecimal.ZERO,
                    new BigDecimal("100"),
                    SpasticityOrigin.SPINAL,
                    DoseChangePhase.TITRATION))
        .hasMessage("currentMcgPerDay 0 must be above 0; a first dose is a start, not a change");
  }

  @Test
  void everyCitedRuleIsAFactOfThePack() {
    PumpRefillOutcome refill =
        new PumpRefillCalculator(KNOWLEDGE)
            .calculate(
                PumpRefillRequest.of(
                        Jurisdiction.US,
                        LocalDate.of(2026, 3, 2),
                        "20 mL",
                        "500 mcg/mL",
                        "1500 mcg/day",
                        "2 mL")
                    .withToday(LocalDate.of(2026, 3, 30)));
    assertThat(refill.rules()).allSatisfy(id -> assertThat(KNOWLEDGE.fact(id)).isPresent());
    assertThat(refill.sources()).allSatisfy(id -> assertThat(KNOWLEDGE.source(id)).isPresent());
  }
}
