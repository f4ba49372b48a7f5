package org.tonus.fhir.testing;

import java.math.BigDecimal;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Timing;

/**
 * The FHIR resources the CDS hook tests send, built one way for module fhir's unit tests and app's
 * end-to-end tests: patient p1 (a man born 1986-04-02), laboratory observations, and baclofen draft
 * orders coded by RxNorm with a structured oral dose.
 */
public final class HookResources {
  private static final String UCUM = "http://unitsofmeasure.org";

  private HookResources() {}

  public static Patient patient() {
    Patient patient = new Patient();
    patient.setId("p1");
    patient.setGender(AdministrativeGender.MALE);
    patient.setBirthDateElement(new DateType("1986-04-02"));
    return patient;
  }

  /** A final observation of patient p1 by LOINC code, taken on 2026-11-20. */
  public static Observation observation(String id, String loinc, String value, String unit) {
    Observation observation = new Observation();
    observation.setId(id);
    observation.setStatus(Observation.ObservationStatus.FINAL);
    observation.setSubject(new Reference("Patient/p1"));
    observation.setCode(new CodeableConcept(new Coding("http://loinc.org", loinc, null)));
    observation.setEffective(new DateTimeType("2026-11-20"));
    observation.setValue(
        new Quantity().setValue(new BigDecimal(value)).setUnit(unit).setSystem(UCUM).setCode(unit));
    return observation;
  }

  /** A draft baclofen order of {@code doseMg} by mouth {@code timesPerDay} times a day. */
  public static MedicationRequest baclofen(String id, String doseMg, int timesPerDay) {
    MedicationRequest order = new MedicationRequest();
    order.setId(id);
    order.setStatus(MedicationRequest.MedicationRequestStatus.DRAFT);
    order.setIntent(MedicationRequest.MedicationRequestIntent.ORDER);
    order.setSubject(new Reference("Patient/p1"));
    order.setMedication(
        new CodeableConcept(
            new Coding("http://www.nlm.nih.gov/research/umls/rxnorm", "1292", "baclofen")));
    Dosage dosage = order.addDosageInstruction();
    dosage
        .getTiming()
        .getRepeat()
        .setFrequency(timesPerDay)
        .setPeriod(BigDecimal.ONE)
        .setPeriodUnit(Timing.UnitsOfTime.D);
    dosage.setRoute(
        new CodeableConcept(new Coding("http://snomed.info/sct", "26643006", "Oral route")));
    dosage
        .addDoseAndRate()
        .setDose(
            new Quantity()
                .setValue(new BigDecimal(doseMg))
                .setUnit("mg")
                .setSystem(UCUM)
                .setCode("mg"));
    return order;
  }

  /** The draft orders of a hook call ({@code context.draftOrders}). */
  public static Bundle drafts(MedicationRequest... orders) {
    return bundle(Bundle.BundleType.COLLECTION, orders);
  }

  /** A search result, as a prefetch template returns one. */
  public static Bundle searchset(Resource... resources) {
    return bundle(Bundle.BundleType.SEARCHSET, resources);
  }

  private static Bundle bundle(Bundle.BundleType type, Resource... resources) {
    Bundle bundle = new Bundle().setType(type);
    for (Resource resource : resources) {
      bundle.addEntry().setResource(resource);
    }
    return bundle;
  }
}
