package org.tonus.fhir.lean;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * A FHIR R4 resource reduced to what a baclofen check reads, read from JSON by {@link LeanReader}
 * without a HAPI object tree: the population job's records and the CDS hook's prefetch. Every
 * record names its patient (the part after {@code Patient/}; empty where the resource named none
 * and the reader was told a patient is not needed). Absent strings are empty ({@code ""}), never
 * null, because Spark shuffles these with Java serialization and {@link Optional} is not
 * serializable; the {@code Optional} accessors are how code reads them.
 */
public sealed interface Lean extends Serializable
    permits Lean.PatientRow,
        Lean.ConditionRow,
        Lean.MedicationRow,
        Lean.AllergyRow,
        Lean.ObservationRow {

  /**
   * The patient id the resource belongs to (the part after {@code Patient/} or {@code urn:uuid:}).
   */
  String patient();

  /** The value, empty when it is empty or null. */
  static Optional<String> opt(String value) {
    return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  /** One coding of a CodeableConcept; absent parts empty. */
  public record Code(String system, String code, String display) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** A concept: its text (empty when none) and its codings. */
  public record Concept(String text, List<Code> codings) implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final Concept EMPTY = new Concept("", List.of());

    public Concept {
      codings = List.copyOf(codings);
    }

    /** Words for it: the text, else the first coding display (as the FHIR module reads it). */
    public Optional<String> words() {
      if (!text.isBlank()) {
        return Optional.of(text.trim());
      }
      return codings.stream()
          .map(Code::display)
          .filter(d -> !d.isBlank())
          .map(String::trim)
          .findFirst();
    }

    /** Whether it says nothing: no text and no coding. */
    public boolean isEmpty() {
      return text.isEmpty() && codings.isEmpty();
    }

    /** The first non-blank code in {@code system}, trimmed. */
    public Optional<String> codeIn(String system) {
      return codings.stream()
          .filter(c -> system.equals(c.system()) && !c.code().isBlank())
          .map(c -> c.code().trim())
          .findFirst();
    }

    /** Whether any coding has one of {@code codes}. */
    public boolean anyCode(java.util.Set<String> codes) {
      return codings.stream().map(Code::code).anyMatch(codes::contains);
    }
  }

  /**
   * A Medication resource: its id and code. Not a {@link Lean} (it names no patient); a
   * medicationReference is resolved to its code.
   */
  public record MedicationDef(String id, Concept code) implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * Whether {@code reference} names this Medication: {@code Medication/id} or a full URL ending
     * in {@code /Medication/id} (the FHIR module's rule for a Medication outside the resource).
     */
    public boolean isNamedBy(String reference) {
      return !id.isEmpty()
          && (reference.equals("Medication/" + id) || reference.endsWith("/Medication/" + id));
    }

    /**
     * The id a reference names under {@link #isNamedBy}, for looking it up by key: the part after
     * the last {@code Medication/} that starts the reference or follows a {@code /}; empty when it
     * names no Medication that way. A Medication with this id is named by the reference; one whose
     * id holds a {@code /} (not a FHIR id) is not found by key.
     */
    public static Optional<String> idNamedBy(String reference) {
      String marker = "Medication/";
      for (int at = reference.lastIndexOf(marker); at >= 0; ) {
        if (at == 0 || reference.charAt(at - 1) == '/') {
          String id = reference.substring(at + marker.length());
          return id.isEmpty() || id.contains("/") ? Optional.empty() : Optional.of(id);
        }
        at = at == 0 ? -1 : reference.lastIndexOf(marker, at - 1);
      }
      return Optional.empty();
    }
  }

  /** Patient: id, birthDate as written, gender code. */
  public record PatientRow(String patient, String birthDate, String gender) implements Lean {
    private static final long serialVersionUID = 1L;
  }

  /** Condition: whether it is current and true, and its code. */
  public record ConditionRow(String patient, boolean current, Concept code) implements Lean {
    private static final long serialVersionUID = 1L;
  }

  /** AllergyIntolerance: whether current and true, substance and first reaction words. */
  public record AllergyRow(String patient, boolean current, Concept code, String reaction)
      implements Lean {
    private static final long serialVersionUID = 1L;
  }

  /**
   * Observation: LOINC codes, status, effective date-time as written, valueQuantity (value as text,
   * unit code or unit, system) and valueCodeableConcept.
   */
  public record ObservationRow(
      String patient,
      String id,
      List<String> loinc,
      String status,
      String effective,
      String value,
      String unit,
      String unitSystem,
      Concept valueConcept)
      implements Lean {
    private static final long serialVersionUID = 1L;

    public ObservationRow {
      loinc = List.copyOf(loinc);
    }
  }

  /**
   * MedicationRequest or MedicationStatement: kind, id, status, date (authoredOn, or the
   * statement's effective start), the medicine's concept, the dosage lines, doNotPerform, the first
   * reason's words and, when the medicine is a {@code medicationReference} to a Medication not
   * contained in the resource, that reference (the concept is then the reference's display, or
   * empty): a reader that has the Medication resources resolves it.
   */
  public record MedicationRow(
      String patient,
      String kind,
      String id,
      String status,
      String date,
      Concept medication,
      List<DosageLine> dosages,
      boolean doNotPerform,
      String reason,
      String medicationReference)
      implements Lean {
    private static final long serialVersionUID = 1L;

    public MedicationRow {
      dosages = List.copyOf(dosages);
    }

    /**
     * This row with its reference resolved to {@code medication}'s code, as a contained Medication
     * is: the concept is the code and no reference is left.
     *
     * @throws IllegalArgumentException if the reference does not name {@code medication}
     */
    public MedicationRow resolvedBy(MedicationDef medication) {
      if (!medication.isNamedBy(medicationReference)) {
        throw new IllegalArgumentException(
            "medicationReference '"
                + medicationReference
                + "' of "
                + label()
                + " does not name Medication/"
                + medication.id());
      }
      return new MedicationRow(
          patient, kind, id, status, date, medication.code(), dosages, doNotPerform, reason, "");
    }

    /** {@code MedicationRequest/id}, how messages name it. */
    public String label() {
      return kind + "/" + id;
    }
  }

  /**
   * One dosage line: text; the first doseQuantity (value as text, unit code or unit, system); the
   * route concept; timing code; repeat frequency, frequencyMax, period, periodUnit; asNeeded (""
   * absent, "true"/"false", or "concept"); boundsDuration value and unit.
   */
  public record DosageLine(
      String text,
      boolean hasDose,
      boolean doseRange,
      String doseValue,
      String doseUnit,
      String doseSystem,
      Concept route,
      Concept timingCode,
      String frequency,
      String frequencyMax,
      String period,
      String periodUnit,
      String asNeeded,
      String boundsValue,
      String boundsUnit)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }
}
