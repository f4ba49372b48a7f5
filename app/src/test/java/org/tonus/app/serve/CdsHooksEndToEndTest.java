package org.tonus.app.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tonus.fhir.testing.HookResources.baclofen;
import static org.tonus.fhir.testing.HookResources.drafts;
import static org.tonus.fhir.testing.HookResources.observation;
import static org.tonus.fhir.testing.HookResources.patient;
import static org.tonus.fhir.testing.HookResources.searchset;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CDS hooks end to end over real HTTP: a signed client call to the running server, module
 * fhir's order service behind it, cards out; the patient's record from the prefetch, or fetched
 * with the client's bearer token from a real FHIR server (HAPI's RestfulServer) started here.
 */
class CdsHooksEndToEndTest {
  static final String ISSUER = "https://ehr.example.test";
  static final String TOKEN = "fhir-access-token-7f3a";
  static final FhirContext FHIR = FhirContext.forR4Cached();

  @TempDir static Path data;
  static RSAKey key;
  static RunningServer running;
  static InMemoryFhirServer ehr;

  @BeforeAll
  static void start() throws JOSEException, IOException {
    key = new RSAKeyGenerator(2048).keyID("ehr-1").generate();
    Path jwks = data.resolve("ehr-jwks.json");
    Files.writeString(
        jwks, new JWKSet(List.<JWK>of(key.toPublicJWK())).toString(), StandardCharsets.UTF_8);
    running =
        new RunningServer(
            data,
            builder ->
                builder.fhirContext(FHIR).trustedClient(TrustedClient.parse(ISSUER + "=" + jwks)));
    ehr = new InMemoryFhirServer(FHIR);
    MedicationRequest current = baclofen("current-1", "20", 3);
    current.setStatus(MedicationRequest.MedicationRequestStatus.ACTIVE);
    ehr.add(patient(), weight(), creatinine(), current);
  }

  @AfterAll
  static void stopServers() {
    running.close();
    ehr.close();
  }

  @Test
  void orderSignWithADoseAboveTheMaximumGetsAWarningCardThatCapsTheDose() {
    HttpResponse<String> response =
        call("tonus-order-sign", request("order-sign", drafts(baclofen("draft-1", "25", 4))));

    JsonNode card = card(response, "DOSE_ABOVE_MAX");
    // 25 mg x 4 = 100 mg a day, above 80 (DOSE-US-02), under 1.5 x 80: a warning
    assertThat(card.path("indicator").asText()).isEqualTo("warning");
    assertThat(card.path("summary").asText()).startsWith("Baclofen, dose above the maximum");
    assertThat(card.path("detail").asText()).contains("| dailyDoseMg | 100 |");
    // the card links resolve against the running server (its port known only after start)
    assertThat(card.path("source").path("url").asText())
        .isEqualTo(running.uri("/api/monograph#dosing").toString());
    assertThat(card.path("links").get(0).path("url").asText())
        .isEqualTo(running.uri("/api/plan/titrate").toString());
    JsonNode action = card.path("suggestions").get(0).path("actions").get(0);
    assertThat(action.path("type").asText()).isEqualTo("update");
    MedicationRequest capped = parse(action.path("resource"));
    assertThat(capped.getIdElement().getIdPart()).isEqualTo("draft-1");
    // 80 mg a day over 4 doses in 5 mg tablets (PROD-01-A): 4 tablets, 20 mg a dose
    assertThat(dose(capped)).isEqualByComparingTo("20");
  }

  @Test
  void orderSignOfAnAbruptStopGetsACardWithTheFirstTaperStep() {
    Map<String, Resource> prefetch = fullPrefetch();
    MedicationRequest current = baclofen("current-1", "20", 3);
    current.setStatus(MedicationRequest.MedicationRequestStatus.ACTIVE);
    prefetch.put("medications", searchset(current));

    HttpResponse<String> response =
        call("tonus-order-sign", request("order-sign", drafts(stopOrder()), prefetch));

    JsonNode card = card(response, "ABRUPT_STOP_RISK");
    assertThat(card.path("indicator").asText()).isEqualTo("warning");
    assertThat(card.path("source").path("url").asText()).endsWith("/api/monograph#withdrawal");
    // from 20 mg x 3 = 60 mg a day, one step of 5 mg a dose down (DOSE-US-03): 15 mg x 3
    MedicationRequest step =
        parse(card.path("suggestions").get(0).path("actions").get(0).path("resource"));
    assertThat(dose(step)).isEqualByComparingTo("15");
  }

  @Test
  void aCorrectOrderGetsNoCardsAtAll() {
    // 5 mg x 3 = 15 mg a day, the labelled start (DOSE-US-01), a 40-year-old, normal kidneys
    MedicationRequest start = baclofen("draft-2", "5", 3);
    start.addReasonCode(new CodeableConcept().setText("multiple sclerosis"));

    HttpResponse<String> response = call("tonus-order-sign", request("order-sign", drafts(start)));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(response.body()).isEqualTo("{\"cards\":[]}");
  }

  @Test
  void orderSelectChecksOnlyTheSelectedOrder() {
    ObjectNode selected = request("order-select", drafts(baclofen("draft-1", "25", 4)));
    ((ObjectNode) selected.path("context")).putArray("selections").add("MedicationRequest/draft-1");
    ObjectNode another = request("order-select", drafts(baclofen("draft-1", "25", 4)));
    ((ObjectNode) another.path("context")).putArray("selections").add("MedicationRequest/other");

    HttpResponse<String> checked = call("tonus-order-select", selected);
    HttpResponse<String> notSelected = call("tonus-order-select", another);

    assertThat(card(checked, "DOSE_ABOVE_MAX").path("indicator").asText()).isEqualTo("warning");
    assertThat(RunningServer.tree(checked).path("cards")).as(checked.body()).hasSize(1);
    assertThat(notSelected.body()).isEqualTo("{\"cards\":[]}");
  }

  @Test
  void withoutPrefetchTheRecordIsFetchedFromTheFhirServerWithTheBearerToken() {
    int before = ehr.received().size();
    ObjectNode request = request("order-sign", drafts(baclofen("draft-1", "25", 4)), Map.of());
    viaEhr(request);

    HttpResponse<String> response = call("tonus-order-sign", request);

    // the active 20 mg x 3 fetched from the server adds up: 100 + 60 = 160 mg a day, above
    // 1.5 x 80 = 120 (DOSE-US-02, POL-02): critical, where the prefetched record gave a warning
    JsonNode card = card(response, "DOSE_ABOVE_MAX");
    assertThat(card.path("indicator").asText()).isEqualTo("critical");
    assertThat(card.path("detail").asText()).contains("| dailyDoseMg | 160 |");
    List<InMemoryFhirServer.Received> fetched =
        ehr.received().subList(before, ehr.received().size());
    assertThat(fetched)
        .extracting(InMemoryFhirServer.Received::request)
        .anySatisfy(r -> assertThat(r).startsWith("GET /fhir/Patient/p1"))
        .anySatisfy(r -> assertThat(r).startsWith("GET /fhir/Condition?patient=p1"))
        .anySatisfy(r -> assertThat(r).startsWith("GET /fhir/MedicationRequest?patient=p1"))
        .anySatisfy(r -> assertThat(r).contains("2160-0"))
        .anySatisfy(r -> assertThat(r).contains("29463-7"));
    assertThat(fetched)
        .extracting(InMemoryFhirServer.Received::authorization)
        .containsOnly(Optional.of("Bearer " + TOKEN));
  }

  @Test
  void orderSelectWithoutPrefetchSeesTheActiveOrderOnTheFhirServerAndFlagsTheStop() {
    ObjectNode request = request("order-select", drafts(stopOrder()), Map.of());
    viaEhr(request);

    HttpResponse<String> response = call("tonus-order-select", request);

    assertThat(card(response, "ABRUPT_STOP_RISK").path("indicator").asText()).isEqualTo("warning");
  }

  @Test
  void aFhirServerThatCannotBeReachedIsA412WithoutTheToken() throws IOException {
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    ObjectNode request = request("order-sign", drafts(baclofen("draft-1", "25", 4)), Map.of());
    viaEhr(request);
    request.put("fhirServer", "http://127.0.0.1:" + closed + "/fhir");

    HttpResponse<String> response = call("tonus-order-sign", request);

    JsonNode problem = ProblemsTest.problem(response, 412);
    assertThat(problem.path("type").asText()).isEqualTo(Problem.FHIR_DATA_UNAVAILABLE);
    assertThat(problem.path("detail").asText()).contains("could not be fetched");
    assertThat(response.body()).doesNotContain(TOKEN);
    assertThat(running.accessLog()).doesNotContain(TOKEN);
    assertThat(running.errorLog()).doesNotContain(TOKEN);
  }

  @Test
  void aBaclofenDraftThatCannotBeReadIsACriticalCardNotAFailedCall() {
    MedicationRequest noUnit = baclofen("draft-1", "20", 3);
    Quantity dose =
        noUnit.getDosageInstructionFirstRep().getDoseAndRateFirstRep().getDoseQuantity();
    dose.setUnit(null).setCode(null).setSystem(null);

    HttpResponse<String> response = call("tonus-order-sign", request("order-sign", drafts(noUnit)));

    JsonNode card = card(response, "INVALID_ORDER");
    assertThat(card.path("indicator").asText()).isEqualTo("critical");
    assertThat(card.path("detail").asText()).contains("MedicationRequest/draft-1");
  }

  @Test
  void draftOrdersThatAreNotABundleAreA400() {
    ObjectNode request = request("order-sign", drafts(baclofen("draft-1", "25", 4)));
    ((ObjectNode) request.path("context")).set("draftOrders", tree(patient()));

    HttpResponse<String> response = call("tonus-order-sign", request);

    assertThat(ProblemsTest.problem(response, 400).path("detail").asText())
        .isEqualTo("context.draftOrders must be a FHIR Bundle");
  }

  // --- the calls ---

  private static HttpResponse<String> call(String service, ObjectNode body) {
    return running.send(
        HttpRequest.newBuilder(running.uri("/cds-services/" + service))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + jwt(service))
            .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
  }

  private static String jwt(String service) {
    Instant now = Instant.now();
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(ISSUER)
            .audience(running.uri("/cds-services/" + service).toString())
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
            .jwtID(UUID.randomUUID().toString())
            .build();
    try {
      return CdsHooksTest.token(key, JWSAlgorithm.RS384, claims);
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode card(HttpResponse<String> response, String code) {
    assertThat(response.statusCode())
        .as(() -> response.body() + "\n" + running.errorLog())
        .isEqualTo(200);
    return StreamSupport.stream(RunningServer.tree(response).path("cards").spliterator(), false)
        .filter(card -> card.path("source").path("topic").path("code").asText().equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + code + " card in " + response.body()));
  }

  private static void viaEhr(ObjectNode request) {
    request.put("fhirServer", ehr.base().toString());
    request
        .putObject("fhirAuthorization")
        .put("access_token", TOKEN)
        .put("token_type", "Bearer")
        .put("expires_in", 300)
        .put("scope", "patient/*.read")
        .put("subject", "tonus");
  }

  private static ObjectNode request(String hook, Bundle drafts) {
    return request(hook, drafts, fullPrefetch());
  }

  private static ObjectNode request(String hook, Bundle drafts, Map<String, Resource> prefetch) {
    ObjectNode json = RunningServer.JSON.createObjectNode();
    json.put("hook", hook);
    json.put("hookInstance", UUID.randomUUID().toString());
    ObjectNode context = json.putObject("context");
    context.put("userId", "Practitioner/dr-1");
    context.put("patientId", "p1");
    context.set("draftOrders", tree(drafts));
    ObjectNode prefetched = json.putObject("prefetch");
    prefetch.forEach((name, resource) -> prefetched.set(name, tree(resource)));
    return json;
  }

  /** Every template of discovery prefetched: the patient, weight, creatinine, empty searches. */
  private static Map<String, Resource> fullPrefetch() {
    Map<String, Resource> prefetch = new LinkedHashMap<>();
    CdsServices.tonus()
        .find("tonus-order-sign")
        .orElseThrow()
        .prefetch()
        .keySet()
        .forEach(name -> prefetch.put(name, searchset()));
    prefetch.put("patient", patient());
    prefetch.put("bodyWeight", searchset(weight()));
    prefetch.put("serumCreatinine", searchset(creatinine()));
    return prefetch;
  }

  // --- the resources ---

  private static Observation weight() {
    return observation("w1", "29463-7", "80", "kg");
  }

  private static Observation creatinine() {
    return observation("cr1", "2160-0", "0.9", "mg/dL");
  }

  private static MedicationRequest stopOrder() {
    MedicationRequest stop = baclofen("stop-1", "20", 3).setDoNotPerform(true);
    stop.getDosageInstruction().clear();
    return stop;
  }

  private static JsonNode tree(Resource resource) {
    try {
      return RunningServer.JSON.readTree(FHIR.newJsonParser().encodeResourceToString(resource));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static MedicationRequest parse(JsonNode json) {
    return FHIR.newJsonParser().parseResource(MedicationRequest.class, json.toString());
  }

  private static BigDecimal dose(MedicationRequest request) {
    return request
        .getDosageInstructionFirstRep()
        .getDoseAndRateFirstRep()
        .getDoseQuantity()
        .getValue();
  }
}
