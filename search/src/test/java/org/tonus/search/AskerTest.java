package org.tonus.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.knowledge.Knowledge;
import org.tonus.core.knowledge.KnowledgeLoader;

/** Synonyms, typo matching, jurisdiction, input checks and sharing of {@link Asker}. */
class AskerTest {
  private static Knowledge knowledge;
  private static Asker asker;

  @BeforeAll
  static void build() {
    knowledge = KnowledgeLoader.loadBundled();
    asker = new Asker(knowledge);
  }

  private static String bestSection(String question, Jurisdiction jurisdiction) {
    AskResult result = asker.ask(question, jurisdiction);
    assertThat(result.confident()).as("confident about '%s'", question).isTrue();
    return result.answers().get(0).section();
  }

  @Test
  void layWordsFromTheResourceFileReachTheMonographsWords() {
    // lay-words.txt: booze => alcohol
    assertThat(asker.concepts("booze"))
        .singleElement()
        .satisfies(c -> assertThat(c.terms()).contains("alcohol"));
    // lay-words.txt: kidneys => kidney, renal
    assertThat(asker.concepts("kidneys").get(0).terms()).contains("kidnei", "renal");
    assertThat(bestSection("booze and baclofen?", Jurisdiction.US)).isEqualTo("interactions");
  }

  @Test
  void symptomWordsFromTheVocabularyReachTheSymptomName() {
    // knowledge/vocabulary/symptoms.yaml: sleepy => drowsiness
    assertThat(asker.concepts("sleepy").get(0).terms()).contains("drowsi");
  }

  @Test
  void brandsFromTheVocabularyReachTheGenericName() {
    // knowledge/vocabulary/drugs.yaml: Elavil is a brand of amitriptyline
    assertThat(asker.concepts("Elavil").get(0).terms()).contains("elavil", "amitriptylin");
  }

  @Test
  void questionWordsAndTheDrugsOwnNameAreNotTopics() {
    assertThat(asker.concepts("Can I take baclofen?")).isEmpty();
    assertThat(asker.ask("Can I take baclofen?", Jurisdiction.US).confident()).isFalse();
  }

  @Test
  void aMisspeltLongerWordIsTakenForTheClosestIndexWord() {
    assertThat(asker.corrections("pregnent")).contains("pregnant");
    assertThat(asker.corrections("alchohol")).contains("alcohol");
    assertThat(bestSection("is baclofen ok in pregnancey", Jurisdiction.US)).isEqualTo("pregnancy");
  }

  @Test
  void shortWordsAreNeverCorrected() {
    assertThat(asker.corrections("cost")).isEmpty();
  }

  @Test
  void caseAndPunctuationDoNotMatter() {
    AskResult plain = asker.ask("can i drink alcohol on baclofen", Jurisdiction.US);
    AskResult shouted = asker.ask("CAN I DRINK ALCOHOL ON BACLOFEN?!?", Jurisdiction.US);
    assertThat(shouted).isEqualTo(plain);
  }

  @Test
  void answersCarryTheFactTextSectionAndSources() {
    AskResult result = asker.ask("Can I drink alcohol while taking baclofen?", Jurisdiction.US);
    assertThat(result.confident()).isTrue();
    assertThat(result.message()).isEqualTo(AskResult.ANSWERED);
    Answer best = result.answers().get(0);
    assertThat(best.section()).isEqualTo("interactions");
    assertThat(best.sectionTitle())
        .isEqualTo(knowledge.section("interactions").orElseThrow().title());
    assertThat(best.text()).isEqualTo(knowledge.fact(best.factId()).orElseThrow().text());
    assertThat(best.sources())
        .isNotEmpty()
        .allSatisfy(id -> assertThat(knowledge.source(id)).isPresent());
    assertThat(result.answers()).hasSizeLessThanOrEqualTo(Asker.MAX_ANSWERS);
    assertThat(result.answers())
        .extracting(Answer::score)
        .isSortedAccordingTo((a, b) -> Double.compare(b, a));
  }

  @Test
  void onlyFactsOfTheChosenJurisdictionOrBothAreAnswered() {
    for (Jurisdiction jurisdiction : Jurisdiction.values()) {
      AskResult result = asker.ask("What is the maximum daily dose?", jurisdiction);
      assertThat(result.answers())
          .allSatisfy(
              answer ->
                  assertThat(
                          knowledge
                              .fact(answer.factId())
                              .orElseThrow()
                              .scope()
                              .appliesIn(jurisdiction))
                      .isTrue());
    }
  }

  @Test
  void anUnanswerableQuestionGetsNoAnswersAndAskYourPharmacist() {
    AskResult result = asker.ask("What is the capital of France?", Jurisdiction.US);
    assertThat(result.confident()).isFalse();
    assertThat(result.answers()).isEmpty();
    assertThat(result.message()).contains("pharmacist");
  }

  @Test
  void blankQuestionsAreRefused() {
    assertThatThrownBy(() -> asker.ask("   ", Jurisdiction.US))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("question is blank");
    assertThatThrownBy(() -> asker.ask(null, Jurisdiction.US))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("question is blank");
  }

  @Test
  void questionsOverFiveHundredCharactersAreRefused() {
    String longest = "a".repeat(Asker.MAX_QUESTION_LENGTH);
    assertThat(asker.ask(longest, Jurisdiction.US).confident()).isFalse();
    assertThatThrownBy(() -> asker.ask(longest + "a", Jurisdiction.US))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("question is 501 characters long; at most 500 are accepted");
  }

  @Test
  void oneAskerAnswersManyThreadsAlike() throws Exception {
    List<String> questions =
        List.of("Can I drink alcohol?", "pregnant", "missed a dose", "how to store it");
    List<AskResult> expected = questions.stream().map(q -> asker.ask(q, Jurisdiction.UK)).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> checks = new java.util.ArrayList<>();
      for (int round = 0; round < 50; round++) {
        int i = round % questions.size();
        checks.add(
            pool.submit(
                () -> asker.ask(questions.get(i), Jurisdiction.UK).equals(expected.get(i))));
      }
      for (Future<Boolean> check : checks) {
        assertThat(check.get()).isTrue();
      }
    } finally {
      pool.shutdown();
    }
  }
}
