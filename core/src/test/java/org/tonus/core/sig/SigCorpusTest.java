package org.tonus.core.sig;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tonus.core.knowledge.Drug;
import org.tonus.core.knowledge.IntRange;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.knowledge.Knowledge;
import org.tonus.core.knowledge.KnowledgeLoader;
import org.tonus.core.quantity.Quantity;
import org.tonus.core.quantity.QuantityRange;

/**
 * The hand-written corpus: every sig in {@code sig/sigs.yaml} parses to exactly the structure
 * written beside it, and every sig in {@code sig/refusals.yaml} is refused with exactly the message
 * written, pointing at exactly the part written. A key left out of a case means "absent" (or the
 * default: verb new, food not stated, regular pattern, no rules), so each case checks the whole
 * structure.
 */
class SigCorpusTest {
  private static final Knowledge KNOWLEDGE = KnowledgeLoader.loadBundled();
  private static final SigParser US = new SigParser(KNOWLEDGE, Jurisdiction.US);
  private static final SigParser UK = new SigParser(KNOWLEDGE, Jurisdiction.UK);

  static Stream<Arguments> sigs() {
    return SigCases.load("/sig/sigs.yaml", SigCases.CASE_KEYS);
  }

  static Stream<Arguments> refusals() {
    return SigCases.load("/sig/refusals.yaml", SigCases.REFUSAL_KEYS);
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("sigs")
  void readsTheStructureWrittenBesideEachSig(String text, JsonNode expected) {
    SigParse parse = parser(expected).parse(text);

    assertThat(parse).isInstanceOf(Parsed.class);
    Sig sig = ((Parsed) parse).sig();
    SoftAssertions softly = new SoftAssertions();
    softly.assertThat(sig.text()).isEqualTo(text);
    softly.assertThat(sig.drug().map(Drug::id)).as("drug").isEqualTo(text(expected, "drug"));
    softly.assertThat(sig.brand()).as("brand").isEqualTo(text(expected, "brand"));
    softly
        .assertThat(sig.verb())
        .as("verb")
        .isEqualTo(OrderVerb.valueOf(constant(expected.path("verb").asText("new"))));
    softly.assertThat(sig.indication()).as("indication").isEqualTo(text(expected, "indication"));
    softly
        .assertThat(sig.indicationConditionId())
        .as("condition")
        .isEqualTo(text(expected, "condition"));
    softly
        .assertThat(sig.food())
        .as("food")
        .isEqualTo(FoodAdvice.valueOf(constant(expected.path("food").asText("not-stated"))));
    softly.assertThat(sig.rules()).as("rules").isEqualTo(strings(expected.path("rules")));
    softly.assertThat(sig.steps()).as("number of steps").hasSize(expected.path("steps").size());
    for (int i = 0; i < Math.min(sig.steps().size(), expected.path("steps").size()); i++) {
      checkStep(softly, "step " + (i + 1) + " ", sig.steps().get(i), expected.path("steps").get(i));
    }
    softly.assertAll();
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("refusals")
  void refusesEachSigNamingThePartItCouldNotRead(String text, JsonNode expected) {
    SigParse parse = parser(expected).parse(text);

    assertThat(parse).isInstanceOf(Refused.class);
    Refused refused = (Refused) parse;
    assertThat(refused.message()).isEqualTo(expected.path("message").asText());
    assertThat(text.substring(refused.start(), refused.end()))
        .as("the part named")
        .isEqualTo(expected.path("part").asText());
  }

  private static void checkStep(SoftAssertions softly, String at, SigStep step, JsonNode want) {
    softly.assertThat(step.stop()).as(at + "stop").isEqualTo(want.path("stop").asBoolean(false));
    softly
        .assertThat(step.dose().map(SigCorpusTest::range))
        .as(at + "dose")
        .isEqualTo(quantityRange(want, "dose"));
    softly
        .assertThat(step.strength().map(Strength::amount))
        .as(at + "strength")
        .isEqualTo(text(want, "strength").map(Quantity::parse));
    softly
        .assertThat(step.strength().flatMap(Strength::productFactId))
        .as(at + "strength fact")
        .isEqualTo(text(want, "strengthFact"));
    softly
        .assertThat(step.count().map(UnitCount::toString))
        .as(at + "count")
        .isEqualTo(text(want, "count"));
    softly.assertThat(step.volume()).as(at + "volume").isEqualTo(quantityRange(want, "volume"));
    softly
        .assertThat(step.form())
        .as(at + "form")
        .isEqualTo(text(want, "form").map(SigCorpusTest::form));
    softly
        .assertThat(step.route())
        .as(at + "route")
        .isEqualTo(text(want, "route").map(SigCorpusTest::route));
    softly.assertThat(step.asNeeded()).as(at + "prn").isEqualTo(want.path("prn").asBoolean(false));
    softly
        .assertThat(step.durationDays())
        .as(at + "days")
        .isEqualTo(want.has("days") ? Optional.of(want.get("days").asInt()) : Optional.empty());
    if (step.stop()) {
      softly.assertThat(step.frequency()).as(at + "frequency").isEmpty();
      return;
    }
    Frequency frequency = step.frequency().orElseThrow();
    softly
        .assertThat(frequency.pattern())
        .as(at + "pattern")
        .isEqualTo(FrequencyPattern.valueOf(constant(want.path("pattern").asText("regular"))));
    softly
        .assertThat(frequency.timesPerDay())
        .as(at + "times a day")
        .isEqualTo(intRange(want.path("times").asText("1")));
    softly
        .assertThat(frequency.intervalHours())
        .as(at + "every (hours)")
        .isEqualTo(text(want, "every").map(SigCorpusTest::intRange));
    softly
        .assertThat(frequency.timeOfDay())
        .as(at + "at")
        .isEqualTo(text(want, "at").map(t -> TimeOfDay.valueOf(constant(t))));
    softly
        .assertThat(frequency.maxDosesPerDay())
        .as(at + "max doses")
        .isEqualTo(
            want.has("maxDoses") ? Optional.of(want.get("maxDoses").asInt()) : Optional.empty());
    softly
        .assertThat(frequency.maxDailyAmount())
        .as(at + "max daily")
        .isEqualTo(text(want, "maxDaily").map(Quantity::parse));
    if (want.has("daily")) {
      softly
          .assertThat(step.dailyDose().map(SigCorpusTest::plain))
          .as(at + "daily dose")
          .isEqualTo(
              want.get("daily").asText().equals("none")
                  ? Optional.empty()
                  : Optional.of(want.get("daily").asText()));
    }
  }

  private static SigParser parser(JsonNode expected) {
    return expected.path("jurisdiction").asText("US").equals("UK") ? UK : US;
  }

  private static QuantityRange range(DoseAmount dose) {
    return new QuantityRange(dose.low(), dose.high());
  }

  private static Optional<QuantityRange> quantityRange(JsonNode node, String key) {
    return text(node, key).map(QuantityRange::parse);
  }

  /** A daily dose written as in the case files: "30 mg/day" or "15-30 mg/day". */
  private static String plain(QuantityRange range) {
    return range.low().amount().compareTo(range.high().amount()) == 0
        ? range.high().amount().toPlainString() + " " + range.unit().symbol()
        : range.low().amount().toPlainString() + "-" + range.high();
  }

  private static IntRange intRange(String text) {
    int dash = text.indexOf('-');
    return dash < 0
        ? new IntRange(Integer.parseInt(text), Integer.parseInt(text))
        : new IntRange(
            Integer.parseInt(text.substring(0, dash)), Integer.parseInt(text.substring(dash + 1)));
  }

  private static DoseForm form(String word) {
    return switch (word) {
      case "tablet" -> DoseForm.TABLET;
      case "odt" -> DoseForm.ORALLY_DISINTEGRATING_TABLET;
      case "capsule" -> DoseForm.CAPSULE;
      case "granules" -> DoseForm.ORAL_GRANULES;
      case "solution" -> DoseForm.ORAL_SOLUTION;
      case "suspension" -> DoseForm.ORAL_SUSPENSION;
      case "liquid" -> DoseForm.ORAL_LIQUID;
      case "injection" -> DoseForm.INJECTION;
      default -> throw new IllegalArgumentException("unknown form in case file: " + word);
    };
  }

  private static AdministrationRoute route(String word) {
    return switch (word) {
      case "oral" -> AdministrationRoute.ORAL;
      case "tube" -> AdministrationRoute.ENTERAL_TUBE;
      case "intrathecal" -> AdministrationRoute.INTRATHECAL;
      case "iv" -> AdministrationRoute.INTRAVENOUS;
      case "im" -> AdministrationRoute.INTRAMUSCULAR;
      case "subcut" -> AdministrationRoute.SUBCUTANEOUS;
      case "epidural" -> AdministrationRoute.EPIDURAL;
      case "topical" -> AdministrationRoute.TOPICAL;
      case "sublingual" -> AdministrationRoute.SUBLINGUAL;
      case "rectal" -> AdministrationRoute.RECTAL;
      case "transdermal" -> AdministrationRoute.TRANSDERMAL;
      default -> throw new IllegalArgumentException("unknown route in case file: " + word);
    };
  }

  private static Optional<String> text(JsonNode node, String key) {
    return node.has(key) ? Optional.of(node.get(key).asText()) : Optional.empty();
  }

  private static List<String> strings(JsonNode list) {
    List<String> values = new ArrayList<>();
    list.forEach(v -> values.add(v.asText()));
    return values;
  }

  private static String constant(String word) {
    return word.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
  }
}
