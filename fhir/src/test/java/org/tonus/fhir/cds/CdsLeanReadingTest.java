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
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.fhir.TestData;

/**
 * The hook reads the patient's record with the lean reader; these calls must get the same answer,
 * card for card and byte for byte, as when HAPI reads the record, and the lean reading must manage
 * them alone (no fall-back to HAPI): the load run's call, the unit tests' prefetches, a
 * medicationReference to a Medication of the prefetch, a current regimen with a start date,
 * statements, pounds and µmol/L, pregnancy, conditions and allergies, co-ordered drafts, and what
 * is fetched from the FHIR server rather than prefetched.
 */
class CdsLeanReadingTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  private static CdsOrderService service(CdsOrderService.Reading reading) {
    return new CdsOrderService(
        TestData.FHIR,
        TestData.KNOWLEDGE,
        TestData.CHECKER,
        new CdsSettings(
            URI.create("https://tonus.example.org"),
            Jurisdiction.US,
            Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC)),
        reading);
  }

  private static final CdsOrderService HAPI = service(CdsOrderService.Reading.HAPI);
  private static final CdsOrderService LEAN = service(CdsOrderService.Reading.LEAN_ONLY);

  /** Fetches the patient, or an empty search; what the hook asks for is fetched alike by both. */
  private static final FhirFetcher SERVER =
      (server, query) -> query.startsWith("Patient/") ? patient() : searchset(weight("80", "kg"));

  @ParameterizedTest(name = "{0}")
  @MethodSource("calls")
  void theLeanReadingAnswersAsHapiDoes(String name, String call) {
    String hapi = CdsJson.write(HAPI.call(serviceOf(call), CdsJson.readRequest(call), SERVER));
    String lean = CdsJson.write(LEAN.call(serviceOf(call), CdsJson.readRequest(call), SERVER));

    assertThat(lean).isEqualTo(hapi);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unplaced")
  void whatTheLeanReadingCannotPlaceIsReadByHapi(String name, String call) {
    assertThatThrownBy(() -> LEAN.call(serviceOf(call), CdsJson.readRequest(call), SERVER).cards())
        .isInstanceOf(RuntimeException.class);
    CdsOrderService service = service(CdsOrderService.Reading.LEAN);
    assertThat(CdsJson.write(service.call(serviceOf(call), CdsJson.readRequest(call), SERVER)))
        .isEqualTo(CdsJson.write(HAPI.call(serviceOf(call), CdsJson.readRequest(call), SERVER)));
  }

  static Stream<Arguments> calls() throws IOException {
    Map<String, Resource> current = prefetch(patient());
    MedicationRequest active = baclofen("current-1", "20", 3);
    active.setStatus(MedicationRequest.MedicationRequestStatus.ACTIVE);
    active.setAuthoredOnElement(new DateTimeType("2026-10-01T09:30:00+02:00"));
    MedicationRequest other = new MedicationRequest();
    other.setId("m2");
    other.setStatus(MedicationRequest.MedicationRequestStatus.ACTIVE);
    other.setMedication(new CodeableConcept(new Coding(null, "12345", null)));
    current.put(Prefetch.MEDICATIONS, searchset(active, other));
    MedicationRequest stop = baclofen("stop-1", "20", 3).setDoNotPerform(true);
    stop.getDosageInstruction().clear();

    Map<String, Resource> referenced = prefetch(patient());
    Medication medication = new Medication();
    medication.setId("med-7");
    medication.setCode(new CodeableConcept().setText("tizanidine 4 mg tablet"));
    MedicationRequest byReference = new MedicationRequest();
    byReference.setId("m7");
    byReference.setStatus(MedicationRequest.MedicationRequestStatus.ACTIVE);
    byReference.setMedication(new Reference("Medication/med-7"));
    byReference.addDosageInstruction().setText("4 mg three times a day");
    MedicationRequest byDisplay = new MedicationRequest();
    byDisplay.setId("m8");
    byDisplay.setStatus(MedicationRequest.MedicationRequestStatus.ACTIVE);
    byDisplay.setMedication(new Reference("Medication/elsewhere").setDisplay("gabapentin"));
    MedicationRequest contained = new MedicationRequest();
    contained.setId("m9");
    contained.setStatus(MedicationRequest.MedicationRequestStatus.ACTIVE);
    Medication inside = new Medication();
    inside.setId("inner");
    inside.setCode(new CodeableConcept().setText("diazepam 5 mg"));
    contained.addContained(inside);
    contained.setMedication(new Reference("#inner"));
    referenced.put(Prefetch.MEDICATIONS, searchset(byReference, byDisplay, contained, medication));

    Map<String, Resource> clinical = prefetch(woman());
    MedicationStatement statement = new MedicationStatement();
    statement.setId("s1");
    statement.setStatus(MedicationStatement.MedicationStatementStatus.ACTIVE);
    statement.setMedication(new CodeableConcept().setText("Lioresal 10 mg tablet"));
    statement.setEffective(new Period().setStartElement(new DateTimeType("2026-06-01")));
    statement.addDosage().setText("10 mg three times a day");
    clinical.put(Prefetch.STATEMENTS, searchset(statement));
    Condition ms = new Condition();
    ms.setCode(
        new CodeableConcept(new Coding("http://hl7.org/fhir/sid/icd-10-cm", "G35", null))
            .setText("Multiple sclerosis"));
    Condition resolved = new Condition();
    resolved.setClinicalStatus(
        new CodeableConcept(
            new Coding(
                "http://terminology.hl7.org/CodeSystem/condition-clinical", "resolved", null)));
    resolved.setCode(new CodeableConcept().setText("epilepsy"));
    clinical.put(Prefetch.CONDITIONS, searchset(ms, resolved));
    AllergyIntolerance allergy = new AllergyIntolerance();
    allergy.setCode(new CodeableConcept().setText("baclofen"));
    allergy.addReaction().setDescription("rash");
    clinical.put(Prefetch.ALLERGIES, searchset(allergy));
    clinical.put(
        Prefetch.CREATININE,
        searchset(observation("cr", "2160-0", "176.80", "umol/L"), creatinineOld()));
    clinical.put(Prefetch.WEIGHT, searchset(weight("154.0", "[lb_av]")));
    Observation pregnancy = observation("preg", "82810-3", "1", "1");
    pregnancy.setValue(
        new CodeableConcept(new Coding("http://snomed.info/sct", "77386006", "Pregnant")));
    clinical.put(Prefetch.PREGNANCY, searchset(pregnancy));

    MedicationRequest coOrdered = new MedicationRequest();
    coOrdered.setId("draft-2");
    coOrdered.setStatus(MedicationRequest.MedicationRequestStatus.DRAFT);
    coOrdered.setMedication(new CodeableConcept().setText("tramadol"));
    coOrdered.addDosageInstruction().setText("50 mg every 6 hours");

    MedicationRequest draftByReference = baclofen("draft-1", "25", 4);
    Medication bac = new Medication();
    bac.setId("bac");
    bac.setCode(
        new CodeableConcept(
            new Coding("http://www.nlm.nih.gov/research/umls/rxnorm", "1292", "baclofen")));
    draftByReference.addContained(bac);
    draftByReference.setMedication(new Reference("#bac"));
    Map<String, Resource> fetched = new LinkedHashMap<>();
    fetched.put(Prefetch.PATIENT, patient());

    return Stream.of(
        Arguments.of(
            "bench/load/order-sign.json",
            Files.readString(Path.of("..", "bench", "load", "order-sign.json"))),
        Arguments.of(
            "dose above the maximum",
            call("order-sign", drafts(baclofen("draft-1", "25", 4)), prefetch(patient()))),
        Arguments.of("a stop of a current regimen", call("order-sign", drafts(stop), current)),
        Arguments.of(
            "a change of a current regimen",
            call("order-sign", drafts(baclofen("draft-1", "30", 3)), current)),
        Arguments.of(
            "medicines by reference, display and contained Medication",
            call("order-sign", drafts(baclofen("draft-1", "25", 4)), referenced)),
        Arguments.of(
            "statements, conditions, allergies, SI units, pounds, pregnancy",
            call("order-select", drafts(baclofen("draft-1", "10", 3), coOrdered), clinical)),
        Arguments.of(
            "a draft naming baclofen by a contained Medication",
            call("order-sign", drafts(draftByReference), prefetch(patient()))),
        Arguments.of(
            "fetched from the FHIR server",
            call("order-sign", drafts(baclofen("draft-1", "25", 4)), fetched)));
  }

  static Stream<Arguments> unplaced() {
    Map<String, Resource> unknownType = prefetch(patient());
    Bundle withOutcome = searchset(weight("80", "kg"));
    org.hl7.fhir.r4.model.Encounter encounter = new org.hl7.fhir.r4.model.Encounter();
    encounter.setId("e1");
    encounter.setStatus(org.hl7.fhir.r4.model.Encounter.EncounterStatus.FINISHED);
    withOutcome.addEntry().setResource(encounter);
    unknownType.put(Prefetch.WEIGHT, withOutcome);
    return Stream.of(
        Arguments.of(
            "a search result with an Encounter",
            call("order-sign", drafts(baclofen("draft-1", "25", 4)), unknownType)));
  }

  // --- building hook calls ---

  private static String serviceOf(String call) {
    return call.contains("\"order-select\"")
        ? CdsServices.ORDER_SELECT_ID
        : CdsServices.ORDER_SIGN_ID;
  }

  private static Patient woman() {
    Patient patient = new Patient();
    patient.setId("p1");
    patient.setGender(AdministrativeGender.FEMALE);
    patient.setBirthDateElement(new org.hl7.fhir.r4.model.DateType("1958-02-28"));
    return patient;
  }

  private static Observation weight(String value, String unit) {
    return observation("w-" + value, "29463-7", value, unit);
  }

  private static Observation creatinineOld() {
    Observation old = observation("cr-old", "2160-0", "0.90", "mg/dL");
    old.setEffective(new DateTimeType("2025-01-02T08:00:00Z"));
    return old;
  }

  /** Every key prefetched: the patient, and empty searches but for a body weight of 80 kg. */
  private static Map<String, Resource> prefetch(Patient patient) {
    Map<String, Resource> prefetch = new LinkedHashMap<>();
    for (String key : Prefetch.TEMPLATES.keySet()) {
      prefetch.put(key, searchset());
    }
    prefetch.put(Prefetch.PATIENT, patient);
    prefetch.put(Prefetch.WEIGHT, searchset(weight("80.0", "kg")));
    return prefetch;
  }

  private static String call(String hook, Bundle drafts, Map<String, Resource> prefetch) {
    ObjectNode json = CdsJson.mapper().createObjectNode();
    json.put("hook", hook);
    json.put("hookInstance", "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea");
    json.put("fhirServer", "https://ehr.example.org/fhir");
    ObjectNode context = json.putObject("context");
    context.put("userId", "Practitioner/dr-1");
    context.put("patientId", "p1");
    context.set("draftOrders", tree(drafts));
    ObjectNode prefetched = json.putObject("prefetch");
    prefetch.forEach((key, resource) -> prefetched.set(key, tree(resource)));
    return json.toString();
  }

  private static JsonNode tree(Resource resource) {
    try {
      return CdsJson.mapper()
          .readTree(TestData.FHIR.newJsonParser().encodeResourceToString(resource));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
