package org.tonus.core.sig;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.NotBlank;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.knowledge.KnowledgeLoader;

/**
 * Invariants of the parser over generated input: it never throws, a refusal always points inside
 * the text, and a parsed sig printed in canonical words parses back to an equal structure.
 */
class SigPropertiesTest {
  private static final SigParser PARSER =
      new SigParser(KnowledgeLoader.loadBundled(), Jurisdiction.US);

  /** Words and pieces sigs are made of, so random sigs reach deep into the reader. */
  private static final List<String> PIECES =
      List.of(
          "baclofen",
          "Ozobax",
          "Ozobax DS",
          "Fleqsuvy",
          "Gablofen",
          "Lioresal",
          "Kemstro",
          "Lyvispah",
          "Lioresal Intrathecal",
          "tizanidine",
          "insulin glargine",
          "bacloffen",
          "10",
          "5",
          "0",
          "1/2",
          "½",
          "1.5",
          "2.5",
          "20",
          "500",
          "1-2",
          "5-10",
          "-",
          "/",
          ",",
          ";",
          ".",
          "(",
          ")",
          ":",
          "mg",
          "mcg",
          "g",
          "mL",
          "units",
          "u",
          "kg",
          "tab",
          "tabs",
          "ODT",
          "packet",
          "oral solution",
          "suspension",
          "liquid",
          "injection",
          "po",
          "by mouth",
          "IT",
          "intrathecal",
          "iv",
          "sc",
          "via g-tube",
          "daily",
          "bid",
          "tid",
          "qid",
          "tds",
          "q",
          "q8h",
          "q4-6h",
          "h",
          "hours",
          "every",
          "hourly",
          "hs",
          "qhs",
          "mane",
          "nocte",
          "in the morning",
          "once",
          "twice",
          "times",
          "x",
          "a",
          "per",
          "day",
          "days",
          "week",
          "weeks",
          "month",
          "prn",
          "as needed",
          "max",
          "up to",
          "doses",
          "for",
          "spasms",
          "hiccups",
          "alcohol cravings",
          "then",
          "stop",
          "d/c",
          "start",
          "increase to",
          "replace with",
          "continue",
          "with food",
          "without food",
          "divided",
          "in",
          "bolus",
          "continuous",
          "test dose",
          "of",
          "take",
          "#",
          "∞",
          "and",
          "one and a half");

  @Property(tries = 3000)
  void neverThrowsOnAnyText(@ForAll String text) {
    assertWellFormed(text, PARSER.parse(text));
  }

  @Property(tries = 5000)
  void neverThrowsOnSigLikeText(@ForAll("sigSoup") String text) {
    assertWellFormed(text, PARSER.parse(text));
  }

  @Property(tries = 5000)
  void printedSigsParseBackToTheSameStructure(@ForAll("sigSoup") String text) {
    if (PARSER.parse(text) instanceof Parsed parsed) {
      assertRoundTrip(parsed.sig());
    }
  }

  @Property(tries = 2000)
  void printedWellFormedSigsParseBackToTheSameStructure(@ForAll("wellFormedSig") String text) {
    SigParse parse = PARSER.parse(text);
    assertThat(parse).as(text).isInstanceOf(Parsed.class);
    assertRoundTrip(((Parsed) parse).sig());
  }

  @Property(tries = 400)
  void everyCorpusSigRoundTrips(@ForAll("corpus") String text) {
    if (PARSER.parse(text) instanceof Parsed parsed) {
      assertRoundTrip(parsed.sig());
    }
  }

  @Property(tries = 200)
  void blankTextIsAnEmptySig(@ForAll("blanks") String text) {
    assertThat(PARSER.parse(text)).isEqualTo(new Refused("empty sig", 0, text.length()));
  }

  @Property(tries = 500)
  void parsingIsRepeatable(@ForAll @NotBlank String text) {
    assertThat(PARSER.parse(text)).isEqualTo(PARSER.parse(text));
  }

  private static void assertWellFormed(String text, SigParse parse) {
    assertThat(parse).isNotNull();
    if (parse instanceof Refused refused) {
      assertThat(refused.start()).isBetween(0, text.length());
      assertThat(refused.end()).isBetween(refused.start(), text.length());
      assertThat(refused.message()).isNotBlank();
    } else {
      assertThat(((Parsed) parse).sig().text()).isEqualTo(text);
    }
  }

  private static void assertRoundTrip(Sig sig) {
    String canonical = sig.toCanonicalText();
    SigParse again = PARSER.parse(canonical);
    assertThat(again).as("'%s' printed as '%s'", sig.text(), canonical).isInstanceOf(Parsed.class);
    assertThat(((Parsed) again).sig().withText(sig.text()))
        .as("'%s' printed as '%s'", sig.text(), canonical)
        .isEqualTo(sig);
  }

  @Provide
  Arbitrary<String> sigSoup() {
    Arbitrary<String> separator = Arbitraries.of(" ", " ", " ", "", ", ", "  ");
    return Combinators.combine(
            Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(14), separator.list().ofSize(14))
        .as(
            (pieces, separators) -> {
              StringBuilder text = new StringBuilder();
              for (int i = 0; i < pieces.size(); i++) {
                text.append(pieces.get(i)).append(separators.get(i));
              }
              return text.toString();
            });
  }

  /** Sigs built from a small grammar: always readable, with varied parts. */
  @Provide
  Arbitrary<String> wellFormedSig() {
    Arbitrary<String> drug =
        Arbitraries.of("baclofen ", "Lioresal ", "Kemstro ", "tizanidine ", "", "baclophen ");
    Arbitrary<String> amount =
        Arbitraries.of(
            "5 mg",
            "10 mg",
            "10mg",
            "20 mg",
            "7.5 mg",
            "5-10 mg",
            "10 mg tab 1/2 tab",
            "10 mg tab 1-2 tabs",
            "2 x 10 mg tabs",
            "1 tab",
            "one and a half tabs",
            "20 mg tablets, take half a tablet",
            "1 tablet (10 mg)");
    Arbitrary<String> route = Arbitraries.of("", " po", " PO", " by mouth", " orally");
    Arbitrary<String> frequency =
        Arbitraries.of(
            " daily",
            " bid",
            " tid",
            " qid",
            " tds",
            " q6h",
            " q8h",
            " q4-6h",
            " every 8 hours",
            " at bedtime",
            " nocte",
            " mane",
            " twice a day",
            " three times daily",
            " 3x/day",
            " up to 3 times a day",
            " tid-qid");
    Arbitrary<String> extra =
        Arbitraries.of(
            "",
            " prn",
            " prn spasms",
            " x 3 days",
            " for 2 weeks",
            " with food",
            " for spasticity",
            " prn max 3 doses/day",
            " as needed for hiccups");
    Arbitrary<String> verb = Arbitraries.of("", "start ", "continue ", "increase to ");
    Arbitrary<String> step =
        Combinators.combine(amount, route, frequency, extra).as((a, r, f, e) -> a + r + f + e);
    return Combinators.combine(verb, drug, step.list().ofMinSize(1).ofMaxSize(3))
        .as((v, d, steps) -> v + d + String.join(", then ", steps))
        .filter(text -> PARSER.parse(text) instanceof Parsed);
  }

  @Provide
  Arbitrary<String> corpus() {
    return Arbitraries.of(
        SigCases.load("/sig/sigs.yaml", SigCases.CASE_KEYS)
            .map(arguments -> (String) arguments.get()[0])
            .toList());
  }

  @Provide
  Arbitrary<String> blanks() {
    return Arbitraries.strings().withChars(' ', '\t', '\n', '\u00A0').ofMaxLength(6);
  }
}
