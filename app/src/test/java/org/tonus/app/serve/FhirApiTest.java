package org.tonus.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tonus.fhir.testing.FhirValidation;

/**
 * FHIR R4 in and out of the REST API over real HTTP: a check from a Bundle, a check result as
 * DetectedIssues, plans as MedicationRequests, the monograph as MedicationKnowledge, and errors of
 * FHIR requests as OperationOutcomes. Every FHIR body is validated with HAPI's validator.
 */
class FhirApiTest {
  static final String FHIR_JSON = "application/fhir+json";

  @RegisterExtension static final ServerPerClass server = new ServerPerClass();

  @Test
  void aFhirBundleIsCheckedAndAnsweredWithTheJsonContract() {
    HttpResponse<String> response =
        server.running().post("/api/check", FHIR_JSON, resource("above-max.json"));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    // 25 mg x 4 = 100 mg a day, above the US maximum of 80, under 1.5 x 80 = 120: a warning
    JsonNode alert = alert(RunningServer.tree(response), "DOSE_ABOVE_MAX");
    assertThat(alert.path("severity").asText()).isEqualTo("warning");
  }

  @Test
  void aFhirBundleAskedBackAsFhirIsABundleOfValidDetectedIssues() {
    HttpResponse<String> response =
        server.running().post("/api/check?format=fhir", FHIR_JSON, resource("above-max.json"));

    JsonNode bundle = fhir(response, 200, "Bundle");
    JsonNode issue = issue(bundle, "DOSE_ABOVE_MAX");
    assertThat(issue.path("severity").asText()).isEqualTo("moderate");
    assertThat(issue.path("implicated").get(0).path("reference").asText())
        .isEqualTo("MedicationRequest/draft-2");
    assertThat(issue.path("patient").path("reference").asText()).isEqualTo("Patient/p2");
  }

  @Test
  void theJsonCheckContractAnswersInFhirForAnAcceptHeader() {
    HttpResponse<String> response =
        server
            .running()
            .send(
                HttpRequest.newBuilder(server.running().uri("/api/check"))
                    .header("Content-Type", "application/json")
                    .header("Accept", FHIR_JSON)
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"patient\": {\"ageYears\": 45}, \"order\": {\"sig\": \"baclofen 25 mg po"
                                + " qid\"}, \"today\": \"2026-11-23\"}")));

    JsonNode bundle = fhir(response, 200, "Bundle");
    assertThat(issue(bundle, "DOSE_ABOVE_MAX").path("severity").asText()).isEqualTo("moderate");
  }

  @Test
  void theJurisdictionOfAFhirCheckComesFromTheQuery() {
    HttpResponse<String> uk =
        server.running().post("/api/check?jurisdiction=UK", FHIR_JSON, resource("above-max.json"));
    HttpResponse<String> unknown =
        server.running().post("/api/check?jurisdiction=FR", FHIR_JSON, resource("above-max.json"));

    assertThat(uk.statusCode()).as(uk.body()).isEqualTo(200);
    // 25 mg x 4 = 100 mg a day: above the US maximum of 80, at the UK's 100 (DOSE-UK max)
    assertThat(RunningServer.tree(uk).path("alerts").findValuesAsText("code"))
        .doesNotContain("DOSE_ABOVE_MAX");
    JsonNode outcome = fhir(unknown, 400, "OperationOutcome");
    assertThat(outcome.path("issue").get(0).path("diagnostics").asText())
        .isEqualTo("jurisdiction 'FR' is not one of US, UK");
  }

  @Test
  void malformedFhirIsA400OperationOutcomeNamingTheProblem() {
    HttpResponse<String> notJson =
        server.running().post("/api/check", FHIR_JSON, "{\"resourceType\": ");
    HttpResponse<String> notABundle =
        server
            .running()
            .post("/api/check", FHIR_JSON, "{\"resourceType\": \"Patient\", \"id\": \"p1\"}");

    JsonNode outcome = fhir(notJson, 400, "OperationOutcome");
    assertThat(outcome.path("issue").get(0).path("code").asText()).isEqualTo("invalid");
    assertThat(outcome.path("issue").get(0).path("diagnostics").asText()).isNotBlank();
    assertThat(fhir(notABundle, 400, "OperationOutcome").path("issue").get(0).path("diagnostics"))
        .isNotNull();
    assertThat(notJson.body() + notABundle.body()).doesNotContain("\tat ");
  }

  @Test
  void aJsonRequestWithAnErrorKeepsProblemJson() {
    HttpResponse<String> response = server.running().postJson("/api/check", "{\"patient\": ");

    ProblemsTest.problem(response, 400);
  }

  @Test
  void aTitrationPlanInFhirIsAMedicationRequestWithADosageASteps() {
    HttpResponse<String> response =
        server
            .running()
            .post(
                "/api/plan/titrate?format=fhir",
                "application/json",
                "{\"patient\": {\"ageYears\": 45}, \"start\": \"2026-11-23\"}");

    JsonNode request = fhir(response, 200, "MedicationRequest");
    assertThat(request.path("intent").asText()).isEqualTo("plan");
    // doses are plain decimals: 10 mg is 10, never 1E+1
    assertThat(response.body()).doesNotContain("E+");
    JsonNode dosages = request.path("dosageInstruction");
    assertThat(dosages.size()).isGreaterThan(1);
    for (int i = 0; i < dosages.size(); i++) {
      assertThat(dosages.get(i).path("sequence").asInt()).isEqualTo(i + 1);
    }
    // the first step: 5 mg three times a day (DOSE-US-01)
    assertThat(dosages.get(0).path("doseAndRate").get(0).path("doseQuantity").path("value").asInt())
        .isEqualTo(5);
    assertThat(dosages.get(0).path("timing").path("repeat").path("frequency").asInt()).isEqualTo(3);
  }

  @Test
  void aTaperPlanInFhirForAnAcceptHeaderIsAMedicationRequest() {
    HttpResponse<String> response =
        server
            .running()
            .send(
                HttpRequest.newBuilder(server.running().uri("/api/plan/taper"))
                    .header("Content-Type", "application/json")
                    .header("Accept", FHIR_JSON)
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"patient\": {\"ageYears\": 50}, \"start\": \"2026-11-23\","
                                + " \"current\": {\"sig\": \"baclofen 20 mg po tid\"}}")));

    JsonNode request = fhir(response, 200, "MedicationRequest");
    assertThat(request.path("note").get(0).path("text").asText()).startsWith("Taper plan");
  }

  @Test
  void theMonographInFhirIsMedicationKnowledge() {
    HttpResponse<String> us = server.running().get("/api/monograph?format=fhir");
    HttpResponse<String> uk = server.running().get("/api/monograph?format=fhir&jurisdiction=UK");

    assertThat(fhir(us, 200, "MedicationKnowledge").path("code").toString()).contains("aclofen");
    fhir(uk, 200, "MedicationKnowledge");
  }

  @Test
  void anUnknownRouteAskedInFhirIsA404OperationOutcome() {
    HttpResponse<String> response =
        server
            .running()
            .send(
                HttpRequest.newBuilder(server.running().uri("/api/nothing-here"))
                    .header("Accept", FHIR_JSON)
                    .GET());

    JsonNode outcome = fhir(response, 404, "OperationOutcome");
    assertThat(outcome.path("issue").get(0).path("code").asText()).isEqualTo("not-found");
  }

  /** Asserts the status, the FHIR media type, the resource type and that the body validates. */
  private static JsonNode fhir(HttpResponse<String> response, int status, String type) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(value -> assertThat(value).startsWith(FHIR_JSON));
    JsonNode resource = RunningServer.tree(response);
    assertThat(resource.path("resourceType").asText()).isEqualTo(type);
    assertThat(FhirValidation.errors(response.body())).as(response.body()).isEmpty();
    return resource;
  }

  private static JsonNode issue(JsonNode bundle, String code) {
    List<String> codes = new ArrayList<>();
    for (JsonNode entry : bundle.path("entry")) {
      JsonNode resource = entry.path("resource");
      String found = resource.path("code").path("coding").path(0).path("code").asText();
      codes.add(found);
      if (resource.path("resourceType").asText().equals("DetectedIssue") && found.equals(code)) {
        return resource;
      }
    }
    throw new AssertionError("no DetectedIssue " + code + " among " + codes);
  }

  private static JsonNode alert(JsonNode answer, String code) {
    for (JsonNode alert : answer.path("alerts")) {
      if (alert.path("code").asText().equals(code)) {
        return alert;
      }
    }
    throw new AssertionError("no alert " + code + " in " + answer);
  }

  private static String resource(String name) {
    try (InputStream in = FhirApiTest.class.getResourceAsStream("fhir/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
