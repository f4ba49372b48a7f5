package org.tonus.dur;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tonus.dur.Lean.AllergyRow;
import org.tonus.dur.Lean.Code;
import org.tonus.dur.Lean.Concept;
import org.tonus.dur.Lean.ConditionRow;
import org.tonus.dur.Lean.DosageLine;
import org.tonus.dur.Lean.MedicationRow;
import org.tonus.dur.Lean.ObservationRow;
import org.tonus.dur.Lean.PatientRow;

/**
 * Reads one NDJSON line of a bulk export into a {@link Lean} record with Jackson's streaming parser
 * (a small JSON tree per line, never a HAPI object tree), or says why the line is malformed: not
 * JSON, not a FHIR resource, a resource type other than the file's, or no patient. Stateless and
 * thread-safe.
 */
final class LineReader {
  /** The resource types of a bulk export the job reads, one file (or more) per type. */
  static final List<String> TYPES =
      List.of(
          "Patient",
          "Condition",
          "MedicationRequest",
          "MedicationStatement",
          "AllergyIntolerance",
          "Observation");

  private static final Set<String> NOT_CURRENT = Set.of("inactive", "remission", "resolved");
  private static final Set<String> NOT_TRUE = Set.of("refuted", "entered-in-error");

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private LineReader() {}

  /** What a line gave. */
  sealed interface Result extends Serializable permits Read, Malformed {}

  /** A resource read. */
  record Read(Lean lean) implements Result {
    private static final long serialVersionUID = 1L;
  }

  /** A line that is not a readable resource of the file's type, with why. */
  record Malformed(String reason) implements Result {
    private static final long serialVersionUID = 1L;
  }

  /**
   * The resource type a file holds, from its name ("Patient.ndjson", "1.Observation.ndjson.gz").
   */
  static java.util.Optional<String> typeOf(String fileName) {
    for (String part : fileName.split("\\.")) {
      if (TYPES.contains(part)) {
        return java.util.Optional.of(part);
      }
    }
    return java.util.Optional.empty();
  }

  static Result read(String line, String expectedType) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      return new Malformed("not JSON: " + firstLine(e.getOriginalMessage()));
    }
    if (node == null || node.isMissingNode()) {
      return new Malformed("empty line");
    }
    if (!node.isObject()) {
      return new Malformed(
          "not a FHIR resource: a JSON "
              + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
    }
    JsonNode type = node.get("resourceType");
    if (type == null || !type.isTextual()) {
      return new Malformed("not a FHIR resource: no resourceType");
    }
    if (!type.asText().equals(expectedType)) {
      return new Malformed(
          "resourceType " + type.asText() + " in a file of " + expectedType + " resources");
    }
    try {
      return switch (expectedType) {
        case "Patient" -> patient(node);
        case "Condition" -> condition(node);
        case "MedicationRequest", "MedicationStatement" -> medication(node, expectedType);
        case "AllergyIntolerance" -> allergy(node);
        case "Observation" -> observation(node);
        default -> new Malformed("resourceType " + expectedType + " is not read");
      };
    } catch (Unreadable e) {
      return new Malformed(e.getMessage());
    }
  }

  private static Result patient(JsonNode node) {
    String id = text(node, "id");
    if (id.isEmpty()) {
      throw new Unreadable("Patient has no id");
    }
    return new Read(new PatientRow(id, text(node, "birthDate"), text(node, "gender")));
  }

  private static Result condition(JsonNode node) {
    boolean current =
        !concept(node.get("clinicalStatus")).anyCode(NOT_CURRENT)
            && !concept(node.get("verificationStatus")).anyCode(NOT_TRUE);
    return new Read(new ConditionRow(subject(node, "subject"), current, concept(node.get("code"))));
  }

  private static Result allergy(JsonNode node) {
    boolean current =
        !concept(node.get("clinicalStatus")).anyCode(NOT_CURRENT)
            && !concept(node.get("verificationStatus")).anyCode(NOT_TRUE);
    String reaction = "";
    for (JsonNode r : array(node, "reaction")) {
      for (JsonNode m : array(r, "manifestation")) {
        reaction = concept(m).words().orElse("");
        if (!reaction.isEmpty()) {
          break;
        }
      }
      if (reaction.isEmpty() && !text(r, "description").isBlank()) {
        reaction = text(r, "description").trim();
      }
      if (!reaction.isEmpty()) {
        break;
      }
    }
    return new Read(
        new AllergyRow(subject(node, "patient"), current, concept(node.get("code")), reaction));
  }

  private static Result observation(JsonNode node) {
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
      value = v != null && v.isNumber() ? v.decimalValue().toPlainString() : "";
      unit = !text(quantity, "code").isEmpty() ? text(quantity, "code") : text(quantity, "unit");
      system = text(quantity, "system");
    }
    return new Read(
        new ObservationRow(
            subject(node, "subject"),
            text(node, "id"),
            loinc,
            text(node, "status"),
            effective,
            value,
            unit,
            system,
            concept(node.get("valueCodeableConcept"))));
  }

  private static Result medication(JsonNode node, String kind) {
    Concept medication;
    if (node.has("medicationCodeableConcept")) {
      medication = concept(node.get("medicationCodeableConcept"));
    } else if (node.has("medicationReference")) {
      // A bulk export's references to Medication resources are read by their display only; the
      // job does not join a Medication file (say so rather than guess).
      String display = text(node.get("medicationReference"), "display");
      medication = display.isEmpty() ? Concept.EMPTY : new Concept(display, List.of());
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
    return new Read(
        new MedicationRow(
            subject(node, "subject"),
            kind,
            text(node, "id"),
            text(node, "status"),
            date,
            medication,
            dosages,
            dnp != null && dnp.asBoolean(false),
            reason));
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
        value = v != null && v.isNumber() ? v.decimalValue().toPlainString() : "";
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

  /** The id of the patient a reference names: "Patient/x", "urn:uuid:x" or a full URL. */
  private static String subject(JsonNode node, String field) {
    JsonNode ref = node.get(field);
    String reference = ref == null ? "" : text(ref, "reference");
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

  static Concept concept(JsonNode node) {
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
    JsonNode v = node.get(field);
    return v != null && v.isNumber() ? v.decimalValue().toPlainString() : "";
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  /** A resource of the right type the job still cannot place, such as one without a patient. */
  private static final class Unreadable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unreadable(String message) {
      super(message);
    }
  }
}
