package org.tonus.app.request;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.tonus.core.check.CheckRequest;
import org.tonus.core.check.CheckResult;
import org.tonus.core.check.Checker;
import org.tonus.core.knowledge.KnowledgeLoader;

/**
 * Fuzzes the JSON path of {@code tonus check}: text to {@link RequestFields}, to a {@link
 * CheckRequest}, to a {@link CheckResult}. Any text either checks or is refused with a {@link
 * BadRequestException} whose message says what is wrong; any other exception escapes the test and
 * fails it. Plain JUnit replays {@code CheckRequestFuzzTestInputs/checkOnlyRefusesWithBadRequest};
 * {@code JAZZER_FUZZ=1} searches for new inputs.
 */
class CheckRequestFuzzTest {
  private static final Checker CHECKER = new Checker(KnowledgeLoader.loadBundled());
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  // Raw bytes read as UTF-8, so every corpus file is a request exactly as a client would send it.
  @FuzzTest(maxDuration = "5m")
  void checkOnlyRefusesWithBadRequest(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    CheckRequest request;
    try {
      request = CheckRequestReader.read(JsonRequest.parse(text), TODAY);
    } catch (BadRequestException refused) {
      assertThat(refused.getMessage()).as(text).isNotBlank();
      return;
    }
    CheckResult result = CHECKER.check(request);
    assertThat(result).as(text).isNotNull();
    assertThat(result.alerts()).as(text).isNotNull();
  }
}
