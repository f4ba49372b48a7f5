package org.tonus.fhir.lean;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tonus.fhir.lean.Lean.AllergyRow;
import org.tonus.fhir.lean.Lean.Code;
import org.tonus.fhir.lean.Lean.Concept;
import org.tonus.fhir.lean.Lean.ConditionRow;
import org.tonus.fhir.lean.Lean.DosageLine;
import org.tonus.fhir.lean.Lean.MedicationDef;
import org.tonus.fhir.lean.Lean.MedicationRow;
import org.tonus.fhir.lean.Lean.ObservationRow;
import org.tonus.fhir.lean.Lean.PatientRow;

/**
 * Reads one FHIR R4 resource, given as a Jackson tree, into a {@link Lean} record (never a HAPI
 * object tree): Patient, Condition, MedicationRequest, MedicationStatement, AllergyIntolerance and
 * Observation; a Medication into a {@link MedicationDef}. A resource it cannot place is an {@link
 * Unreadable} with why. Numbers are kept as the text they are written with, so that the intake
 * reads the same decimal as HAPI would. Stateless and thread-safe.
 */
public final class LeanReader {
  /** The resource types read into {@link Lean} records. */
  public static final List<String> TYPES =
      List.of(
          "Patient",
          "Condition",
          "MedicationRequest",
          "MedicationStatement",
          "AllergyIntolerance",
          "Observation");

  private static final Set<String> NOT_CURRENT = Set.of("inactive", "remission", "resolved");
  private static final Set<String> NOT_TRUE = Set.of("refuted", "entered-in-error");

  private LeanReader() {}

  /** A resource this reader cannot place, with why (names the resource and element). */
  public static final class Unreadable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public Unreadable(String message) {
      super(message);
    }
  }

  /**
   * The resource as a lean record; every resource must name its patient (subject or patient
   * reference), as a bulk export's lines are grouped by it.
   */
  public static Lean read(JsonNode node) {
    return read(node, true);
  }

  /**
   * The resource as a lean record; with {@code patientRequired} false a resource that names no
   * patient (the record of one patient, as a CDS prefetch is) gets an empty patient.
   */
  public static Lean read(JsonNode node, boolean patientRequired) {
    String type = text(node, "resourceType");
    return switch (type) {
      case "Patient" -> patient(node);
      case "Condition" -> condition(node, patientRequired);
      case "MedicationRequest", "MedicationStatement" -> medication(node, type, patientRequired);
      case "AllergyIntolerance" -> allergy(node, patientRequired);
      case "Observation" -> observation(node, patientRequired);
      default -> throw new Unreadable("resourceType " + type + " is not read");
    };
  }

  /**
   * Whether a Condition or AllergyIntolerance with these statuses is current and true: not
   * inactive, in remission or resolved, not refuted or entered in error (the HAPI intake's rule
   * too).
   */
  public static boolean current(Concept clinicalStatus, Concept verificationStatus) {
    return !clinicalStatus.anyCode(NOT_CURRENT) && !verificationStatus.anyCode(NOT_TRUE);
  }

  /** One reaction of an AllergyIntolerance: its manifestations and description (empty if none). */
  public record Reaction(List<Concept> manifestations, String description) {
    public Reaction {
      manifestations = List.copyOf(manifestations);
      java.util.Objects.requireNonNull(description, "description");
    }
  }

  /**
   * Words for the reactions: the first manifestation with words, else the reaction's description,
   * reaction by reaction; empty when none has any.
   */
  public static String reactionWords(List<Reaction> reactions) {
    for (Reaction r : reactions) {
      for (Concept m : r.manifestations()) {
        java.util.Optional<String> words = m.words();
        if (words.isPresent()) {
          return words.get();
        }
      }
      if (!r.description().isBlank()) {
        return r.description().trim();
      }
    }
    return "";
  }

  /** A Medication resource: its id and code. */
  public static MedicationDef medicationDef(JsonNode node) {
    return new MedicationDef(text(node, "id"), concept(node.get("code")));
  }

  private static Lean patient(JsonNode node) {
    String id = text(node, "id");
    if (id.isEmpty()) {
      throw new Unreadable("Patient has no id");
    }
    return new PatientRow(id, text(node, "birthDate"), text(node, "gender"));
  }

  private static Lean condition(JsonNode node, boolean patientRequired) {
    boolean current =
        current(concept(node.get("clinicalStatus")), concept(node.get("verificationStatus")));
    return new ConditionRow(
        subject(node, "subject", patientRequired), current, concept(node.get("code")));
  }

  private static Lean allergy(JsonNode node, boolean patientRequired) {
    boolean current =
        current(concept(node.get("clinicalStatus")), concept(node.get("verificationStatus")));
    List<Reaction> reactions = new ArrayList<>();
    for (JsonNode r : array(node, "reaction")) {
      List<Concept> manifestations = new ArrayList<>();
      array(r, "manifestation").forEach(m -> manifestations.add(concept(m)));
      reactions.add(new Reaction(manifestations, text(r, "description")));
    }
    String reaction = reactionWords(reactions);
    return new AllergyRow(
        subject(node, "patient", patientRequired), current, concept(node.get("code")), reaction);
  }

  private static Lean observation(JsonNode node, boolean patientRequired) {
    List<String> loinc = new ArrayList<>();
    for (Code c : concept(node.get("code")).codings()) {
      if ("http://loinc.org".equals(c.system()) && !c.code().isEmpty()) {
        loinc.add(c.code());
      }
    }
    String effective = text(node, "effectiveDateTime");
    if (effective.isEmpty() && node.has("effectivePeriod")) {
      effective = text(node.get("effectivePeriod"), "start");
    }
    if (effective.isEmpty()) {
      effective = text(node, "effectiveInstant");
    }
    if (effective.isEmpty()) {
      effective = text(node, "issued");
    }
    JsonNode quantity = node.get("valueQuantity");
    String value = "";
    String unit = "";
    String system = "";
    if (quantity != null && quantity.isObject()) {
      JsonNode v = quantity.get("value");
      value = numberText(v);
      unit = !text(quantity, "code").isEmpty() ? text(quantity, "code") : text(quantity, "unit");
      system = text(quantity, "system");
    }
    return new ObservationRow(
        subject(node, "subject", patientRequired),
        text(node, "id"),
        loinc,
        text(node, "status"),
        effective,
        value,
        unit,
        system,
        concept(node.get("valueCodeableConcept")));
  }

  private static Lean medication(JsonNode node, String kind, boolean patientRequired) {
    Concept medication;
    String reference = "";
    if (node.has("medicationCodeableConcept")) {
      medication = concept(node.get("medicationCodeableConcept"));
    } else if (node.has("medicationReference")) {
      // As the FHIR module resolves it: a contained Medication first; else the reference is kept
      // for a reader that has the Medication resources, with the display as the words meanwhile.
      JsonNode ref = node.get("medicationReference");
      reference = text(ref, "reference");
      Concept contained = reference.isEmpty() ? null : contained(node, reference);
      if (contained != null) {
        medication = contained;
        reference = "";
      } else {
        String display = text(ref, "display");
        medication = display.isEmpty() ? Concept.EMPTY : new Concept(display, List.of());
      }
    } else {
      medication = Concept.EMPTY;
    }
    String date;
    List<DosageLine> dosages = new ArrayList<>();
    if (kind.equals("MedicationRequest")) {
      date = text(node, "authoredOn");
      for (JsonNode d : array(node, "dosageInstruction")) {
        dosages.add(dosage(d));
      }
    } else {
      date = text(node, "effectiveDateTime");
      if (date.isEmpty() && node.has("effectivePeriod")) {
        date = text(node.get("effectivePeriod"), "start");
      }
      for (JsonNode d : array(node, "dosage")) {
        dosages.add(dosage(d));
      }
    }
    String reason = "";
    for (JsonNode r : array(node, "reasonCode")) {
      reason = concept(r).words().orElse("");
      if (!reason.isEmpty()) {
        break;
      }
    }
    JsonNode dnp = node.get("doNotPerform");
    return new MedicationRow(
        subject(node, "subject", patientRequired),
        kind,
        text(node, "id"),
        text(node, "status"),
        date,
        medication,
        dosages,
        dnp != null && dnp.asBoolean(false),
        reason,
        reference);
  }

  private static DosageLine dosage(JsonNode d) {
    JsonNode doseAndRate =
        array(d, "doseAndRate").isEmpty() ? null : array(d, "doseAndRate").get(0);
    boolean hasDose = false;
    boolean range = false;
    String value = "";
    String unit = "";
    String system = "";
    for (JsonNode dr : array(d, "doseAndRate")) {
      hasDose |= dr.has("doseQuantity") || dr.has("doseRange");
    }
    if (doseAndRate != null) {
      range = !doseAndRate.has("doseQuantity") && doseAndRate.has("doseRange");
      JsonNode q = doseAndRate.get("doseQuantity");
      if (q != null && q.isObject()) {
        JsonNode v = q.get("value");
        value = numberText(v);
        unit = !text(q, "code").isEmpty() ? text(q, "code") : text(q, "unit").trim();
        system = text(q, "system");
      }
    }
    JsonNode timing = d.get("timing");
    JsonNode repeat = timing == null ? null : timing.get("repeat");
    JsonNode bounds = repeat == null ? null : repeat.get("boundsDuration");
    String asNeeded = "";
    if (d.has("asNeededBoolean")) {
      asNeeded = Boolean.toString(d.get("asNeededBoolean").asBoolean());
    } else if (d.has("asNeededCodeableConcept")) {
      asNeeded = "concept";
    }
    return new DosageLine(
        text(d, "text"),
        hasDose,
        range,
        value,
        unit,
        system,
        concept(d.get("route")),
        timing == null ? Concept.EMPTY : concept(timing.get("code")),
        repeat == null ? "" : number(repeat, "frequency"),
        repeat == null ? "" : number(repeat, "frequencyMax"),
        repeat == null ? "" : number(repeat, "period"),
        repeat == null ? "" : text(repeat, "periodUnit"),
        asNeeded,
        bounds == null ? "" : number(bounds, "value"),
        bounds == null
            ? ""
            : (!text(bounds, "code").isEmpty() ? text(bounds, "code") : text(bounds, "unit")));
  }

  /** The code of the contained Medication {@code reference} names ("#m1"), or null. */
  private static Concept contained(JsonNode node, String reference) {
    for (JsonNode c : array(node, "contained")) {
      String id = text(c, "id");
      id = id.startsWith("#") ? id.substring(1) : id;
      if ("Medication".equals(text(c, "resourceType"))
          && !id.isEmpty()
          && (reference.equals("#" + id) || reference.equals(id))) {
        return concept(c.get("code"));
      }
    }
    return null;
  }

  /** The id of the patient a reference names: "Patient/x", "urn:uuid:x" or a full URL. */
  private static String subject(JsonNode node, String field, boolean required) {
    JsonNode ref = node.get(field);
    String reference = ref == null ? "" : text(ref, "reference");
    if (!required && (reference.isEmpty() || !reference.contains("Patient/"))) {
      return reference.startsWith("urn:uuid:") ? reference.substring("urn:uuid:".length()) : "";
    }
    if (reference.isEmpty()) {
      throw new Unreadable(
          text(node, "resourceType") + "/" + text(node, "id") + " has no " + field + " reference");
    }
    if (reference.startsWith("urn:uuid:")) {
      return reference.substring("urn:uuid:".length());
    }
    int at = reference.lastIndexOf("Patient/");
    if (at < 0) {
      throw new Unreadable(
          text(node, "resourceType")
              + "/"
              + text(node, "id")
              + " "
              + field
              + " "
              + reference
              + " is not a Patient reference");
    }
    String id = reference.substring(at + "Patient/".length());
    int history = id.indexOf('/');
    return history < 0 ? id : id.substring(0, history);
  }

  /** A CodeableConcept; empty when absent or not an object. */
  public static Concept concept(JsonNode node) {
    if (node == null || !node.isObject()) {
      return Concept.EMPTY;
    }
    List<Code> codes = new ArrayList<>();
    for (JsonNode c : array(node, "coding")) {
      codes.add(new Code(text(c, "system"), text(c, "code"), text(c, "display")));
    }
    return new Concept(text(node, "text"), codes);
  }

  private static List<JsonNode> array(JsonNode node, String field) {
    JsonNode a = node == null ? null : node.get(field);
    if (a == null || !a.isArray()) {
      return List.of();
    }
    List<JsonNode> items = new ArrayList<>(a.size());
    a.forEach(items::add);
    return items;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    return v == null || v.isNull() || v.isContainerNode() ? "" : v.asText();
  }

  private static String number(JsonNode node, String field) {
    return numberText(node.get(field));
  }

  /**
   * A JSON number as the text HAPI would read it from: a big decimal in plain notation, any other
   * number as it is written out ({@code 70.0} stays {@code 70.0}, as HAPI keeps its scale).
   */
  private static String numberText(JsonNode v) {
    if (v == null || !v.isNumber()) {
      return "";
    }
    return v.isBigDecimal() ? v.decimalValue().toPlainString() : v.toString();
  }
}
