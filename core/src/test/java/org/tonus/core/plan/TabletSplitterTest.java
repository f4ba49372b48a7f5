package org.tonus.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.knowledge.Knowledge;
import org.tonus.core.knowledge.KnowledgeLoader;

/** Doses in real tablets (plan/tablet-cases.csv) and in measured liquid. */
class TabletSplitterTest {
  static Knowledge knowledge;

  @BeforeAll
  static void load() {
    knowledge = KnowledgeLoader.loadBundled();
  }

  @ParameterizedTest(name = "{0} {1} halves={2}: {3} mg -> {4} ({5})")
  @CsvFileSource(resources = "/plan/tablet-cases.csv", nullValues = "")
  void makesTheDoseFromTheFewestRealTablets(
      String jurisdiction,
      String strengths,
      boolean halves,
      String dose,
      String expected,
      String why) {
    List<BigDecimal> asked =
        strengths == null
            ? List.of()
            : Arrays.stream(strengths.split(" ")).map(BigDecimal::new).toList();
    TabletSplitter splitter =
        TabletSplitter.forJurisdiction(
            knowledge, Jurisdiction.valueOf(jurisdiction), asked, halves);

    Preparation made = splitter.split(new BigDecimal(dose));

    if (expected.equals("not makeable")) {
      assertThat(made).isInstanceOf(NotMakeable.class);
      assertThat(((NotMakeable) made).reason())
          .startsWith(Amounts.plain(new BigDecimal(dose)) + " mg cannot be made exactly");
      return;
    }
    assertThat(made).isInstanceOf(DoseInTablets.class);
    DoseInTablets tablets = (DoseInTablets) made;
    assertThat(
            tablets.tablets().stream()
                .map(t -> Amounts.plain(t.strengthMg()) + " x " + Amounts.plain(t.count()))
                .collect(Collectors.joining(" + ")))
        .isEqualTo(expected);
    assertThat(tablets.totalMg()).isEqualByComparingTo(dose);
  }

  @Test
  void marketedStrengthsComeFromTheProductFacts() {
    assertThat(
            TabletSplitter.forJurisdiction(knowledge, Jurisdiction.US, List.of(), false)
                .strengthsMg())
        .extracting(Amounts::plain)
        .containsExactly("20", "15", "10", "5");
    assertThat(
            TabletSplitter.forJurisdiction(knowledge, Jurisdiction.UK, List.of(), false)
                .strengthsMg())
        .extracting(Amounts::plain)
        .containsExactly("10", "5");
  }

  @Test
  void aStrengthThatIsNotMarketedIsNamed() {
    TabletSplitter splitter =
        TabletSplitter.forJurisdiction(
            knowledge, Jurisdiction.US, List.of(new BigDecimal("25"), BigDecimal.TEN), false);

    assertThat(splitter.unmarketedStrengthsMg()).extracting(Amounts::plain).containsExactly("25");
  }

  @Test
  void zeroIsNoDose() {
    assertThat(
            TabletSplitter.forJurisdiction(knowledge, Jurisdiction.US, List.of(), false)
                .split(BigDecimal.ZERO))
        .isInstanceOf(NoDose.class);
  }

  @Test
  void liquidVolumesAreExactAndMeasurable() {
    LiquidMeasure ozobax = new LiquidMeasure(BigDecimal.ONE, Optional.empty());
    LiquidMeasure fleqsuvy = new LiquidMeasure(new BigDecimal("5"), Optional.empty());
    LiquidMeasure odd = new LiquidMeasure(new BigDecimal("3"), Optional.empty());

    // 5 mg / 1 mg/mL = 5 mL ; 12.5 mg / 5 mg/mL = 2.5 mL
    assertThat(ozobax.prepare(new BigDecimal("5")))
        .isEqualTo(new DoseInLiquid(BigDecimal.ONE, new BigDecimal("5"), Optional.empty()));
    assertThat(((DoseInLiquid) fleqsuvy.prepare(new BigDecimal("12.5"))).mlPerDose())
        .isEqualByComparingTo("2.5");
    // 1.25 mg / 1 mg/mL = 1.25 mL: cannot be measured to 0.1 mL ; 10 / 3 has no exact volume
    assertThat(ozobax.prepare(new BigDecimal("1.25"))).isInstanceOf(NotMakeable.class);
    assertThat(odd.prepare(BigDecimal.TEN)).isInstanceOf(NotMakeable.class);
    assertThat(ozobax.granularityMg()).isEqualByComparingTo("0.1");
  }
}
