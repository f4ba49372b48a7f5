package org.tonus.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;

/**
 * The parts of one patient's health record a check reads, however they arrived (one Bundle, CDS
 * Hooks prefetch, or queries to a FHIR server). Lists are copied and never null; the patient may be
 * absent here and is required only when a check request is built.
 */
public record ClinicalRecord(
    Optional<Patient> patient,
    List<Condition> conditions,
    List<MedicationRequest> medicationRequests,
    List<MedicationStatement> medicationStatements,
    List<AllergyIntolerance> allergies,
    List<Observation> observations,
    List<Medication> medications) {

  public ClinicalRecord {
    java.util.Objects.requireNonNull(patient, "patient");
    conditions = List.copyOf(conditions);
    medicationRequests = List.copyOf(medicationRequests);
    medicationStatements = List.copyOf(medicationStatements);
    allergies = List.copyOf(allergies);
    observations = List.copyOf(observations);
    medications = List.copyOf(medications);
  }

  /** The resources of a Bundle's entries, sorted by type; other resource types are ignored. */
  public static ClinicalRecord of(Bundle bundle) {
    List<Resource> resources = new ArrayList<>();
    for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
      if (entry.hasResource()) {
        resources.add(entry.getResource());
      }
    }
    return of(resources);
  }

  /**
   * The resources given, sorted by type; a nested Bundle (a search result) is opened. More than one
   * Patient is refused: a check is about one person.
   */
  public static ClinicalRecord of(List<? extends Resource> resources) {
    Builder builder = new Builder();
    resources.forEach(builder::add);
    return builder.build();
  }

  /** This record with more resources added (a later fetch or prefetch part). */
  public ClinicalRecord with(List<? extends Resource> more) {
    Builder builder = new Builder();
    patient.ifPresent(builder::add);
    conditions.forEach(builder::add);
    medicationRequests.forEach(builder::add);
    medicationStatements.forEach(builder::add);
    allergies.forEach(builder::add);
    observations.forEach(builder::add);
    medications.forEach(builder::add);
    more.forEach(builder::add);
    return builder.build();
  }

  private static final class Builder {
    private Patient patient;
    private final List<Condition> conditions = new ArrayList<>();
    private final List<MedicationRequest> requests = new ArrayList<>();
    private final List<MedicationStatement> statements = new ArrayList<>();
    private final List<AllergyIntolerance> allergies = new ArrayList<>();
    private final List<Observation> observations = new ArrayList<>();
    private final List<Medication> medications = new ArrayList<>();

    void add(Resource resource) {
      if (resource instanceof Bundle nested) {
        nested.getEntry().stream()
            .filter(Bundle.BundleEntryComponent::hasResource)
            .forEach(e -> add(e.getResource()));
      } else if (resource instanceof Patient p) {
        if (patient != null && !samePatient(patient, p)) {
          throw new FhirInputException(
              "the input holds two patients, "
                  + ResourceLabel.of(patient)
                  + " and "
                  + ResourceLabel.of(p)
                  + "; a check is about one patient");
        }
        patient = p;
      } else if (resource instanceof Condition c) {
        conditions.add(c);
      } else if (resource instanceof MedicationRequest m) {
        requests.add(m);
      } else if (resource instanceof MedicationStatement s) {
        statements.add(s);
      } else if (resource instanceof AllergyIntolerance a) {
        allergies.add(a);
      } else if (resource instanceof Observation o) {
        observations.add(o);
      } else if (resource instanceof Medication m) {
        medications.add(m);
      }
    }

    private static boolean samePatient(Patient a, Patient b) {
      return a.getIdElement().hasIdPart()
          && a.getIdElement().getIdPart().equals(b.getIdElement().getIdPart());
    }

    ClinicalRecord build() {
      return new ClinicalRecord(
          Optional.ofNullable(patient),
          conditions,
          requests,
          statements,
          allergies,
          observations,
          medications);
    }
  }
}
