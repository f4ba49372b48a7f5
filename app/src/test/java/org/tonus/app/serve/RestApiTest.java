package org.tonus.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every REST endpoint over real HTTP, answered with the numbers of the contracts. */
class RestApiTest {
  @RegisterExtension static final ServerPerClass server = new ServerPerClass();

  @Test
  void healthSaysUpWithTheKnowledgeLoaded() {
    HttpResponse<String> response = server.running().get("/api/health");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    JsonNode health = RunningServer.tree(response);
    assertThat(health.path("status").asText()).isEqualTo("ok");
    assertThat(health.path("version").asText()).isNotBlank();
    assertThat(health.path("knowledge").path("facts").asInt()).isPositive();
    assertThat(health.path("knowledge").path("sources").asInt()).isPositive();
  }

  @Test
  void checkFindsTheTitrationAndEpilepsyAlertsOfTheReadmeExample() {
    // 10 mL of Ozobax DS (2 mg/mL) = 20 mg a dose, x 3 a day = 60 mg, above the 15 mg start
    // (POL-04-A).
    HttpResponse<String> response =
        server
            .running()
            .postJson(
                "/api/check",
                """
            {"patient": {"ageYears": 45, "conditions": [{"icd10": "G40.909"}]},
             "order": {"sig": "Ozobax DS 10 mL po tid"}, "today": "2026-11-23"}
            """);

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode answer = RunningServer.tree(response);
    assertThat(answer.path("parsedOrder").path("dailyDoseMg").asInt()).isEqualTo(60);
    assertThat(codes(answer)).containsExactly("TITRATION_TOO_FAST", "CAUTION");
    assertThat(answer.path("alerts").get(0).path("severity").asText()).isEqualTo("warning");
    assertThat(answer.path("disclaimer").asText()).startsWith("Not medical advice.");
  }

  @Test
  void checkAcceptsTheJsonMediaTypeWithItsCharset() {
    HttpResponse<String> response =
        server
            .running()
            .post(
                "/api/check",
                "application/json; charset=UTF-8",
                "{\"patient\": {\"ageYears\": 45}, \"order\": {\"stop\": true}, \"today\": \"2026-11-23\"}");

    assertThat(response.statusCode()).isEqualTo(200);
  }

  @Test
  void titrateRaisesFiveMilligramsThreeTimesADayEveryThreeDaysToEighty() {
    // US: 5 mg tid, +5 mg a dose every 3 days, 80 mg/day maximum (README's plan, 690 mg in all).
    HttpResponse<String> response =
        server
            .running()
            .postJson(
                "/api/plan/titrate",
                "{\"patient\": {\"ageYears\": 45}, \"start\": \"2026-11-23\"}");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode plan = RunningServer.tree(response);
    JsonNode steps = plan.path("steps");
    assertThat(steps.get(0).path("doseMg").asInt()).isEqualTo(5);
    assertThat(steps.get(0).path("dosesPerDay").asInt()).isEqualTo(3);
    assertThat(steps.get(0).path("fromDate").asText()).isEqualTo("2026-11-23");
    assertThat(steps.get(steps.size() - 1).path("dailyMg").asInt()).isEqualTo(80);
    assertThat(plan.path("totalMg").asInt()).isEqualTo(690);
    assertThat(plan.path("maximumDailyMg").asInt()).isEqualTo(80);
  }

  @Test
  void taperEndsAtZero() {
    HttpResponse<String> response =
        server
            .running()
            .postJson(
                "/api/plan/taper",
                """
            {"patient": {"ageYears": 50}, "start": "2026-11-23",
             "current": {"sig": "baclofen 20 mg po tid"}}
            """);

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode steps = RunningServer.tree(response).path("steps");
    assertThat(steps.get(0).path("dailyMg").asInt()).isLessThan(60);
    assertThat(steps.get(steps.size() - 1).path("dailyMg").asInt()).isZero();
  }

  @Test
  void intrathecalStartDoublesASpinalScreeningDoseThatLastedUnderTwelveHours() {
    // Effect under 12 h: the first 24-hour dose is twice the screening dose, 2 x 50 = 100 mcg;
    // at 500 mcg/mL that is 100 / 500 = 0.2 mL a day.
    HttpResponse<String> response =
        server
            .running()
            .postJson(
                "/api/plan/intrathecal",
                """
            {"patient": {"ageYears": 40}, "screeningDoseMcg": 50, "effectHours": 8,
             "spasticityOrigin": "spinal", "concentrationMcgPerMl": 500}
            """);

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode plan = RunningServer.tree(response);
    assertThat(plan.path("initialDailyDoseMcg").decimalValue()).isEqualByComparingTo("100");
    assertThat(plan.path("rateMlPerDay").decimalValue()).isEqualByComparingTo("0.2");
  }

  @Test
  void renalWorksOutCockcroftGault() {
    // (140 - 67) x 70 / (72 x 1.8) x 0.85 = 33.5 mL/min
    HttpResponse<String> response =
        server
            .running()
            .postJson(
                "/api/renal",
                """
            {"patient": {"ageYears": 67, "weightKg": 70, "sex": "female",
             "serumCreatinineMgDl": 1.8}}
            """);

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode renal = RunningServer.tree(response);
    assertThat(renal.path("creatinineClearanceMlMin").decimalValue()).isEqualByComparingTo("33.5");
    assertThat(renal.path("alerts").size()).isPositive();
  }

  @Test
  void supplyOfNinetyTabletsAtThreeADayLastsThirtyDays() {
    // floor(90 / 3) = 30 days; the fill date is day 1, so the first day without tablets is
    // 2026-11-23 + 30 = 2026-12-23, and the refill is due 7 days before: 2026-12-16 (POL-15).
    HttpResponse<String> response =
        server
            .running()
            .postJson(
                "/api/supply",
                """
            {"sig": "baclofen 10 mg tab: 1 tab po tid", "quantity": 90, "fillDate": "2026-11-23"}
            """);

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode supply = RunningServer.tree(response);
    assertThat(supply.path("daysSupply").asInt()).isEqualTo(30);
    assertThat(supply.path("dailyMg").asInt()).isEqualTo(30);
    assertThat(supply.path("runsOutOn").asText()).isEqualTo("2026-12-23");
    assertThat(supply.path("refillDueOn").asText()).isEqualTo("2026-12-16");
  }

  @Test
  void pumpCountsDaysToTheAlarm() {
    // 20 mL x 500 mcg/mL = 10000 mcg; usable to the 2 mL alarm: 18 mL x 500 = 9000 mcg;
    // 9000 / 300 mcg a day = 30 days to the alarm; 10000 / 300 = 33 whole days to empty.
    HttpResponse<String> response =
        server
            .running()
            .postJson(
                "/api/pump",
                """
            {"refillDate": "2026-11-23", "volumeMl": 20, "concentrationMcgPerMl": 500,
             "dailyDoseMcg": 300, "reserveMl": 2, "today": "2026-11-30"}
            """);

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode pump = RunningServer.tree(response);
    assertThat(pump.path("totalMcg").decimalValue()).isEqualByComparingTo("10000");
    assertThat(pump.path("usableMcg").decimalValue()).isEqualByComparingTo("9000");
    assertThat(pump.path("daysToReserve").asInt()).isEqualTo(30);
    assertThat(pump.path("daysToEmpty").asInt()).isEqualTo(33);
  }

  @Test
  void monographComesInEveryFormat() {
    HttpResponse<String> json = server.running().get("/api/monograph?jurisdiction=UK&format=json");
    HttpResponse<String> text = server.running().get("/api/monograph?format=text");
    HttpResponse<String> markdown = server.running().get("/api/monograph?format=markdown");
    HttpResponse<String> html = server.running().get("/api/monograph?jurisdiction=us&format=html");

    assertThat(json.statusCode()).isEqualTo(200);
    JsonNode monograph = RunningServer.tree(json);
    assertThat(monograph.path("jurisdiction").asText()).isEqualTo("UK");
    assertThat(monograph.path("sections").size()).isPositive();
    assertThat(monograph.path("sources").size()).isPositive();
    assertThat(text.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
    assertThat(markdown.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("text/markdown");
    assertThat(html.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(html.body()).contains("<html");
  }

  @Test
  void everyRequestIsOneAccessLogLineWithoutBodyOrQuery() {
    server.running().get("/api/monograph?jurisdiction=UK&format=text");

    List<JsonNode> lines = new ArrayList<>();
    for (String line : server.running().accessLog().split("\n")) {
      if (!line.isBlank()) {
        lines.add(RunningServer.JSON.valueToTree(parse(line)));
      }
    }
    assertThat(lines)
        .anySatisfy(
            line -> {
              assertThat(line.path("method").asText()).isEqualTo("GET");
              assertThat(line.path("route").asText()).isEqualTo("/api/monograph");
              assertThat(line.path("status").asInt()).isEqualTo(200);
              assertThat(line.has("durationMs")).isTrue();
              assertThat(line.path("requestId").asText()).isNotBlank();
              assertThat(line.path("time").asText()).isNotBlank();
            });
    assertThat(server.running().accessLog())
        .doesNotContain("jurisdiction=")
        .doesNotContain("ageYears");
  }

  private static JsonNode parse(String line) {
    try {
      return RunningServer.JSON.readTree(line);
    } catch (java.io.IOException e) {
      throw new AssertionError("access log line is not JSON: " + line, e);
    }
  }

  private static List<String> codes(JsonNode answer) {
    List<String> codes = new ArrayList<>();
    answer.path("alerts").forEach(alert -> codes.add(alert.path("code").asText()));
    return codes;
  }
}
