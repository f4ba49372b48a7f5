package org.tonus.core.supply;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.knowledge.Knowledge;
import org.tonus.core.knowledge.KnowledgeLoader;
import org.tonus.core.sig.Parsed;
import org.tonus.core.sig.Sig;
import org.tonus.core.sig.SigParse;
import org.tonus.core.sig.SigParser;

/** Days' supply straight from the directions a pharmacist reads, worked cases in the CSV. */
class SigSupplyTest {
  static Knowledge knowledge;
  static SigParser parser;

  @BeforeAll
  static void load() {
    knowledge = KnowledgeLoader.loadBundled();
    parser = new SigParser(knowledge, Jurisdiction.US);
  }

  @ParameterizedTest(name = "{0}: {6}")
  @CsvFileSource(resources = "/supply/sig-supply-cases.csv", numLinesToSkip = 1)
  void aSigIsCountedAtItsLargestUse(
      String sig,
      String quantity,
      DispensedUnit unit,
      String unitsPerDay,
      String dailyMg,
      long daysSupply,
      String arithmetic) {
    SupplySchedule schedule = SigSupply.of(parse(sig));

    assertThat(schedule).isInstanceOf(SupplySchedule.Countable.class);
    SupplySchedule.Countable countable = (SupplySchedule.Countable) schedule;
    assertThat(countable.unit()).isEqualTo(unit);
    SupplyResult result =
        new SupplyCalculator(knowledge)
            .calculate(
                SupplyRequest.of(countable.steps(), quantity, unit, LocalDate.parse("2026-11-23")));
    assertThat(result.unitsPerDay()).isEqualByComparingTo(unitsPerDay);
    assertThat(result.dailyMg())
        .hasValueSatisfying(mg -> assertThat(mg).isEqualByComparingTo(dailyMg));
    assertThat(result.daysSupply()).isEqualTo(daysSupply);
  }

  @Test
  void aScheduleWrittenAsOneSigIsWalkedStepByStep() {
    // 1/2 tab hs x3 days = 1.5 tablets; 1/2 tab bid x3 days = 3 tablets; then 1/2 tab tid = 1.5 a
    // day.
    // 30 tablets: 1.5 + 3 = 4.5 in the first 6 days; 25.5 left / 1.5 = 17 days; 6 + 17 = 23 days.
    Sig sig =
        parse("baclofen 10 mg tab: 1/2 tab hs x3 days, then 1/2 tab bid x3 days, then 1/2 tab tid");

    SupplySchedule.Countable schedule = (SupplySchedule.Countable) SigSupply.of(sig);
    SupplyResult result =
        new SupplyCalculator(knowledge)
            .calculate(
                SupplyRequest.of(
                    schedule.steps(), "30", DispensedUnit.TABLET, LocalDate.parse("2026-11-23")));

    assertThat(schedule.steps())
        .extracting(SupplyStep::unitsPerDay)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("0.5"), BigDecimal.ONE, new BigDecimal("1.5"));
    assertThat(result.daysSupply()).isEqualTo(23);
  }

  @Test
  void aDoseWithoutStrengthOrCountCannotBeCountedInTablets() {
    assertThat(SigSupply.of(parse("baclofen 20 mg po qid")))
        .isEqualTo(
            new SupplySchedule.NotCountable(
                "step 1 gives neither a number of tablets nor a dose that is a whole or half"
                    + " tablet of a stated strength"));
  }

  @Test
  void anIntrathecalInfusionIsNotADaysSupply() {
    assertThat(SigSupply.of(parse("baclofen 500 mcg/day intrathecal")))
        .isInstanceOf(SupplySchedule.NotCountable.class);
  }

  private static Sig parse(String text) {
    SigParse parse = parser.parse(text);
    assertThat(parse).as(text).isInstanceOf(Parsed.class);
    return ((Parsed) parse).sig();
  }
}
