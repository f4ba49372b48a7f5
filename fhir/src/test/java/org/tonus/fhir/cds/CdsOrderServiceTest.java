package org.tonus.fhir.cds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tonus.fhir.testing.HookResources.baclofen;
import static org.tonus.fhir.testing.HookResources.drafts;
import static org.tonus.fhir.testing.HookResources.observation;
import static org.tonus.fhir.testing.HookResources.patient;
import static org.tonus.fhir.testing.HookResources.searchset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.fhir.FhirInputException;
import org.tonus.fhir.TestData;
import org.tonus.fhir.testing.FhirValidation;

class CdsOrderServiceTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  private static final String BASE = "https://tonus.example.org";

  private final CdsOrderService service =
      new CdsOrderService(
          TestData.FHIR,
          TestData.KNOWLEDGE,
          TestData.CHECKER,
          new CdsSettings(
              URI.create(BASE),
              Jurisdiction.US,
              Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC)));

  /** Fails the test when called: every key was prefetched. */
  private static final FhirFetcher NEVER =
      (server, query) -> {
        throw new AssertionError("fetched " + query + " although it was prefetched");
      };

  @Test
  void doseAboveTheMaximumGetsACardWithTheCappedDose() {
    CdsHookRequest request =
        request("order-sign", drafts(baclofen("draft-1", "25", 4)), prefetchFor(patient()));

    CdsResponse response = service.call(CdsServices.ORDER_SIGN_ID, request, NEVER);

    CdsResponse.Card card = card(response, "DOSE_ABOVE_MAX");
    // 25 mg x 4 = 100 mg a day, above 80 (DOSE-US-02) and below 1.5 x 80 = 120: a warning
    assertThat(card.indicator()).isEqualTo("warning");
    assertThat(card.summary()).hasSizeLessThan(140).startsWith("Baclofen, dose above the maximum");
    assertThat(card.detail().orElseThrow())
        .contains("| dailyDoseMg | 100 |", "| maximumDailyMg | 80 |");
    assertThat(card.source().url()).hasValue(BASE + "/api/monograph#dosing");
    assertThat(card.links())
        .extracting(CdsResponse.Link::url)
        .containsExactly(BASE + "/api/plan/titrate");
    assertThat(card.links()).extracting(CdsResponse.Link::type).containsExactly("absolute");
    assertThat(card.overrideReasons()).isNotEmpty();
    assertThat(card.selectionBehavior()).hasValue("at-most-one");
    // room 80 mg a day over 4 doses in 5 mg tablets (PROD-01-A): 80 / (4 x 5) = 4 tablets = 20 mg
    CdsResponse.Action action = card.suggestions().get(0).actions().get(0);
    assertThat(action.type()).isEqualTo("update");
    MedicationRequest capped = parse(action.resource().orElseThrow(), MedicationRequest.class);
    assertThat(capped.getIdElement().getIdPart()).isEqualTo("draft-1");
    Dosage dosage = capped.getDosageInstructionFirstRep();
    assertThat(dosage.getDoseAndRateFirstRep().getDoseQuantity().getValue())
        .isEqualByComparingTo("20");
    assertThat(dosage.getTiming().getRepeat().getFrequency()).isEqualTo(4);
    assertThat(FhirValidation.errors(capped)).isEmpty();
  }

  @Test
  void anAbruptStopGetsACardWithTheFirstTaperStep() {
    MedicationRequest current = baclofen("current-1", "20", 3);
    current.setStatus(MedicationRequest.MedicationRequestStatus.ACTIVE);
    MedicationRequest stop = baclofen("stop-1", "20", 3).setDoNotPerform(true);
    stop.getDosageInstruction().clear();
    Map<String, Resource> prefetch = prefetchFor(patient());
    prefetch.put(Prefetch.MEDICATIONS, searchset(current));

    CdsResponse response =
        service.call(
            CdsServices.ORDER_SIGN_ID, request("order-sign", drafts(stop), prefetch), NEVER);

    CdsResponse.Card card = card(response, "ABRUPT_STOP_RISK");
    assertThat(card.indicator()).isEqualTo("warning");
    assertThat(card.source().url()).hasValue(BASE + "/api/monograph#withdrawal");
    MedicationRequest step =
        parse(
            card.suggestions().get(0).actions().get(0).resource().orElseThrow(),
            MedicationRequest.class);
    assertThat(step.getDoNotPerform()).isFalse();
    Dosage first = step.getDosageInstructionFirstRep();
    // from 20 mg x 3 = 60 mg a day, one titration step down (5 mg a dose, DOSE-US-03): 15 mg x 3
    assertThat(first.getDoseAndRateFirstRep().getDoseQuantity().getValue())
        .isEqualByComparingTo("15");
    assertThat(first.getTiming().getRepeat().getFrequency()).isEqualTo(3);
    assertThat(first.getTiming().getRepeat().getBoundsPeriod().getStartElement().getValueAsString())
        .isEqualTo("2026-11-23");
    assertThat(FhirValidation.errors(step)).isEmpty();
  }

  @Test
  void aDraftWithoutBaclofenGivesNoCardsAndFetchesNothing() {
    MedicationRequest other = baclofen("draft-9", "2", 3);
    other.setMedication(new CodeableConcept().setText("tizanidine 2 mg tablet"));
    CdsHookRequest request = request("order-select", drafts(other), Map.of());

    assertThat(service.call(CdsServices.ORDER_SELECT_ID, request, NEVER).cards()).isEmpty();
  }

  @Test
  void anOrderWithinTheRulesGivesNoCards() {
    // 5 mg x 3 = 15 mg a day, the labelled start (DOSE-US-01), for a 40-year-old with normal
    // kidneys
    Map<String, Resource> prefetch = prefetchFor(patient());
    prefetch.put(Prefetch.CREATININE, searchset(creatinine("0.9")));
    MedicationRequest start = baclofen("draft-2", "5", 3);
    start.addReasonCode(new CodeableConcept().setText("multiple sclerosis"));

    CdsResponse response =
        service.call(
            CdsServices.ORDER_SIGN_ID, request("order-sign", drafts(start), prefetch), NEVER);

    assertThat(response.cards()).isEmpty();
    assertThat(CdsJson.write(response)).isEqualTo("{\"cards\":[]}");
  }

  @Test
  void aBaclofenDraftWhoseDoseHasNoUnitIsACriticalInvalidOrderCardAndNothingIsFetched() {
    MedicationRequest noUnit = baclofen("draft-1", "20", 3);
    noUnit.getDosageInstructionFirstRep().getDoseAndRateFirstRep().getDoseQuantity().setUnit(null);
    noUnit.getDosageInstructionFirstRep().getDoseAndRateFirstRep().getDoseQuantity().setCode(null);
    noUnit
        .getDosageInstructionFirstRep()
        .getDoseAndRateFirstRep()
        .getDoseQuantity()
        .setSystem(null);

    CdsResponse response =
        service.call(
            CdsServices.ORDER_SIGN_ID, request("order-sign", drafts(noUnit), Map.of()), NEVER);

    CdsResponse.Card card = card(response, "INVALID_ORDER");
    assertThat(response.cards()).hasSize(1);
    assertThat(card.indicator()).isEqualTo("critical");
    assertThat(card.summary()).startsWith("Baclofen, order cannot be read");
    assertThat(card.detail().orElseThrow()).contains("MedicationRequest/draft-1", "POL-10");
    assertThat(card.suggestions()).isEmpty();
  }

  @Test
  void whatIsNotPrefetchedIsFetchedFromTheFhirServerWithTheToken() {
    List<String> queries = new ArrayList<>();
    List<FhirServer> servers = new ArrayList<>();
    FhirFetcher fake =
        (server, query) -> {
          queries.add(query);
          servers.add(server);
          return query.startsWith("Patient/") ? patient() : searchset();
        };
    Map<String, Resource> prefetch = new LinkedHashMap<>();
    prefetch.put(Prefetch.PATIENT, patient());
    ObjectNode json = requestJson("order-sign", drafts(baclofen("draft-1", "25", 4)), prefetch);
    json.put("fhirServer", "https://ehr.example.org/fhir");
    json.putObject("fhirAuthorization")
        .put("access_token", "secret-token")
        .put("token_type", "Bearer")
        .put("expires_in", 300)
        .put("scope", "patient/*.read")
        .put("subject", "tonus");

    CdsResponse response =
        service.call(CdsServices.ORDER_SIGN_ID, CdsJson.readRequest(json.toString()), fake);

    assertThat(queries)
        .containsExactly(
            "Condition?patient=p1&clinical-status=active",
            "MedicationRequest?patient=p1&status=active",
            "MedicationStatement?patient=p1&status=active",
            "AllergyIntolerance?patient=p1",
            "Observation?patient=p1&code=http://loinc.org|2160-0&_sort=-date&_count=1",
            "Observation?patient=p1&code=http://loinc.org|2164-2&_sort=-date&_count=1",
            "Observation?patient=p1&code=http://loinc.org|29463-7&_sort=-date&_count=1",
            "Observation?patient=p1&code=http://loinc.org|82810-3&_sort=-date&_count=1");
    assertThat(servers).allSatisfy(s -> assertThat(s.bearerToken()).hasValue("secret-token"));
    assertThat(servers.get(0).toString()).doesNotContain("secret-token");
    assertThat(response.cards())
        .extracting(c -> c.source().topic().orElseThrow().code())
        .contains("DOSE_ABOVE_MAX");
  }

  @Test
  void everyCardSummaryIsUnder140Characters() {
    Patient old = patient().setBirthDateElement(new org.hl7.fhir.r4.model.DateType("1940-01-01"));
    Map<String, Resource> prefetch = prefetchFor(old);
    prefetch.put(Prefetch.CREATININE, searchset(creatinine("2.5")));
    CdsResponse response =
        service.call(
            CdsServices.ORDER_SIGN_ID,
            request("order-sign", drafts(baclofen("draft-3", "40", 4)), prefetch),
            NEVER);

    assertThat(response.cards()).hasSizeGreaterThan(1);
    assertThat(response.cards()).allSatisfy(c -> assertThat(c.summary()).hasSizeLessThan(140));
  }

  @Test
  void discoveryListsBothServicesWithTheirPrefetchTemplates() throws Exception {
    JsonNode discovery = CdsJson.mapper().readTree(CdsJson.write(CdsServices.discovery()));

    assertThat(discovery.get("services")).hasSize(2);
    JsonNode sign = discovery.get("services").get(1);
    assertThat(sign.get("id").asText()).isEqualTo("tonus-order-sign");
    assertThat(sign.get("hook").asText()).isEqualTo("order-sign");
    assertThat(sign.get("prefetch").get("patient").asText())
        .isEqualTo("Patient/{{context.patientId}}");
    assertThat(sign.get("prefetch").get("conditions").asText())
        .isEqualTo("Condition?patient={{context.patientId}}&clinical-status=active");
    assertThat(sign.get("prefetch").get("serumCreatinine").asText())
        .isEqualTo(
            "Observation?patient={{context.patientId}}&code=http://loinc.org|2160-0&_sort=-date&_count=1");
    assertThat(sign.get("prefetch").get("bodyWeight").asText()).contains("29463-7");
  }

  @Test
  void malformedCallsAreRefusedWithTheFieldNamed() {
    assertThatThrownBy(() -> CdsJson.readRequest("{\"hook\": \"order-sign\"}"))
        .isInstanceOf(FhirInputException.class)
        .hasMessageContaining("hookInstance is required");
    assertThatThrownBy(() -> CdsJson.readRequest("not json"))
        .isInstanceOf(FhirInputException.class);
    CdsHookRequest wrongHook = request("order-select", drafts(baclofen("d", "5", 3)), Map.of());
    assertThatThrownBy(() -> service.call(CdsServices.ORDER_SIGN_ID, wrongHook, NEVER))
        .hasMessageContaining("answers hook order-sign, not order-select");
    CdsHookRequest noServer = request("order-sign", drafts(baclofen("d", "5", 3)), Map.of());
    assertThatThrownBy(() -> service.call(CdsServices.ORDER_SIGN_ID, noServer, NEVER))
        .hasMessageContaining("prefetch.patient is missing and the request names no fhirServer");
  }

  @Test
  void orderSelectChecksOnlyTheSelectedOrders() {
    ObjectNode json =
        requestJson(
            "order-select",
            drafts(baclofen("draft-1", "25", 4), baclofen("draft-2", "5", 3)),
            prefetchFor(patient()));
    ((ObjectNode) json.get("context")).putArray("selections").add("MedicationRequest/draft-2");

    CdsResponse response =
        service.call(CdsServices.ORDER_SELECT_ID, CdsJson.readRequest(json.toString()), NEVER);

    // draft-1 (100 mg a day) is not selected, so no DOSE_ABOVE_MAX card
    assertThat(response.cards())
        .extracting(c -> c.source().topic().orElseThrow().code())
        .doesNotContain("DOSE_ABOVE_MAX");
  }

  @Test
  void aPrefetchKeySentAsNullIsFetchedAndAFailedFetchIsNeverTakenForNoData() {
    ObjectNode json =
        requestJson("order-sign", drafts(baclofen("draft-1", "25", 4)), prefetchFor(patient()));
    ((ObjectNode) json.get("prefetch")).putNull("serumCreatinine");
    json.put("fhirServer", "https://ehr.example.org/fhir");
    List<String> queries = new ArrayList<>();
    FhirFetcher failing =
        (server, query) -> {
          queries.add(query);
          throw new FhirFetchException("FHIR server answered " + query + " with HTTP 503");
        };

    assertThatThrownBy(
            () ->
                service.call(
                    CdsServices.ORDER_SIGN_ID, CdsJson.readRequest(json.toString()), failing))
        .isInstanceOf(FhirFetchException.class)
        .hasMessageContaining("HTTP 503");
    assertThat(queries)
        .containsExactly(
            "Observation?patient=p1&code=http://loinc.org|2160-0&_sort=-date&_count=1");
  }

  @Test
  void cardsSerialiseWithTheSpecificationsFieldNames() throws Exception {
    CdsResponse response =
        service.call(
            CdsServices.ORDER_SIGN_ID,
            request("order-sign", drafts(baclofen("draft-1", "25", 4)), prefetchFor(patient())),
            NEVER);

    JsonNode card = CdsJson.mapper().readTree(CdsJson.write(response)).get("cards").get(0);
    assertThat(card.get("uuid").asText()).hasSize(36);
    assertThat(card.get("indicator").asText()).isEqualTo("warning");
    assertThat(card.get("source").get("label").asText()).isEqualTo("Tonus baclofen monograph");
    assertThat(card.get("source").get("topic").get("system").asText())
        .isEqualTo("https://tonus.example.org/fhir/CodeSystem/alert-code");
    JsonNode suggestion = card.get("suggestions").get(0);
    assertThat(suggestion.get("isRecommended").asBoolean()).isTrue();
    assertThat(suggestion.get("actions").get(0).get("resource").get("resourceType").asText())
        .isEqualTo("MedicationRequest");
    assertThat(suggestion.get("actions").get(0).has("resourceId")).isFalse();
    assertThat(card.get("selectionBehavior").asText()).isEqualTo("at-most-one");
    assertThat(card.get("overrideReasons").get(0).get("code").asText()).isNotBlank();
    assertThat(card.get("links").get(0).get("type").asText()).isEqualTo("absolute");
  }

  @Test
  void anotherDraftSignedWithBaclofenIsCheckedAsACoMedication() {
    MedicationRequest diazepam = baclofen("draft-7", "5", 3);
    diazepam.setMedication(new CodeableConcept().setText("diazepam 5 mg tablet"));
    diazepam.getDosageInstructionFirstRep().setText("5 mg po tid");

    CdsResponse response =
        service.call(
            CdsServices.ORDER_SIGN_ID,
            request(
                "order-sign",
                drafts(baclofen("draft-1", "5", 3), diazepam),
                prefetchFor(patient())),
            NEVER);

    // diazepam is a benzodiazepine, a CNS depressant (interactions section)
    assertThat(response.cards())
        .extracting(c -> c.source().topic().orElseThrow().code())
        .contains("INTERACTION");
  }

  // --- building hook calls ---

  private static Observation creatinine(String mgDl) {
    return observation("cr-" + mgDl, "2160-0", mgDl, "mg/dL");
  }

  /** Every key prefetched: the patient, and empty searches but for the body weight of 80 kg. */
  private static Map<String, Resource> prefetchFor(Patient patient) {
    Map<String, Resource> prefetch = new LinkedHashMap<>();
    for (String key : Prefetch.TEMPLATES.keySet()) {
      prefetch.put(key, searchset());
    }
    prefetch.put(Prefetch.PATIENT, patient);
    Observation weight = new Observation();
    weight.setId("w1");
    weight.setStatus(Observation.ObservationStatus.FINAL);
    weight.setCode(new CodeableConcept(new Coding("http://loinc.org", "29463-7", "Body weight")));
    weight.setValue(
        new Quantity()
            .setValue(80)
            .setUnit("kg")
            .setSystem("http://unitsofmeasure.org")
            .setCode("kg"));
    prefetch.put(Prefetch.WEIGHT, searchset(weight));
    return prefetch;
  }

  private static CdsHookRequest request(
      String hook, Bundle drafts, Map<String, Resource> prefetch) {
    return CdsJson.readRequest(requestJson(hook, drafts, prefetch).toString());
  }

  private static ObjectNode requestJson(
      String hook, Bundle drafts, Map<String, Resource> prefetch) {
    ObjectNode json = CdsJson.mapper().createObjectNode();
    json.put("hook", hook);
    json.put("hookInstance", "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea");
    ObjectNode context = json.putObject("context");
    context.put("userId", "Practitioner/dr-1");
    context.put("patientId", "p1");
    context.set("draftOrders", tree(drafts));
    ObjectNode prefetched = json.putObject("prefetch");
    prefetch.forEach((key, resource) -> prefetched.set(key, tree(resource)));
    return json;
  }

  private static JsonNode tree(Resource resource) {
    try {
      return CdsJson.mapper()
          .readTree(TestData.FHIR.newJsonParser().encodeResourceToString(resource));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static <T extends Resource> T parse(JsonNode json, Class<T> type) {
    return TestData.FHIR.newJsonParser().parseResource(type, json.toString());
  }

  private static CdsResponse.Card card(CdsResponse response, String code) {
    return response.cards().stream()
        .filter(c -> c.source().topic().orElseThrow().code().equals(code))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no " + code + " card in " + CdsJson.write(response)));
  }
}
