package org.tonus.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /api/ask} over real HTTP: the same answers as {@code tonus ask --format json}. */
class AskApiTest {
  @RegisterExtension static final ServerPerClass server = new ServerPerClass();

  static HttpResponse<String> ask(String question, String more) {
    return server
        .running()
        .get("/api/ask?q=" + URLEncoder.encode(question, StandardCharsets.UTF_8) + more);
  }

  @Test
  void alcoholIsAnsweredFromTheInteractionsSectionWithItsSources() {
    HttpResponse<String> response = ask("can I drink alcohol on baclofen?", "");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/json");
    JsonNode answer = RunningServer.tree(response);
    assertThat(answer.path("confident").asBoolean()).isTrue();
    JsonNode best = answer.path("answers").get(0);
    assertThat(best.path("section").asText()).isEqualTo("interactions");
    assertThat(best.path("text").asText()).containsIgnoringCase("alcohol");
    assertThat(best.path("sources").size()).isPositive();
    assertThat(best.path("score").asDouble()).isPositive();
    assertThat(answer.path("message").asText()).contains("pharmacist");
    assertThat(answer.path("disclaimer").asText()).startsWith("Not medical advice.");
  }

  @Test
  void aMissedDoseIsAnsweredFromTheMissedDoseSectionInTheUk() {
    JsonNode answer = RunningServer.tree(ask("what if I miss a dose?", "&jurisdiction=uk"));

    assertThat(answer.path("answers").get(0).path("section").asText()).isEqualTo("missed-dose");
  }

  @Test
  void anUnanswerableQuestionIsNotConfidentAndHasNoAnswers() {
    HttpResponse<String> response = ask("does baclofen cure cancer?", "");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode answer = RunningServer.tree(response);
    assertThat(answer.path("confident").asBoolean()).isFalse();
    assertThat(answer.path("answers").size()).isZero();
    assertThat(answer.path("message").asText())
        .contains("will not guess")
        .contains("ask a pharmacist or the prescriber");
  }

  @Test
  void aMissingBlankOrTooLongQuestionIsAProblem() {
    JsonNode missing = ProblemsTest.problem(server.running().get("/api/ask"), 400);
    JsonNode blank = ProblemsTest.problem(server.running().get("/api/ask?q=+++"), 400);
    JsonNode tooLong = ProblemsTest.problem(ask("alcohol ".repeat(63) + "x", ""), 400);
    JsonNode twice = ProblemsTest.problem(server.running().get("/api/ask?q=a&q=b"), 400);
    JsonNode jurisdiction = ProblemsTest.problem(ask("alcohol?", "&jurisdiction=FR"), 400);

    assertThat(missing.path("detail").asText()).startsWith("q is missing or blank");
    assertThat(blank.path("detail").asText()).startsWith("q is missing or blank");
    // 8 x 63 + 1 = 505 characters (the trailing "x" keeps the trim from shortening it)
    assertThat(tooLong.path("detail").asText()).contains("505 characters").contains("at most 500");
    assertThat(twice.path("detail").asText()).contains("q is given 2 times");
    assertThat(jurisdiction.path("detail").asText()).contains("'FR'").contains("US, UK");
  }
}
