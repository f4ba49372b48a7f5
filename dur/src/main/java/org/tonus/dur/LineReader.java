package org.tonus.dur;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Serializable;
import java.util.List;
import org.tonus.fhir.lean.Lean;
import org.tonus.fhir.lean.Lean.MedicationDef;
import org.tonus.fhir.lean.LeanReader;

/**
 * Reads one NDJSON line of a bulk export into a {@link Lean} record (a small Jackson tree per line,
 * read by the FHIR module's {@link LeanReader}, never a HAPI object tree), a Medication line into
 * its {@link MedicationDef}, or says why the line is malformed: not JSON, not a FHIR resource, a
 * resource type other than the file's, no patient (no id for a Medication). Stateless and
 * thread-safe.
 */
final class LineReader {
  /** Medication: the resources a medicationReference names; they belong to no patient. */
  static final String MEDICATION = "Medication";

  /**
   * The resource types of a bulk export the job reads, one file (or more) per type, in reading
   * order: the Medications first, as the plain loop loads them before the rows that name them.
   */
  static final List<String> TYPES = types();

  private static List<String> types() {
    List<String> types = new java.util.ArrayList<>();
    types.add(MEDICATION);
    types.addAll(LeanReader.TYPES);
    return List.copyOf(types);
  }

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private LineReader() {}

  /** What a line gave. */
  sealed interface Result extends Serializable permits Read, Defined, Malformed {}

  /** A resource read. */
  record Read(Lean lean) implements Result {
    private static final long serialVersionUID = 1L;
  }

  /** A Medication read (from a file of Medications). */
  record Defined(MedicationDef medication) implements Result {
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
    if (expectedType.equals(MEDICATION)) {
      MedicationDef medication = LeanReader.medicationDef(node);
      if (medication.id().isEmpty()) {
        return new Malformed("Medication has no id; no medicationReference can name it");
      }
      return new Defined(medication);
    }
    try {
      return new Read(LeanReader.read(node));
    } catch (LeanReader.Unreadable e) {
      return new Malformed(e.getMessage());
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
