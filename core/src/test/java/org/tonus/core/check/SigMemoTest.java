package org.tonus.core.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.knowledge.Knowledge;
import org.tonus.core.knowledge.KnowledgeLoader;
import org.tonus.core.sig.SigParser;

/**
 * Remembering parsed sigs must never change an answer: every clinical case gives the same result
 * from a checker that parses every time, a checker seeing the case for the first time, and the same
 * checker seeing it again from memory.
 */
class SigMemoTest {
  private static final Knowledge KNOWLEDGE = KnowledgeLoader.loadBundled();

  @Test
  void rememberedParsesGiveTheSameResultsAsFreshOnes() {
    Checker parsingEveryTime = new Checker(KNOWLEDGE, 0);
    Checker remembering = new Checker(KNOWLEDGE);
    List<JsonNode> cases = CheckCasesTest.cases().map(a -> (JsonNode) a.get()[1]).toList();
    for (int round = 0; round < 2; round++) {
      for (JsonNode c : cases) {
        CheckRequest request = CheckCasesTest.request(c);
        assertThat(remembering.check(request))
            .as("round %d of %s", round, c.get("name").asText())
            .isEqualTo(parsingEveryTime.check(request));
      }
    }
  }

  @Test
  void aFullMemoStillAnswersButRemembersNoMore() {
    SigMemo memo = new SigMemo(new SigParser(KNOWLEDGE, Jurisdiction.US), 1);
    assertThat(memo.parse("baclofen 10 mg po tid")).isEqualTo(memo.parse("baclofen 10 mg po tid"));
    assertThat(memo.parse("baclofen 5 mg po tid"))
        .isEqualTo(new SigParser(KNOWLEDGE, Jurisdiction.US).parse("baclofen 5 mg po tid"));
    assertThat(memo.remembered()).isEqualTo(1);
  }

  @Test
  void aNegativeCapacityIsRefused() {
    SigParser parser = new SigParser(KNOWLEDGE, Jurisdiction.US);
    assertThatThrownBy(() -> new SigMemo(parser, -1)).hasMessageContaining("not -1");
  }
}
