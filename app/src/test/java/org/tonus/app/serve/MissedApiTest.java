package org.tonus.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code POST /api/missed} over real HTTP. */
class MissedApiTest {
  @RegisterExtension static final ServerPerClass server = new ServerPerClass();

  @Test
  void soonAfterItWasDueTheDoseIsTakenNow() {
    // US: 40 min since it was due (<= 60, MISS-02-D), next dose 320 min away (> 60): take 10 mg.
    HttpResponse<String> response =
        server
            .running()
            .postJson(
                "/api/missed",
                """
            {"missedAt": "2026-11-23T08:00", "now": "2026-11-23T08:40",
             "nextDoseAt": "2026-11-23T14:00", "doseMg": 10}
            """);

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode missed = RunningServer.tree(response);
    assertThat(missed.path("action").asText()).isEqualTo("take_now");
    assertThat(missed.path("doseMg").decimalValue()).isEqualByComparingTo("10");
    assertThat(missed.path("neverDouble").asBoolean()).isTrue();
    assertThat(missed.path("minutesSinceMissed").asLong()).isEqualTo(40);
    assertThat(missed.path("minutesUntilNext").asLong()).isEqualTo(320);
    assertThat(missed.path("disclaimer").asText()).startsWith("Not medical advice.");
  }

  @Test
  void lateTheDoseIsSkippedWithNothingTakenNow() {
    // US: 150 min since it was due > 60: skip, 0 mg now.
    JsonNode missed =
        RunningServer.tree(
            server
                .running()
                .postJson(
                    "/api/missed",
                    """
                {"missedAt": "2026-11-23T08:00", "now": "2026-11-23T10:30",
                 "nextDoseAt": "2026-11-23T14:00", "doseMg": 10}
                """));

    assertThat(missed.path("action").asText()).isEqualTo("skip");
    assertThat(missed.path("doseMg").decimalValue()).isEqualByComparingTo("0");
    assertThat(missed.path("minutesSinceMissed").asLong()).isEqualTo(150);
  }

  @Test
  void theServerNeedsThePatientsTimeAndPossibleTimes() {
    JsonNode noNow =
        ProblemsTest.problem(
            server
                .running()
                .postJson(
                    "/api/missed",
                    "{\"missedAt\": \"2026-11-23T08:00\", \"nextDoseAt\": \"2026-11-23T14:00\","
                        + " \"doseMg\": 10}"),
            400);
    JsonNode backwards =
        ProblemsTest.problem(
            server
                .running()
                .postJson(
                    "/api/missed",
                    "{\"missedAt\": \"2026-11-23T08:00\", \"now\": \"2026-11-23T07:00\","
                        + " \"nextDoseAt\": \"2026-11-23T14:00\", \"doseMg\": 10}"),
            400);
    JsonNode badTime =
        ProblemsTest.problem(
            server
                .running()
                .postJson(
                    "/api/missed",
                    "{\"missedAt\": \"yesterday\", \"now\": \"2026-11-23T07:00\","
                        + " \"nextDoseAt\": \"2026-11-23T14:00\", \"doseMg\": 10}"),
            400);

    assertThat(noNow.path("detail").asText()).startsWith("now is required");
    assertThat(backwards.path("detail").asText()).contains("is before missedAt");
    assertThat(badTime.path("detail").asText()).contains("missedAt 'yesterday'");
  }
}
