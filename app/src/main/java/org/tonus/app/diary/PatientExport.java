package org.tonus.app.diary;

import ca.uhn.fhir.context.FhirContext;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.MedicationDispense;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.SimpleQuantity;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Timing;
import org.tonus.core.knowledge.Drug;
import org.tonus.core.knowledge.Knowledge;
import org.tonus.core.supply.DispensedUnit;
import org.tonus.fhir.PlanDosages;
import org.tonus.store.Dispensing;
import org.tonus.store.DoseEvent;
import org.tonus.store.DoseKind;
import org.tonus.store.Note;
import org.tonus.store.Person;
import org.tonus.store.PumpRefillEntry;
import org.tonus.store.Regimen;
import org.tonus.store.RegimenSource;
import org.tonus.store.RegimenStep;
import org.tonus.store.SpasticityScore;
import org.tonus.store.Store;
import org.tonus.store.SymptomReport;

/**
 * Everything stored about one patient as a FHIR R4 Bundle of type collection: the Patient; a
 * MedicationStatement per regimen (its steps as dosage lines) and per pump refill (the programmed
 * intrathecal dose); a MedicationAdministration per dose event (completed, or not-done for a missed
 * dose); an Observation per spasticity score (0–10 rating and Penn score as components) and per
 * symptom report (the words and the triage outcome); a Communication per note; a MedicationDispense
 * per dispensing. Calendar tokens, care grants and the audit trail are access records, not clinical
 * content, and are left out. Resource ids and fullUrls are derived from the stored rows, so
 * exporting twice gives the same ids.
 */
public final class PatientExport {
  /** Tonus's own codes for what LOINC has no verified code for here. */
  static final String DIARY_CODES = "https://tonus.example.org/fhir/CodeSystem/diary";

  static final String TRIAGE_OUTCOMES = "https://tonus.example.org/fhir/CodeSystem/triage-outcome";
  static final String PATIENT_IDS = "https://tonus.example.org/fhir/NamingSystem/patient-id";
  private static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";
  private static final String UCUM = "http://unitsofmeasure.org";
  private static final String OBSERVATION_CATEGORY =
      "http://terminology.hl7.org/CodeSystem/observation-category";
  private static final String BACLOFEN = "baclofen";
  // Rows are read up to this instant: beyond any entry the store accepts.
  private static final Instant END_OF_TIME = Instant.parse("9999-12-31T00:00:00Z");

  private final Store store;
  private final Drug baclofen;

  public PatientExport(Store store, Knowledge knowledge) {
    this.store = store;
    this.baclofen =
        knowledge
            .drugs()
            .drug(BACLOFEN)
            .orElseThrow(() -> new IllegalStateException("the knowledge pack lacks baclofen"));
  }

  /**
   * The bundle for {@code patientId}, stamped {@code now}; refuses an id that is no stored patient.
   */
  public Bundle bundle(long patientId, Instant now) {
    Person person =
        store
            .people()
            .find(patientId)
            .orElseThrow(() -> new IllegalArgumentException("no person with id " + patientId));
    Ids ids = new Ids(patientId);
    Bundle bundle = new Bundle();
    bundle.setType(Bundle.BundleType.COLLECTION);
    bundle.setId(ids.uuid("bundle", 0).toString());
    bundle.setTimestamp(Date.from(now));
    Reference subject = new Reference(ids.url("patient", 0)).setDisplay(person.displayName());

    Patient patient = new Patient();
    patient.addIdentifier(
        new Identifier().setSystem(PATIENT_IDS).setValue(Long.toString(patientId)));
    patient.addName().setText(person.displayName());
    add(bundle, ids, "patient", 0, patient);

    List<Regimen> regimens = store.regimens().of(patientId);
    for (int i = 0; i < regimens.size(); i++) {
      add(bundle, ids, "regimen", i, regimen(regimens.get(i), subject, now));
    }
    List<PumpRefillEntry> refills = store.pumpRefills().of(patientId);
    for (int i = 0; i < refills.size(); i++) {
      add(bundle, ids, "pump-refill", i, pumpRefill(refills.get(i), subject));
    }
    List<DoseEvent> doses = store.doseEvents().between(patientId, Instant.EPOCH, END_OF_TIME);
    for (int i = 0; i < doses.size(); i++) {
      add(bundle, ids, "dose", i, dose(doses.get(i), subject));
    }
    List<SpasticityScore> scores =
        store.spasticityScores().between(patientId, Instant.EPOCH, END_OF_TIME);
    for (int i = 0; i < scores.size(); i++) {
      add(bundle, ids, "score", i, score(scores.get(i), subject));
    }
    List<SymptomReport> reports =
        store.symptomReports().between(patientId, Instant.EPOCH, END_OF_TIME);
    for (int i = 0; i < reports.size(); i++) {
      add(bundle, ids, "symptom", i, symptom(reports.get(i), subject));
    }
    List<Note> notes = store.notes().between(patientId, Instant.EPOCH, END_OF_TIME);
    for (int i = 0; i < notes.size(); i++) {
      add(bundle, ids, "note", i, note(notes.get(i), subject));
    }
    List<Dispensing> dispensings = store.dispensings().of(patientId);
    for (int i = 0; i < dispensings.size(); i++) {
      add(bundle, ids, "dispensing", i, dispensing(dispensings.get(i), subject));
    }
    return bundle;
  }

  /** The bundle as FHIR JSON. */
  public String json(long patientId, Instant now) {
    return FhirContext.forR4Cached()
        .newJsonParser()
        .setPrettyPrint(true)
        .encodeResourceToString(bundle(patientId, now));
  }

  private static void add(Bundle bundle, Ids ids, String kind, int index, Resource resource) {
    resource.setId(ids.uuid(kind, index).toString());
    bundle.addEntry().setFullUrl(ids.url(kind, index)).setResource(resource);
  }

  private MedicationStatement regimen(Regimen regimen, Reference subject, Instant now) {
    MedicationStatement statement = new MedicationStatement();
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    boolean ended = regimen.end().map(end -> end.isBefore(today)).orElse(false);
    statement.setStatus(
        ended
            ? MedicationStatement.MedicationStatementStatus.COMPLETED
            : MedicationStatement.MedicationStatementStatus.ACTIVE);
    statement.setMedication(medication(baclofen.name()));
    statement.setSubject(subject);
    Period period = new Period().setStartElement(new DateTimeType(regimen.start().toString()));
    regimen.end().ifPresent(end -> period.setEndElement(new DateTimeType(end.toString())));
    statement.setEffective(period);
    statement.addNote(
        new Annotation()
            .setText(
                (regimen.source() == RegimenSource.PLAN ? "From a Tonus plan" : "Entered")
                    + ", "
                    + regimen.dosesPerDay()
                    + " doses a day planned."));
    int sequence = 0;
    for (RegimenStep step : regimen.steps()) {
      if (step.stops()) {
        statement.addDosage(
            new Dosage().setSequence(++sequence).setText("No baclofen from " + step.from()));
        continue;
      }
      Dosage dosage =
          PlanDosages.daily(
              step.doseMg(),
              step.dosesPerDay(),
              baclofen.name() + " " + PlanDosages.words(step.doseMg(), step.dosesPerDay()));
      dosage.setSequence(++sequence);
      Period bounds = new Period().setStartElement(new DateTimeType(step.from().toString()));
      step.to().ifPresent(to -> bounds.setEndElement(new DateTimeType(to.toString())));
      dosage.getTiming().getRepeat().setBounds(bounds);
      statement.addDosage(dosage);
    }
    return statement;
  }

  private MedicationStatement pumpRefill(PumpRefillEntry refill, Reference subject) {
    MedicationStatement statement = new MedicationStatement();
    statement.setStatus(MedicationStatement.MedicationStatementStatus.ACTIVE);
    statement.setMedication(medication(baclofen.name() + " intrathecal"));
    statement.setSubject(subject);
    statement.setEffective(
        new Period().setStartElement(new DateTimeType(refill.refilledOn().toString())));
    Dosage dosage =
        new Dosage()
            .setText(
                plain(refill.dailyDoseMcg())
                    + " mcg a day by intrathecal pump, "
                    + plain(refill.concentrationMcgPerMl())
                    + " mcg/mL")
            .setRoute(new CodeableConcept().setText("intrathecal"));
    dosage
        .getTiming()
        .getRepeat()
        .setFrequency(1)
        .setPeriod(BigDecimal.ONE)
        .setPeriodUnit(Timing.UnitsOfTime.D);
    dosage.addDoseAndRate().setDose(ucum(refill.dailyDoseMcg(), "mcg", "ug"));
    statement.addDosage(dosage);
    statement.addNote(
        new Annotation()
            .setText(
                "Pump refilled on "
                    + refill.refilledOn()
                    + " with "
                    + plain(refill.volumeMl())
                    + " mL (low-reservoir alarm volume "
                    + plain(refill.reserveMl())
                    + " mL); next refill due by "
                    + refill.refillDueBy()
                    + ", alarm expected on "
                    + refill.alarmDate()
                    + "."));
    return statement;
  }

  private MedicationAdministration dose(DoseEvent event, Reference subject) {
    MedicationAdministration administration = new MedicationAdministration();
    boolean missed = event.kind() == DoseKind.MISSED;
    administration.setStatus(
        missed
            ? MedicationAdministration.MedicationAdministrationStatus.NOTDONE
            : MedicationAdministration.MedicationAdministrationStatus.COMPLETED);
    if (missed) {
      administration.addStatusReason(new CodeableConcept().setText("missed dose"));
    }
    administration.setMedication(medication(baclofen.name()));
    administration.setSubject(subject);
    administration.setEffective(new DateTimeType(Date.from(event.at())));
    administration
        .getDosage()
        .setText(words(event.kind()) + " " + plain(event.doseMg()) + " mg")
        .setDose(ucum(event.doseMg(), "mg", "mg"));
    administration.addNote(new Annotation().setText("Diary entry: " + words(event.kind())));
    return administration;
  }

  private static String words(DoseKind kind) {
    return switch (kind) {
      case TAKEN -> "taken";
      case LATE -> "taken late";
      case EXTRA -> "extra dose taken";
      case MISSED -> "missed";
    };
  }

  private static Observation score(SpasticityScore score, Reference subject) {
    Observation observation = survey(subject, score.at());
    observation.setCode(
        new CodeableConcept(new Coding(DIARY_CODES, "spasticity-score", "Spasticity self-rating"))
            .setText("Spasticity self-rating"));
    observation
        .addComponent()
        .setCode(
            new CodeableConcept(
                    new Coding(
                        DIARY_CODES, "spasticity-nrs", "Spasticity numeric rating scale (0-10)"))
                .setText("Spasticity numeric rating scale (0-10)"))
        .setValue(ucum(BigDecimal.valueOf(score.numericRating()), "score", "{score}"));
    observation
        .addComponent()
        .setCode(
            new CodeableConcept(
                    new Coding(
                        DIARY_CODES, "penn-spasm-frequency", "Penn spasm frequency score (0-4)"))
                .setText("Penn spasm frequency score (0-4)"))
        .setValue(ucum(BigDecimal.valueOf(score.penn()), "score", "{score}"));
    return observation;
  }

  private static Observation symptom(SymptomReport report, Reference subject) {
    Observation observation = survey(subject, report.at());
    observation.setCode(
        new CodeableConcept(new Coding(DIARY_CODES, "symptom-report", "Symptom report"))
            .setText("Symptoms in the patient's own words"));
    observation.setValue(new StringType(report.text()));
    observation
        .addComponent()
        .setCode(
            new CodeableConcept(new Coding(DIARY_CODES, "triage-outcome", "Triage outcome"))
                .setText("Triage outcome"))
        .setValue(
            new CodeableConcept(
                    new Coding(TRIAGE_OUTCOMES, report.outcome().name(), outcome(report)))
                .setText(outcome(report)));
    return observation;
  }

  private static String outcome(SymptomReport report) {
    return switch (report.outcome()) {
      case SEEK_CARE_NOW -> "Seek care now";
      case CONTACT_PRESCRIBER -> "Contact the prescriber";
      case EXPECTED_MILD -> "Expected and mild";
    };
  }

  private static Observation survey(Reference subject, Instant at) {
    Observation observation = new Observation();
    observation.setStatus(Observation.ObservationStatus.FINAL);
    observation.addCategory(
        new CodeableConcept(new Coding(OBSERVATION_CATEGORY, "survey", "Survey")));
    observation.setSubject(subject);
    observation.setEffective(new DateTimeType(Date.from(at)));
    return observation;
  }

  private Communication note(Note note, Reference subject) {
    Communication communication = new Communication();
    communication.setStatus(Communication.CommunicationStatus.COMPLETED);
    communication.setSubject(subject);
    communication.setSentElement(new DateTimeType(Date.from(note.at())));
    communication.setSender(
        new Reference()
            .setDisplay(
                store
                    .people()
                    .find(note.authorId())
                    .map(Person::displayName)
                    .orElse("person " + note.authorId())));
    communication.addPayload().setContent(new StringType(note.text()));
    return communication;
  }

  private MedicationDispense dispensing(Dispensing dispensing, Reference subject) {
    MedicationDispense dispense = new MedicationDispense();
    dispense.setStatus(MedicationDispense.MedicationDispenseStatus.COMPLETED);
    CodeableConcept medication = medication(dispensing.product());
    dispense.setMedication(medication);
    dispense.setSubject(subject);
    dispense.setQuantity(
        dispensing.unit() == DispensedUnit.TABLET
            ? simple(dispensing.quantity(), "tablets", "{tablet}")
            : simple(dispensing.quantity(), "mL", "mL"));
    dispense.setWhenHandedOverElement(new DateTimeType(Date.from(dispensing.dispensedAt())));
    dispense.addNote(new Annotation().setText("Strength " + dispensing.strength() + "."));
    return dispense;
  }

  private CodeableConcept medication(String text) {
    CodeableConcept medication = new CodeableConcept().setText(text);
    baclofen
        .rxnorm()
        .ifPresent(code -> medication.addCoding(new Coding(RXNORM, code, baclofen.name())));
    return medication;
  }

  private static Quantity ucum(BigDecimal value, String unit, String code) {
    return new Quantity().setValue(plainDecimal(value)).setUnit(unit).setSystem(UCUM).setCode(code);
  }

  private static SimpleQuantity simple(BigDecimal value, String unit, String code) {
    SimpleQuantity quantity = new SimpleQuantity();
    quantity.setValue(plainDecimal(value)).setUnit(unit).setSystem(UCUM).setCode(code);
    return quantity;
  }

  private static BigDecimal plainDecimal(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  private static String plain(BigDecimal value) {
    return plainDecimal(value).toPlainString();
  }

  /** Stable name-based UUIDs per patient, kind of row and position. */
  private record Ids(long patientId) {
    UUID uuid(String kind, int index) {
      return UUID.nameUUIDFromBytes(
          ("tonus:patient:" + patientId + ":" + kind + ":" + index)
              .getBytes(StandardCharsets.UTF_8));
    }

    String url(String kind, int index) {
      return "urn:uuid:" + uuid(kind, index);
    }
  }
}
