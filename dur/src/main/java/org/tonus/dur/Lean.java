package org.tonus.dur;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * A FHIR resource of a bulk export reduced to what a baclofen check reads: the lean record the job
 * shuffles instead of a HAPI object tree. Every record names its patient (the grouping key). Absent
 * strings are empty ({@code ""}) on the wire, because Spark shuffles these with Java serialization
 * and {@link Optional} is not serializable; the {@code Optional} accessors are how code reads them.
 */
sealed interface Lean extends Serializable
    permits Lean.PatientRow,
        Lean.ConditionRow,
        Lean.MedicationRow,
        Lean.AllergyRow,
        Lean.ObservationRow {

  /**
   * The patient id the resource belongs to (the part after {@code Patient/} or {@code urn:uuid:}).
   */
  String patient();

  static Optional<String> opt(String value) {
    return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  /** One coding of a CodeableConcept; absent parts empty. */
  record Code(String system, String code, String display) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** A concept: its text (empty when none) and its codings. */
  record Concept(String text, List<Code> codings) implements Serializable {
    private static final long serialVersionUID = 1L;

    static final Concept EMPTY = new Concept("", List.of());

    public Concept {
      codings = List.copyOf(codings);
    }

    /** Words for it: the text, else the first coding display (as the FHIR module reads it). */
    Optional<String> words() {
      if (!text.isBlank()) {
        return Optional.of(text.trim());
      }
      return codings.stream()
          .map(Code::display)
          .filter(d -> !d.isBlank())
          .map(String::trim)
          .findFirst();
    }

    Optional<String> codeIn(String system) {
      return codings.stream()
          .filter(c -> system.equals(c.system()) && !c.code().isBlank())
          .map(c -> c.code().trim())
          .findFirst();
    }

    boolean anyCode(java.util.Set<String> codes) {
      return codings.stream().map(Code::code).anyMatch(codes::contains);
    }
  }

  /** Patient: id, birthDate as written, gender code. */
  record PatientRow(String patient, String birthDate, String gender) implements Lean {
    private static final long serialVersionUID = 1L;
  }

  /** Condition: whether it is current and true, and its code. */
  record ConditionRow(String patient, boolean current, Concept code) implements Lean {
    private static final long serialVersionUID = 1L;
  }

  /** AllergyIntolerance: whether current and true, substance and first reaction words. */
  record AllergyRow(String patient, boolean current, Concept code, String reaction)
      implements Lean {
    private static final long serialVersionUID = 1L;
  }

  /**
   * Observation: LOINC codes, status, effective date-time as written, valueQuantity (value as text,
   * unit code or unit, system) and valueCodeableConcept.
   */
  record ObservationRow(
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
   * statement's effective start), the medicine's concept, the dosage lines, doNotPerform and the
   * first reason's words.
   */
  record MedicationRow(
      String patient,
      String kind,
      String id,
      String status,
      String date,
      Concept medication,
      List<DosageLine> dosages,
      boolean doNotPerform,
      String reason)
      implements Lean {
    private static final long serialVersionUID = 1L;

    public MedicationRow {
      dosages = List.copyOf(dosages);
    }

    String label() {
      return kind + "/" + id;
    }
  }

  /**
   * One dosage line: text; the first doseQuantity (value as text, unit code or unit, system); the
   * route concept; timing code; repeat frequency, frequencyMax, period, periodUnit; asNeeded (""
   * absent, "true"/"false", or "concept"); boundsDuration value and unit.
   */
  record DosageLine(
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
