package org.tonus.app.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.MedicationDispense;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tonus.core.intrathecal.PumpRefillRequest;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.knowledge.Knowledge;
import org.tonus.core.knowledge.KnowledgeLoader;
import org.tonus.core.triage.TriageOutcome;
import org.tonus.fhir.testing.FhirValidation;
import org.tonus.store.Dispensing;
import org.tonus.store.DoseEvent;
import org.tonus.store.DoseKind;
import org.tonus.store.Note;
import org.tonus.store.Regimen;
import org.tonus.store.RegimenSource;
import org.tonus.store.Role;
import org.tonus.store.SpasticityScore;
import org.tonus.store.Store;
import org.tonus.store.SymptomReport;

/** The FHIR export of everything stored about a patient, checked by HAPI's validator. */
class PatientExportTest {
  private static final Knowledge KNOWLEDGE = KnowledgeLoader.loadBundled();
  private static final Instant NOW = Instant.parse("2026-03-20T12:00:00Z");
  private static final Instant AT = Instant.parse("2026-03-10T08:00:00Z");

  private Store store;
  private long patient;

  @BeforeEach
  void open() {
    store = Store.open("jdbc:h2:mem:" + UUID.randomUUID());
    patient = store.people().add(Role.PATIENT, "Ada Patient").id();
    long clinician = store.people().add(Role.CLINICIAN, "Dr Bea Clinician").id();
    store
        .regimens()
        .add(
            new Regimen(
                patient,
                RegimenSource.PLAN,
                LocalDate.parse("2026-03-01"),
                Optional.of(LocalDate.parse("2026-03-10")),
                3,
                "[{\"fromDate\":\"2026-03-01\",\"toDate\":\"2026-03-03\",\"dosesPerDay\":3,"
                    + "\"doseMg\":5,\"dailyMg\":15},"
                    + "{\"fromDate\":\"2026-03-04\",\"toDate\":\"2026-03-09\",\"dosesPerDay\":3,"
                    + "\"doseMg\":10,\"dailyMg\":30},"
                    + "{\"fromDate\":\"2026-03-10\",\"dosesPerDay\":0,\"doseMg\":0,\"dailyMg\":0}]"));
    store
        .regimens()
        .add(
            new Regimen(
                patient,
                RegimenSource.ENTERED,
                LocalDate.parse("2026-03-11"),
                Optional.empty(),
                2,
                "[{\"dailyMg\": 20}]"));
    store.doseEvents().record(new DoseEvent(patient, AT, DoseKind.TAKEN, mg("10")), NOW);
    store
        .doseEvents()
        .record(new DoseEvent(patient, AT.plusSeconds(21_600), DoseKind.MISSED, mg("10")), NOW);
    store
        .doseEvents()
        .record(new DoseEvent(patient, AT.plusSeconds(43_200), DoseKind.LATE, mg("2.5")), NOW);
    store.spasticityScores().record(new SpasticityScore(patient, AT, 6, 2), NOW);
    store
        .symptomReports()
        .record(
            new SymptomReport(
                patient, AT, "very sleepy and saw things", TriageOutcome.SEEK_CARE_NOW),
            NOW);
    store.notes().record(new Note(patient, clinician, AT, "Reviewed the diary with Ada."), NOW);
    store
        .dispensings()
        .record(Dispensing.of(patient, AT, "Baclofen 10 mg tablets", "10 mg", "90"), NOW);
    store
        .dispensings()
        .record(Dispensing.of(patient, AT, "Ozobax oral solution", "5 mg/5 mL", "120"), NOW);
    store
        .refills(KNOWLEDGE)
        .recordPumpRefill(
            patient,
            PumpRefillRequest.of(
                Jurisdiction.US,
                LocalDate.parse("2026-03-01"),
                "20 mL",
                "500 mcg/mL",
                "100 mcg/day",
                "2 mL"));
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void everyStoredRowBecomesOneResourceOfTheRightType() {
    Bundle bundle = new PatientExport(store, KNOWLEDGE).bundle(patient, NOW);

    assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
    // 1 patient + 2 regimens + 1 pump refill + 3 doses + 1 score + 1 symptom + 1 note + 2
    // dispensings
    assertThat(resources(bundle))
        .extracting(r -> r.fhirType())
        .containsExactly(
            "Patient",
            "MedicationStatement",
            "MedicationStatement",
            "MedicationStatement",
            "MedicationAdministration",
            "MedicationAdministration",
            "MedicationAdministration",
            "Observation",
            "Observation",
            "Communication",
            "MedicationDispense",
            "MedicationDispense");
    assertThat(bundle.getEntry())
        .allSatisfy(e -> assertThat(e.getFullUrl()).startsWith("urn:uuid:"));
  }

  @Test
  void dosesRegimensScoresAndSymptomsCarryWhatMatters() {
    List<Resource> resources = resources(new PatientExport(store, KNOWLEDGE).bundle(patient, NOW));

    MedicationStatement plan = (MedicationStatement) resources.get(1);
    assertThat(plan.getStatus()).isEqualTo(MedicationStatement.MedicationStatementStatus.COMPLETED);
    assertThat(plan.getDosage()).hasSize(3);
    assertThat(plan.getDosage().get(1).getDoseAndRateFirstRep().getDoseQuantity().getValue())
        .isEqualByComparingTo("10");
    assertThat(((MedicationStatement) resources.get(2)).getStatus())
        .isEqualTo(MedicationStatement.MedicationStatementStatus.ACTIVE);

    MedicationAdministration missed = (MedicationAdministration) resources.get(5);
    assertThat(missed.getStatus())
        .isEqualTo(MedicationAdministration.MedicationAdministrationStatus.NOTDONE);
    assertThat(((MedicationAdministration) resources.get(4)).getStatus())
        .isEqualTo(MedicationAdministration.MedicationAdministrationStatus.COMPLETED);
    assertThat(((MedicationAdministration) resources.get(6)).getDosage().getDose().getValue())
        .isEqualByComparingTo("2.5");

    Observation score = (Observation) resources.get(7);
    assertThat(score.getComponent())
        .extracting(
            c -> c.getCode().getCodingFirstRep().getCode(),
            c -> ((Quantity) c.getValue()).getValue().intValue())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("spasticity-nrs", 6),
            org.assertj.core.groups.Tuple.tuple("penn-spasm-frequency", 2));
    Observation symptom = (Observation) resources.get(8);
    assertThat(symptom.getValueStringType().getValue()).isEqualTo("very sleepy and saw things");
    assertThat(
            symptom.getComponentFirstRep().getValueCodeableConcept().getCodingFirstRep().getCode())
        .isEqualTo("SEEK_CARE_NOW");

    assertThat(
            ((Communication) resources.get(9))
                .getPayloadFirstRep()
                .getContentStringType()
                .getValue())
        .isEqualTo("Reviewed the diary with Ada.");
    MedicationDispense liquid = (MedicationDispense) resources.get(11);
    assertThat(liquid.getQuantity().getValue()).isEqualByComparingTo("120");
    assertThat(liquid.getQuantity().getCode()).isEqualTo("mL");
  }

  @Test
  void theBundleAndEveryResourceValidateWithoutErrors() {
    Bundle bundle = new PatientExport(store, KNOWLEDGE).bundle(patient, NOW);
    String json = new PatientExport(store, KNOWLEDGE).json(patient, NOW);

    // The validator does report errors: a MedicationAdministration without its required status.
    assertThat(
            FhirValidation.errors(
                "{\"resourceType\":\"MedicationAdministration\",\"subject\":{\"display\":\"x\"}}"))
        .isNotEmpty();
    assertThat(FhirValidation.errors(json)).isEmpty();
    for (Resource resource : resources(bundle)) {
      assertThat(
              FhirValidation.errors(
                  FhirValidation.FHIR.newJsonParser().encodeResourceToString(resource)))
          .as(resource.fhirType())
          .isEmpty();
    }
  }

  @Test
  void exportingTwiceGivesTheSameIds() {
    PatientExport export = new PatientExport(store, KNOWLEDGE);

    assertThat(resources(export.bundle(patient, NOW)))
        .extracting(Resource::getIdPart)
        .isEqualTo(
            resources(export.bundle(patient, NOW.plusSeconds(60))).stream()
                .map(Resource::getIdPart)
                .toList());
  }

  private static List<Resource> resources(Bundle bundle) {
    return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).toList();
  }

  private static BigDecimal mg(String value) {
    return new BigDecimal(value).setScale(3);
  }
}
