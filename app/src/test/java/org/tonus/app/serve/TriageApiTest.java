package org.tonus.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code POST /api/triage} over real HTTP, with the answers of {@code tonus triage --json}. */
class TriageApiTest {
  @RegisterExtension static final ServerPerClass server = new ServerPerClass();

  static List<String> codes(JsonNode answer) {
    List<String> codes = new ArrayList<>();
    answer.path("alerts").forEach(alert -> codes.add(alert.path("code").asText()));
    return codes;
  }

  @Test
  void hallucinationsAreSeekCareNowAsACriticalAlert() {
    HttpResponse<String> response =
        server
            .running()
            .postJson(
                "/api/triage",
                "{\"text\": \"I'm really sleepy and I saw things that weren't there\"}");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode triage = RunningServer.tree(response);
    assertThat(triage.path("outcome").asText()).isEqualTo("SEEK_CARE_NOW");
    assertThat(codes(triage)).startsWith("SEEK_CARE_NOW").contains("OVERDOSE_SIGNS");
    assertThat(triage.path("alerts").get(0).path("severity").asText()).isEqualTo("critical");
    assertThat(triage.path("advice").get(0).asText()).contains("911");
    assertThat(triage.path("disclaimer").asText()).startsWith("This is not a diagnosis.");
  }

  @Test
  void mildSleepinessIsExpectedAndMild() {
    JsonNode triage =
        RunningServer.tree(
            server
                .running()
                .postJson("/api/triage", "{\"text\": \"a bit sleepy in the afternoon\"}"));

    assertThat(triage.path("outcome").asText()).isEqualTo("EXPECTED_MILD");
    assertThat(triage.path("alerts").size()).isZero();
  }

  @Test
  void aNegatedSymptomIsListedApart() {
    JsonNode triage =
        RunningServer.tree(
            server
                .running()
                .postJson("/api/triage", "{\"text\": \"no chest pain but my legs feel weak\"}"));

    assertThat(triage.path("negated").get(0).path("term").asText()).isEqualTo("chest-pain");
    assertThat(triage.path("symptoms").get(0).path("term").asText()).isEqualTo("leg-weakness");
    assertThat(triage.path("outcome").asText()).isEqualTo("CONTACT_PRESCRIBER");
  }

  @Test
  void theCurrentRegimenIsCheckedForThePatient() {
    // (140 - 67) x 70 / (72 x 1.8) x 0.85 = 33.5 mL/min; 20 mg tid = 60 mg a day, above the
    // 40 mg suggested for the band 30 to below 50 (RENAL_ADJUST).
    HttpResponse<String> response =
        server
            .running()
            .postJson(
                "/api/triage",
                """
            {"text": "I feel very drowsy",
             "patient": {"ageYears": 67, "weightKg": 70, "sex": "female", "serumCreatinineMgDl": 1.8},
             "current": {"sig": "baclofen 20 mg po tid"}, "today": "2026-11-23"}
            """);

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode triage = RunningServer.tree(response);
    assertThat(codes(triage)).contains("RENAL_ADJUST");
    assertThat(triage.path("regimenCheck").path("parsedOrder").path("dailyDoseMg").asInt())
        .isEqualTo(60);
  }

  @Test
  void badRequestsAreProblems() {
    JsonNode blank =
        ProblemsTest.problem(server.running().postJson("/api/triage", "{\"text\": \" \"}"), 400);
    JsonNode unknown =
        ProblemsTest.problem(
            server.running().postJson("/api/triage", "{\"txt\": \"drowsy\"}"), 400);
    JsonNode negative =
        ProblemsTest.problem(
            server.running().postJson("/api/triage", "{\"text\": \"drowsy\", \"missedDoses\": -2}"),
            400);
    ProblemsTest.problem(server.running().post("/api/triage", "text/plain", "drowsy"), 415);

    assertThat(blank.path("detail").asText()).contains("text is blank");
    assertThat(unknown.path("detail").asText()).contains("txt is not a known field");
    assertThat(negative.path("detail").asText()).contains("missedDoses is -2");
  }
}
