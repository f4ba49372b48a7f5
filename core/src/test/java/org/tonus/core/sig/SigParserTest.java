package org.tonus.core.sig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.tonus.core.knowledge.IntRange;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.knowledge.Knowledge;
import org.tonus.core.knowledge.KnowledgeLoader;
import org.tonus.core.knowledge.Route;
import org.tonus.core.quantity.Quantity;
import org.tonus.core.quantity.QuantityRange;

/** What the rest of the system relies on beyond the corpus: API rules, units, knowledge. */
class SigParserTest {
  private static final Knowledge KNOWLEDGE = KnowledgeLoader.loadBundled();
  private static final SigParser US = new SigParser(KNOWLEDGE, Jurisdiction.US);
  private static final SigParser UK = new SigParser(KNOWLEDGE, Jurisdiction.UK);

  private static Sig parsed(SigParser parser, String text) {
    SigParse parse = parser.parse(text);
    assertThat(parse).as(text).isInstanceOf(Parsed.class);
    return ((Parsed) parse).sig();
  }

  private static Sig parsed(String text) {
    return parsed(US, text);
  }

  @Test
  void brandsResolveToBaclofenAndOtherDrugsDoNot() {
    assertThat(parsed("Ozobax 5 mL tid").isBaclofen()).isTrue();
    assertThat(parsed("Gablofen 300 mcg/day").isBaclofen()).isTrue();
    assertThat(parsed("Nardil 15 mg tid").isBaclofen()).isFalse();
    assertThat(parsed("1 tab po tid").isBaclofen()).isFalse();
    assertThat(parsed("1 tab po tid").drug()).isEmpty();
  }

  @Test
  void aVolumeWithoutAKnownConcentrationKeepsTheVolumeAndNoDose() {
    SigStep generic = parsed("baclofen oral solution 10 mL tid").firstStep();
    SigStep ozobax = parsed("Ozobax 10 mL tid").firstStep();

    assertThat(generic.concentrationUnknown()).isTrue();
    assertThat(generic.dose()).isEmpty();
    assertThat(generic.volume()).contains(QuantityRange.parse("10 mL"));
    assertThat(ozobax.concentrationUnknown()).isFalse();
    // PROD-02: 5 mg/5 mL = 1 mg/mL; 10 mL x 1 mg/mL = 10 mg.
    assertThat(ozobax.dose()).contains(DoseAmount.of(Quantity.parse("10 mg")));
  }

  @Test
  void brandConcentrationsComeFromTheKnowledgeOfTheJurisdiction() {
    // The UK facts hold no Ozobax product, so nothing is implied there.
    assertThat(parsed(UK, "Ozobax 10 mL tid").firstStep().concentrationUnknown()).isTrue();
    assertThat(parsed(US, "Ozobax 10 mL tid").rules()).containsExactly("BR-01-A", "PROD-02");
  }

  @Test
  void aPackWithoutProductFactsImpliesNoConcentration() throws URISyntaxException {
    Path minimal = Path.of(getClass().getResource("/packs/minimal").toURI());
    SigParser parser = new SigParser(KnowledgeLoader.load(minimal), Jurisdiction.US);

    Sig sig = parsed(parser, "Ozobax 10 mL tid");

    assertThat(sig.brand()).contains("Ozobax");
    assertThat(sig.firstStep().concentrationUnknown()).isTrue();
    assertThat(sig.rules()).isEmpty();
  }

  @Test
  void dailyDoseIsInMgForOralDosesAndKeepsTheWrittenUnitIntrathecally() {
    // 500 mcg x 3 = 1500 mcg = 1.5 mg a day by mouth.
    assertThat(parsed("baclofen 500 mcg po tid").firstStep().dailyDose())
        .contains(QuantityRange.parse("1.5 mg/day"));
    assertThat(parsed("baclofen 500 mcg/day IT").firstStep().dailyDose())
        .contains(QuantityRange.parse("500 mcg/day"));
    // A slip to mg intrathecally stays in mg, for the checker's unit test.
    assertThat(parsed("baclofen 0.5 mg/day IT").firstStep().dailyDose())
        .contains(QuantityRange.parse("0.5 mg/day"));
    assertThat(parsed("baclofen 1 g po daily").firstStep().dailyDose())
        .contains(QuantityRange.parse("1000 mg/day"));
  }

  @Test
  void dailyDoseIsAbsentForUnitsStopStepsAndUnknownDoses() {
    assertThat(parsed("insulin glargine 20 units sc daily").firstStep().dailyDose()).isEmpty();
    assertThat(parsed("10 mg tid x 2 days then stop").steps().get(1).dailyDose()).isEmpty();
    assertThat(parsed("1 tab po tid").firstStep().dailyDose()).isEmpty();
  }

  @Test
  void asNeededOrdersCountAtTheirMaximum() {
    Frequency q8h = parsed("baclofen 10 mg q8h prn").firstStep().frequency().orElseThrow();
    Frequency capped =
        parsed("baclofen 10 mg q6h prn max 3 doses/day").firstStep().frequency().orElseThrow();

    assertThat(q8h.maxTimesPerDay()).isEqualTo(3);
    assertThat(capped.timesPerDay()).isEqualTo(new IntRange(4, 4));
    assertThat(capped.maxTimesPerDay()).isEqualTo(3);
  }

  @Test
  void routesMapToTheKnowledgeRoutes() {
    assertThat(AdministrationRoute.ORAL.knowledgeRoute()).contains(Route.ORAL);
    assertThat(AdministrationRoute.ENTERAL_TUBE.knowledgeRoute()).contains(Route.ORAL);
    assertThat(AdministrationRoute.INTRATHECAL.knowledgeRoute()).contains(Route.INTRATHECAL);
    assertThat(AdministrationRoute.INTRAVENOUS.knowledgeRoute()).isEmpty();
  }

  @Test
  void stopOrdersAndSchedulesThatEndInStopAreStops() {
    assertThat(parsed("D/C baclofen").stops()).isTrue();
    assertThat(parsed("10 mg tds for 2 days then stop").stops()).isTrue();
    assertThat(parsed("baclofen 10 mg tid").stops()).isFalse();
  }

  @Test
  void printsCanonicalWords() {
    assertThat(parsed("Baclofen 10mg P.O. T.I.D.").toCanonicalText())
        .isEqualTo("baclofen 10 mg po tid");
    assertThat(parsed("Ozobax 10 mL tid").toCanonicalText())
        .isEqualTo("Ozobax oral solution 1 mg/mL 10 mL po tid");
    assertThat(parsed("baclofen 10 mg tab: 1/2 tab hs x3 days, then 1/2 tab bid").toCanonicalText())
        .isEqualTo("baclofen 0.5 x 10 mg tab at bedtime x 3 days, then 0.5 x 10 mg tab bid");
    assertThat(parsed("increase baclofen to 20 mg po qid").toCanonicalText())
        .isEqualTo("increase baclofen to 20 mg po qid");
  }

  @Test
  void refusalsPointAtThePart() {
    Refused refused = (Refused) US.parse("baclofen 10 po tid");

    assertThat(refused).isEqualTo(new Refused("no unit after 10", 9, 11));
  }

  @Test
  void theParserIsSafeToShareBetweenThreads() throws Exception {
    List<String> sigs =
        List.of(
            "baclofen 10 mg po tid",
            "Ozobax 10 mL tid",
            "bacloffen 10 mg",
            "500 mcg/day IT",
            "baclofen 10 mg tab: 1/2 tab hs x3 days, then 1/2 tab bid x3 days");
    List<SigParse> sequential = sigs.stream().map(US::parse).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<SigParse>>> results =
          IntStream.range(0, 8)
              .mapToObj(
                  n ->
                      pool.submit(
                          () -> {
                            List<SigParse> last = List.of();
                            for (int round = 0; round < 200; round++) {
                              last = sigs.stream().map(US::parse).toList();
                            }
                            return last;
                          }))
              .toList();
      for (Future<List<SigParse>> result : results) {
        assertThat(result.get(30, TimeUnit.SECONDS)).isEqualTo(sequential);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theContractConstructorsLeaveTheAddedPartsEmpty() {
    SigStep step =
        new SigStep(
            Optional.of(DoseAmount.of(Quantity.parse("10 mg"))),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(AdministrationRoute.ORAL),
            Optional.of(Frequency.timesPerDay(3, 3)),
            false,
            Optional.empty(),
            false);
    Sig sig =
        new Sig(
            "baclofen 10 mg po tid",
            KNOWLEDGE.drugs().byName("baclofen"),
            Optional.empty(),
            OrderVerb.NEW,
            List.of(step),
            Optional.empty(),
            FoodAdvice.NOT_STATED);

    assertThat(step.volume()).isEmpty();
    assertThat(sig.indicationConditionId()).isEmpty();
    assertThat(sig.rules()).isEmpty();
    assertThat(sig.withText(sig.text())).isEqualTo(parsed(sig.text()));
  }

  @Test
  void valuesRejectWhatCannotExist() {
    assertThatThrownBy(() -> DoseAmount.of(Quantity.parse("0 mg")))
        .hasMessage("dose must be greater than 0: 0 mg");
    assertThatThrownBy(() -> DoseAmount.of(Quantity.parse("10 mL")))
        .hasMessage("a dose is a mass or units, not 10 mL");
    assertThatThrownBy(() -> Frequency.timesPerDay(3, 3).withMaxDosesPerDay(4))
        .hasMessage("maxDosesPerDay 4 is outside 1..3");
    assertThatThrownBy(() -> new Refused("no unit after 10", 5, 2))
        .hasMessage("refusal span is not a span: 5..2");
    assertThatThrownBy(() -> UnitCount.of(java.math.BigDecimal.ZERO))
        .hasMessage("count must be greater than 0: 0");
    assertThatThrownBy(
            () ->
                new Sig(
                    "x",
                    Optional.empty(),
                    Optional.empty(),
                    OrderVerb.NEW,
                    List.of(),
                    Optional.empty(),
                    FoodAdvice.NOT_STATED))
        .hasMessage("a sig has at least one step: x");
  }

  @Test
  void everyIntervalIsTheDosesThatFitInADay() {
    // ceil(24 / h): q4h 6, q5h 5, q7h 4, q8h 3, q24h 1.
    assertThat(Frequency.everyHours(4, 4).timesPerDay()).isEqualTo(new IntRange(6, 6));
    assertThat(Frequency.everyHours(5, 5).timesPerDay()).isEqualTo(new IntRange(5, 5));
    assertThat(Frequency.everyHours(7, 7).timesPerDay()).isEqualTo(new IntRange(4, 4));
    assertThat(Frequency.everyHours(8, 8).timesPerDay()).isEqualTo(new IntRange(3, 3));
    assertThat(Frequency.everyHours(4, 6).timesPerDay()).isEqualTo(new IntRange(4, 6));
    assertThat(Frequency.everyHours(24, 24).timesPerDay()).isEqualTo(new IntRange(1, 1));
  }
}
