package org.tonus.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tonus.core.knowledge.KnowledgeLoader;

/**
 * Ask over the whole hand-written question set: top-1 accuracy of at least 90 % over the answerable
 * questions (the best answer comes from the expected section, and Ask is confident), top-3
 * reported, and "I do not know" for the questions the monograph cannot answer. Prints the figures
 * and every miss, for docs/performance.md.
 */
class AskAccuracyTest {
  private static Asker asker;
  private static List<QuestionSet.Case> cases;

  @BeforeAll
  static void build() {
    asker = new Asker(KnowledgeLoader.loadBundled());
    cases = QuestionSet.load();
  }

  @Test
  void theQuestionSetIsLargeAndVaried() {
    assertThat(cases).hasSizeGreaterThanOrEqualTo(80);
    assertThat(cases).filteredOn(QuestionSet.Case::unanswerable).hasSizeGreaterThanOrEqualTo(10);
    assertThat(cases).filteredOn(QuestionSet.Case::typo).hasSizeGreaterThanOrEqualTo(5);
  }

  @Test
  void answersAtLeastNinetyPercentFromTheExpectedSection() {
    List<QuestionSet.Case> answerable = cases.stream().filter(c -> !c.unanswerable()).toList();
    int top1 = 0;
    int top3 = 0;
    List<String> misses = new ArrayList<>();
    for (QuestionSet.Case c : answerable) {
      AskResult result = asker.ask(c.question(), c.jurisdiction());
      String expected = c.section().orElseThrow();
      List<String> sections = result.answers().stream().map(Answer::section).toList();
      if (!sections.isEmpty() && sections.get(0).equals(expected)) {
        top1++;
      } else {
        misses.add(c + " -> expected " + expected + ", got " + describe(result));
      }
      if (sections.stream().limit(3).anyMatch(expected::equals)) {
        top3++;
      }
    }
    double top1Rate = (double) top1 / answerable.size();
    System.out.printf(
        "Ask accuracy over %d answerable questions: top-1 %d (%.1f %%), top-3 %d (%.1f %%)%n",
        answerable.size(), top1, 100 * top1Rate, top3, 100.0 * top3 / answerable.size());
    misses.forEach(miss -> System.out.println("  top-1 miss: " + miss));
    assertThat(top1Rate).as("top-1 accuracy (misses printed above)").isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void saysItDoesNotKnowWhatTheMonographCannotAnswer() {
    List<QuestionSet.Case> unanswerable =
        cases.stream().filter(QuestionSet.Case::unanswerable).toList();
    List<String> answered = new ArrayList<>();
    for (QuestionSet.Case c : unanswerable) {
      AskResult result = asker.ask(c.question(), c.jurisdiction());
      if (result.confident()) {
        answered.add(c + " -> " + describe(result));
      }
    }
    System.out.printf(
        "Ask declined %d of %d unanswerable questions%n",
        unanswerable.size() - answered.size(), unanswerable.size());
    answered.forEach(a -> System.out.println("  answered anyway: " + a));
    // Reached: 14 of 16 declined ("nearest pharmacy" and "drug test" share words with real facts).
    double declined = 1 - (double) answered.size() / unanswerable.size();
    assertThat(declined)
        .as("share declined; answered anyway: %s", answered)
        .isGreaterThanOrEqualTo(0.85);
  }

  private static String describe(AskResult result) {
    if (!result.confident()) {
      return "not confident";
    }
    Answer best = result.answers().get(0);
    return best.section() + " " + best.factId() + " (" + best.score() + ") \"" + best.text() + "\"";
  }
}
