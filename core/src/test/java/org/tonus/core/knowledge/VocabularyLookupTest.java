package org.tonus.core.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The indexes the loader builds answer by name, brand, code and code range. */
class VocabularyLookupTest {
  @TempDir static Path pack;
  static Knowledge knowledge;

  @BeforeAll
  static void load() throws IOException {
    MinimalPack.copyTo(pack);
    knowledge = KnowledgeLoader.load(pack);
  }

  @Test
  void aBrandFindsItsGenericInAnyCaseAndSpacing() {
    assertThat(knowledge.drugs().byName("  OZOBAX ")).map(Drug::id).hasValue("baclofen");
    assertThat(knowledge.drugs().byRxnorm("1292")).map(Drug::id).hasValue("baclofen");
    assertThat(knowledge.drugs().byName("tizanidine")).isEmpty();
  }

  @Test
  void anIcd10SubcodeFindsItsCategoryAndARangeCoversEachCategory() {
    assertThat(knowledge.conditions().byIcd10("G35.D"))
        .map(Condition::id)
        .hasValue("multiple-sclerosis");
    assertThat(knowledge.conditions().byIcd10("k26.9")).map(Condition::id).hasValue("peptic-ulcer");
    assertThat(knowledge.conditions().byIcd10("K29.0")).isEmpty();
    assertThat(knowledge.conditions().byIcd10("G3")).isEmpty();
  }

  @Test
  void snomedAndPlainWordsFindTheCondition() {
    assertThat(knowledge.conditions().bySnomed("24700007"))
        .map(Condition::id)
        .hasValue("multiple-sclerosis");
    assertThat(knowledge.conditions().byName("stomach  ulcer"))
        .map(Condition::id)
        .hasValue("peptic-ulcer");
  }

  @Test
  void layWordsFindTheSymptom() {
    assertThat(knowledge.symptoms().byName("Sleepy")).map(Symptom::id).hasValue("drowsiness");
  }

  @Test
  void typedValuesAreReadByTheirType() {
    Fact start = knowledge.fact("TEST-START").orElseThrow();
    assertThat(start.values().quantity(FactField.DOSE))
        .hasValueSatisfying(q -> assertThat(q.toString()).isEqualTo("5 mg"));
    assertThat(start.values().countRange(FactField.TIMES_PER_DAY)).hasValue(new IntRange(3, 3));
    assertThat(start.scope().jurisdiction()).hasValue(Jurisdiction.US);
    assertThat(start.scope().appliesIn(Jurisdiction.UK)).isFalse();
  }
}
