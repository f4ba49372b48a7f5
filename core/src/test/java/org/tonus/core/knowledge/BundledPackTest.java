package org.tonus.core.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** The pack shipped in the program loads, is complete, and holds the numbers the labels give. */
class BundledPackTest {
  static Knowledge knowledge;

  @BeforeAll
  static void load() {
    knowledge = KnowledgeLoader.loadBundled();
  }

  @Test
  void everySectionOfTheMonographIsPresentInOrder() {
    assertThat(knowledge.sections())
        .extracting(Section::id)
        .containsExactly(
            "identity",
            "mechanism",
            "indications",
            "products",
            "administration",
            "dosing",
            "children",
            "renal",
            "hepatic",
            "elderly",
            "intrathecal",
            "contraindications",
            "cautions",
            "adverse-effects",
            "seek-care",
            "overdose",
            "withdrawal",
            "missed-dose",
            "interactions",
            "pregnancy",
            "driving",
            "storage",
            "reporting");
    assertThat(knowledge.sections()).allSatisfy(s -> assertThat(s.facts()).isNotEmpty());
  }

  @Test
  void everyFactHasASourceAndEverySourceIsUsed() {
    assertThat(knowledge.facts()).allSatisfy(f -> assertThat(f.sources()).isNotEmpty());
    assertThat(knowledge.unusedSources()).isEmpty();
  }

  @Test
  void theFiveSeedPagesAreSourcesByFileName() {
    assertThat(knowledge.sources())
        .filteredOn(s -> s.kind() == SourceKind.SEED)
        .extracting(s -> s.seedFile().orElseThrow())
        .containsExactlyInAnyOrder(
            "000_773b260a17eaf1a5.txt",
            "001_63c06d1ce8f8959f.txt",
            "002_fc67cf2e4563f162.txt",
            "003_cb9d1add814b6944.txt",
            "004_ca34f5533beb7167.txt");
  }

  @Test
  void theMaximumDoseDisagreementKeepsBothValuesWithTheirSources() {
    Conflict maximum =
        knowledge
            .conflicts()
            .filter(c -> c.id().equals("CONFLICT-A-ADULT-MAX"))
            .findFirst()
            .orElseThrow();

    assertThat(maximum.positions()).anySatisfy(p -> assertThat(p.sources()).contains("us-tab-2"));
    assertThat(maximum.positions())
        .anySatisfy(p -> assertThat(p.sources()).contains("uk-spc-adult", "seed-000"));
  }

  @Test
  void ninetyMilligramsADayIsWithinTheUkLimitButAboveTheUsOne() {
    BigDecimal ninety = new BigDecimal("90");
    BigDecimal us = maximum("DOSE-US-02");
    BigDecimal uk = maximum("DOSE-UK-01-D");

    assertThat(ninety).isGreaterThan(us).isLessThanOrEqualTo(uk);
  }

  @Test
  void brandsCodesAndLayWordsResolve() {
    assertThat(knowledge.drugs().byName("Fleqsuvy")).map(Drug::id).hasValue("baclofen");
    assertThat(knowledge.drugs().byName("Elavil")).map(Drug::id).hasValue("amitriptyline");
    assertThat(knowledge.drugs().byName("Nardil")).map(Drug::id).hasValue("phenelzine");
    assertThat(knowledge.drugs().byRxnorm("1292")).map(Drug::id).hasValue("baclofen");
    assertThat(knowledge.conditions().byIcd10("G35"))
        .map(Condition::id)
        .hasValue("multiple-sclerosis");
    assertThat(knowledge.conditions().bySnomed("24700007"))
        .map(Condition::id)
        .hasValue("multiple-sclerosis");
    assertThat(knowledge.conditions().bySnomed("84757009")).map(Condition::id).hasValue("epilepsy");
    assertThat(knowledge.symptoms().byName("sleepy")).map(Symptom::id).hasValue("drowsiness");
  }

  @ParameterizedTest(name = "{0}.{1} = {2} ({5})")
  @CsvFileSource(resources = "/knowledge-anchors.csv", numLinesToSkip = 0, nullValues = "")
  void aLabelledValueIsStoredExactlyWithItsSource(
      String factId, String field, String expected, String jurisdiction, String cites, String why) {
    Fact fact = knowledge.fact(factId).orElseThrow(() -> new AssertionError("no fact " + factId));
    FactField typed =
        fact.kind()
            .field(field)
            .orElseThrow(() -> new AssertionError(factId + " has no field " + field));

    assertThat(fact.values().raw(typed).map(BundledPackTest::written)).hasValue(expected);
    assertThat(fact.sources()).contains(cites);
    assertThat(fact.scope().jurisdiction().map(Jurisdiction::code).orElse(null))
        .isEqualTo(jurisdiction);
  }

  private static BigDecimal maximum(String factId) {
    return knowledge
        .fact(factId)
        .orElseThrow()
        .values()
        .quantity(FactField.MAX)
        .orElseThrow()
        .amount();
  }

  private static String written(Object value) {
    if (value instanceof Coded coded) {
      return coded.code();
    }
    if (value instanceof BigDecimal number) {
      return number.toPlainString();
    }
    if (value instanceof Reference reference) {
      return reference.id();
    }
    return value.toString();
  }
}
