package org.tonus.core.sig;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.knowledge.Knowledge;
import org.tonus.core.knowledge.KnowledgeLoader;

/**
 * Fuzzes the sig parser with any text. Under plain {@code ./mvnw verify} it replays the committed
 * inputs in {@code SigParserFuzzTestInputs/parseNeverThrows}; with {@code JAZZER_FUZZ=1} it
 * searches for new ones. The contract: a {@link Parsed} or a {@link Refused} whose span lies in the
 * text, and never an exception.
 */
class SigParserFuzzTest {
  private static final Knowledge KNOWLEDGE = KnowledgeLoader.loadBundled();
  private static final SigParser US = new SigParser(KNOWLEDGE, Jurisdiction.US);
  private static final SigParser UK = new SigParser(KNOWLEDGE, Jurisdiction.UK);

  // Raw bytes read as UTF-8, so every corpus file is the sig exactly as a user would type it.
  @FuzzTest(maxDuration = "5m")
  void parseNeverThrows(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    assertReadOrRefused(US.parse(text), text);
    assertReadOrRefused(UK.parse(text), text);
  }

  private static void assertReadOrRefused(SigParse parse, String text) {
    assertThat(parse).as(text).isNotNull();
    if (parse instanceof Refused refused) {
      assertThat(refused.message()).as(text).isNotBlank();
      assertThat(refused.start()).as("refusal start in %s", text).isBetween(0, text.length());
      assertThat(refused.end())
          .as("refusal end in %s", text)
          .isBetween(refused.start(), text.length());
    } else {
      assertThat(((Parsed) parse).sig()).as(text).isNotNull();
    }
  }
}
