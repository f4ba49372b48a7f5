package org.tonus.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Type;
import org.tonus.core.check.CheckPatient;
import org.tonus.core.check.CheckRequest;
import org.tonus.core.check.CurrentOrder;
import org.tonus.core.check.MedicationMention;
import org.tonus.core.check.OrderInput;
import org.tonus.core.knowledge.Knowledge;
import org.tonus.fhir.lean.Lean;
import org.tonus.fhir.lean.LeanIntake;
import org.tonus.fhir.lean.LeanReader;
import org.tonus.fhir.lean.LeanRecord;

/**
 * Reads a FHIR R4 record (a Bundle, as JSON text or parsed, or a {@link ClinicalRecord}) into the
 * core's {@link CheckRequest}: the same domain records the JSON check contract produces. The
 * proposed order is the MedicationRequest with status {@code draft} (or the one named in the
 * options); a draft with {@code doNotPerform} true is a stop. The current regimen is the active
 * baclofen MedicationRequest or MedicationStatement; every other active medicine, and every other
 * draft ordered with it, becomes a medication mention. Anything it cannot read without guessing is
 * a {@link FhirInputException}.
 *
 * <p>Thread-safe; build one per process with the shared {@link FhirContext}.
 */
public final class FhirCheckIntake {
  private final FhirContext context;
  private final MedicationNames names;
  private final LeanIntake lean;

  public FhirCheckIntake(FhirContext context, Knowledge knowledge) {
    this.context = Objects.requireNonNull(context, "context");
    this.names = new MedicationNames(knowledge);
    this.lean = new LeanIntake(knowledge);
  }

  /** A Bundle from JSON text; anything else (not JSON, not FHIR, not a Bundle) is refused. */
  public Bundle parseBundle(String json) {
    Objects.requireNonNull(json, "json");
    IParser parser = context.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
    try {
      return parser.parseResource(Bundle.class, json);
    } catch (DataFormatException | IllegalArgumentException | ClassCastException e) {
      throw new FhirInputException(
          "the input is not a FHIR R4 Bundle in JSON: " + e.getMessage(), e);
    }
  }

  public FhirCheckRequest read(String bundleJson, IntakeOptions options) {
    return read(parseBundle(bundleJson), options);
  }

  public FhirCheckRequest read(Bundle bundle, IntakeOptions options) {
    ClinicalRecord record = ClinicalRecord.of(bundle);
    return read(record, proposedOrder(record, options), options);
  }

  /**
   * The check of {@code order} (which need not be in the record: CDS Hooks sends draft orders apart
   * from the record) for the record's patient.
   */
  public FhirCheckRequest read(
      ClinicalRecord record, MedicationRequest order, IntakeOptions options) {
    Patient patient =
        record
            .patient()
            .orElseThrow(
                () -> new FhirInputException("the input has no Patient; a check needs one"));
    String orderLabel = ResourceLabel.of(order);
    String drugName =
        names
            .packDrugName(concept(order.getMedication(), order, record))
            .orElseThrow(
                () ->
                    new FhirInputException(
                        orderLabel
                            + " is not a "
                            + names.drug().name()
                            + " order (by RxNorm "
                            + names.drug().rxnorm().orElse("code")
                            + " or name); Tonus checks "
                            + names.drug().name()
                            + " orders"));
    DosageReader.Read proposed =
        order.getDoNotPerform()
            ? new DosageReader.Read(OrderInput.stop(), texts(order.getDosageInstruction()))
            : DosageReader.read(order.getDosageInstruction(), drugName, names::names, orderLabel);
    Regimen regimen = regimen(record, order);
    Labs labs = ObservationReader.read(record.observations());
    org.tonus.core.patient.Patient dosing = dosingPatient(patient, labs, options.today());
    CheckPatient checkPatient =
        new CheckPatient(
            dosing,
            labs.pregnant(),
            false,
            MentionReader.conditions(record.conditions()),
            regimen.others(),
            MentionReader.allergies(record.allergies()),
            Optional.empty());
    CheckRequest request =
        new CheckRequest(
            options.jurisdiction(),
            checkPatient,
            regimen.current(),
            Optional.empty(),
            proposed.order(),
            order.hasPriorPrescription(),
            indication(order),
            options.today());
    return new FhirCheckRequest(request, orderLabel, proposed.text());
  }

  /**
   * The check of {@code order} (a HAPI draft, as the hook's suggestions edit it) against a record
   * read by the lean reader: the same request as {@link #read(ClinicalRecord, MedicationRequest,
   * IntakeOptions)} gives for the same resources, with the record read without HAPI trees. {@code
   * orderIndex} is the order's position in {@code record.ordered()}. Where the lean records cannot
   * tell what HAPI would read (a medicationReference on the order, an unusual date, anything the
   * lean rules refuse) this throws {@link LeanIntake.Unreadable} or {@link LeanReader.Unreadable},
   * and the caller reads the record with HAPI: that path then answers, or refuses with its own
   * message.
   */
  public FhirCheckRequest read(
      LeanRecord record, int orderIndex, MedicationRequest order, IntakeOptions options) {
    String orderLabel = ResourceLabel.of(order);
    CodeableConcept concept =
        order.getMedication() instanceof CodeableConcept given
            ? given
            : names.concept(order.getMedication(), order, medications(record));
    String drugName =
        names
            .packDrugName(concept)
            .orElseThrow(() -> new LeanIntake.Unreadable(orderLabel + " is not a pack drug order"));
    DosageReader.Read proposed =
        order.getDoNotPerform()
            ? new DosageReader.Read(OrderInput.stop(), texts(order.getDosageInstruction()))
            : DosageReader.read(order.getDosageInstruction(), drugName, names::names, orderLabel);
    Optional<String> orderId =
        order.getIdElement().hasIdPart()
            ? Optional.of(order.getIdElement().getIdPart())
            : Optional.empty();
    LeanIntake.Chart chart = lean.chart(record, orderIndex, orderId, options.today());
    CheckPatient checkPatient =
        new CheckPatient(
            chart.patient(),
            chart.pregnant(),
            false,
            chart.conditions(),
            chart.medications(),
            chart.allergies(),
            Optional.empty());
    CheckRequest request =
        new CheckRequest(
            options.jurisdiction(),
            checkPatient,
            chart.current(),
            Optional.empty(),
            proposed.order(),
            order.hasPriorPrescription(),
            indication(order),
            options.today());
    return new FhirCheckRequest(request, orderLabel, proposed.text());
  }

  /** The record's Medication resources as HAPI ones, for resolving the order's reference. */
  private static List<Medication> medications(LeanRecord record) {
    List<Medication> medications = new ArrayList<>();
    for (Lean.MedicationDef def : record.medications()) {
      CodeableConcept code = new CodeableConcept();
      if (!def.code().text().isEmpty()) {
        code.setText(def.code().text());
      }
      for (Lean.Code c : def.code().codings()) {
        code.addCoding(
            new Coding(
                c.system().isEmpty() ? null : c.system(),
                c.code().isEmpty() ? null : c.code(),
                c.display().isEmpty() ? null : c.display()));
      }
      Medication medication = new Medication().setCode(code);
      medication.setId(def.id().isEmpty() ? null : def.id());
      medications.add(medication);
    }
    return medications;
  }

  /**
   * Why the dosage of a baclofen {@code order} cannot be read (the message names the element), or
   * empty when it can be read, is a stop, or the order is not for the pack's drug. Lets a caller
   * report an unreadable order as such instead of refusing the whole request.
   */
  public Optional<String> unreadableDosage(MedicationRequest order, ClinicalRecord record) {
    Optional<String> drugName = packDrugName(order, record);
    if (drugName.isEmpty() || order.getDoNotPerform()) {
      return Optional.empty();
    }
    try {
      DosageReader.read(
          order.getDosageInstruction(), drugName.get(), names::names, ResourceLabel.of(order));
      return Optional.empty();
    } catch (FhirInputException unreadable) {
      return Optional.of(unreadable.getMessage());
    }
  }

  /** The pack's drug name the order is for, when it is one; empty for any other medicine. */
  public Optional<String> packDrugName(MedicationRequest order, ClinicalRecord record) {
    return names.packDrugName(concept(order.getMedication(), order, record));
  }

  private MedicationRequest proposedOrder(ClinicalRecord record, IntakeOptions options) {
    if (options.orderId().isPresent()) {
      String id = options.orderId().get();
      return record.medicationRequests().stream()
          .filter(m -> id.equals(m.getIdElement().getIdPart()))
          .findFirst()
          .orElseThrow(
              () ->
                  new FhirInputException(
                      "the input has no MedicationRequest/" + id + " (the order to check)"));
    }
    List<MedicationRequest> drafts =
        record.medicationRequests().stream()
            .filter(m -> m.getStatus() == MedicationRequest.MedicationRequestStatus.DRAFT)
            .toList();
    if (drafts.isEmpty()) {
      throw new FhirInputException(
          "the input has no MedicationRequest with status draft (the proposed order);"
              + " add one or name the order to check");
    }
    List<MedicationRequest> ours =
        drafts.stream().filter(m -> packDrugName(m, record).isPresent()).toList();
    if (ours.size() > 1) {
      throw new FhirInputException(
          "the input has "
              + ours.size()
              + " draft "
              + names.drug().name()
              + " MedicationRequests ("
              + String.join(", ", ours.stream().map(ResourceLabel::of).toList())
              + "); name the one to check");
    }
    return ours.isEmpty() ? drafts.get(0) : ours.get(0);
  }

  private record Regimen(Optional<CurrentOrder> current, List<MedicationMention> others) {}

  /**
   * The active medicines apart from the order, and the other drafts ordered with it: the first
   * active baclofen one is the current regimen, every other one a medication mention.
   */
  private Regimen regimen(ClinicalRecord record, MedicationRequest order) {
    Optional<CurrentOrder> current = Optional.empty();
    List<MedicationMention> others = new ArrayList<>();
    List<Active> active = new ArrayList<>();
    for (MedicationRequest request : record.medicationRequests()) {
      boolean isActive = request.getStatus() == MedicationRequest.MedicationRequestStatus.ACTIVE;
      boolean orderedWith = request.getStatus() == MedicationRequest.MedicationRequestStatus.DRAFT;
      if (request != order && !sameId(request, order) && (isActive || orderedWith)) {
        active.add(
            new Active(
                request,
                request.getMedication(),
                request.getDosageInstruction(),
                request.hasAuthoredOn()
                    ? Optional.of(request.getAuthoredOnElement())
                    : Optional.empty(),
                isActive));
      }
    }
    for (MedicationStatement statement : record.medicationStatements()) {
      if (statement.getStatus() == MedicationStatement.MedicationStatementStatus.ACTIVE) {
        active.add(
            new Active(
                statement,
                statement.getMedication(),
                statement.getDosage(),
                started(statement),
                true));
      }
    }
    for (Active medicine : active) {
      CodeableConcept concept = concept(medicine.medication(), medicine.owner(), record);
      Optional<String> ours = names.packDrugName(concept);
      if (ours.isPresent() && current.isEmpty() && medicine.current()) {
        DosageReader.Read read =
            DosageReader.read(
                medicine.dosages(), ours.get(), names::names, ResourceLabel.of(medicine.owner()));
        CurrentOrder found = CurrentOrder.of(read.order());
        current = Optional.of(medicine.since().map(d -> found.since(day(d))).orElse(found));
      } else {
        mention(concept, medicine.dosages()).ifPresent(others::add);
      }
    }
    return new Regimen(current, others);
  }

  /**
   * An active or co-ordered medicine; {@code current} says it is being taken now (active), not
   * ordered with the checked order (draft).
   */
  private record Active(
      DomainResource owner,
      Type medication,
      List<Dosage> dosages,
      Optional<BaseDateTimeType> since,
      boolean current) {}

  /** The calendar day as written, whatever the time zone of the machine. */
  private static LocalDate day(BaseDateTimeType date) {
    return LocalDate.of(date.getYear(), date.getMonth() + 1, date.getDay());
  }

  private static Optional<BaseDateTimeType> started(MedicationStatement statement) {
    if (statement.hasEffectiveDateTimeType()) {
      return Optional.of(statement.getEffectiveDateTimeType());
    }
    if (statement.hasEffectivePeriod() && statement.getEffectivePeriod().hasStart()) {
      return Optional.of(statement.getEffectivePeriod().getStartElement());
    }
    return Optional.empty();
  }

  private static boolean sameId(MedicationRequest a, MedicationRequest b) {
    return a.getIdElement().hasIdPart()
        && a.getIdElement().getIdPart().equals(b.getIdElement().getIdPart());
  }

  /** A medicine as the sig parser reads it: its name and its text directions. */
  private static Optional<MedicationMention> mention(
      CodeableConcept concept, List<Dosage> dosages) {
    Optional<String> name =
        MedicationNames.text(concept)
            .or(
                () ->
                    concept.getCoding().stream()
                        .filter(c -> c.hasCode())
                        .findFirst()
                        .map(c -> "code " + c.getCode() + " (" + c.getSystem() + ")"));
    return name.map(
        n ->
            texts(dosages)
                .map(t -> new MedicationMention(n + " " + t))
                .orElse(new MedicationMention(n)));
  }

  private static Optional<String> texts(List<Dosage> dosages) {
    List<String> texts =
        dosages.stream()
            .filter(Dosage::hasText)
            .map(d -> d.getText().trim())
            .filter(t -> !t.isEmpty())
            .toList();
    return texts.isEmpty() ? Optional.empty() : Optional.of(String.join(", then ", texts));
  }

  private CodeableConcept concept(Type medication, DomainResource owner, ClinicalRecord record) {
    return names.concept(medication, owner, record.medications());
  }

  private static Optional<String> indication(MedicationRequest order) {
    return order.getReasonCode().stream()
        .map(MedicationNames::text)
        .flatMap(Optional::stream)
        .findFirst();
  }

  private static org.tonus.core.patient.Patient dosingPatient(
      Patient patient, Labs labs, LocalDate today) {
    int age = PatientReader.ageYears(patient, today);
    try {
      return new org.tonus.core.patient.Patient(
          age,
          labs.weightKg(),
          PatientReader.sex(patient),
          labs.serumCreatinineMgDl(),
          labs.creatinineClearanceMlMin(),
          false,
          false,
          Optional.empty());
    } catch (IllegalArgumentException impossible) {
      throw new FhirInputException(
          ResourceLabel.of(patient) + " with its observations: " + impossible.getMessage());
    }
  }
}
