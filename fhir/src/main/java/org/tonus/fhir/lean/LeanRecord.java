package org.tonus.fhir.lean;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tonus.fhir.lean.Lean.AllergyRow;
import org.tonus.fhir.lean.Lean.ConditionRow;
import org.tonus.fhir.lean.Lean.MedicationDef;
import org.tonus.fhir.lean.Lean.MedicationRow;
import org.tonus.fhir.lean.Lean.ObservationRow;
import org.tonus.fhir.lean.Lean.PatientRow;

/**
 * One patient's record as lean records, read from JSON resources (a CDS prefetch: single resources
 * and search Bundles): the lean counterpart of the FHIR module's {@code ClinicalRecord}, in the
 * same order. {@code ordered} are the MedicationRequests ordered together with the checked order (a
 * CDS call's draft orders, the checked one among them), kept apart so that the intake can leave the
 * checked one out by its position. Lists are copied and never null.
 *
 * <p>Anything the lean reading does not place as HAPI would (a resource type it does not read, a
 * second Patient, a resource that is not a JSON object) is a {@link LeanReader.Unreadable}: a
 * caller that must answer exactly as the HAPI path does reads such a record with HAPI instead.
 */
public record LeanRecord(
    Optional<PatientRow> patient,
    List<ConditionRow> conditions,
    List<MedicationRow> medicationRequests,
    List<MedicationRow> medicationStatements,
    List<AllergyRow> allergies,
    List<ObservationRow> observations,
    List<MedicationDef> medications,
    List<MedicationRow> ordered) {

  public LeanRecord {
    Objects.requireNonNull(patient, "patient");
    conditions = List.copyOf(conditions);
    medicationRequests = List.copyOf(medicationRequests);
    medicationStatements = List.copyOf(medicationStatements);
    allergies = List.copyOf(allergies);
    observations = List.copyOf(observations);
    medications = List.copyOf(medications);
    ordered = List.copyOf(ordered);
  }

  /**
   * The resources given (each a resource or a Bundle, whose entries' resources are read in order,
   * nested Bundles opened), sorted by type.
   */
  public static LeanRecord of(List<JsonNode> resources) {
    Builder builder = new Builder();
    resources.forEach(builder::add);
    return builder.build(List.of(), List.of());
  }

  /** One resource (or Bundle) read; see {@link #of(List)}. */
  public static LeanRecord of(JsonNode resource) {
    Builder builder = new Builder();
    builder.add(resource);
    return builder.build(List.of(), List.of());
  }

  /**
   * This record followed by {@code more}, as if their resources had been read together: the lists
   * joined in order; two different patients are refused.
   */
  public LeanRecord and(LeanRecord more) {
    if (patient.isPresent()
        && more.patient.isPresent()
        && !patient.get().patient().equals(more.patient.get().patient())) {
      throw new LeanReader.Unreadable("the input holds two patients");
    }
    return new LeanRecord(
        more.patient.isPresent() ? more.patient : patient,
        join(conditions, more.conditions),
        join(medicationRequests, more.medicationRequests),
        join(medicationStatements, more.medicationStatements),
        join(allergies, more.allergies),
        join(observations, more.observations),
        join(medications, more.medications),
        join(ordered, more.ordered));
  }

  private static <T> List<T> join(List<T> a, List<T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /**
   * This record with the MedicationRequests and Medications of {@code bundle} (a CDS call's draft
   * orders) added as ordered together; its other resources are not the patient's record.
   */
  public LeanRecord withOrdered(JsonNode bundle) {
    Builder builder = new Builder();
    builder.add(bundle);
    List<MedicationDef> more = new ArrayList<>(medications);
    more.addAll(builder.medications);
    List<MedicationRow> drafts = new ArrayList<>(ordered);
    drafts.addAll(builder.requests);
    return new LeanRecord(
        patient,
        conditions,
        medicationRequests,
        medicationStatements,
        allergies,
        observations,
        more,
        drafts);
  }

  private static final class Builder {
    private PatientRow patient;
    private final List<ConditionRow> conditions = new ArrayList<>();
    private final List<MedicationRow> requests = new ArrayList<>();
    private final List<MedicationRow> statements = new ArrayList<>();
    private final List<AllergyRow> allergies = new ArrayList<>();
    private final List<ObservationRow> observations = new ArrayList<>();
    private final List<MedicationDef> medications = new ArrayList<>();

    void add(JsonNode node) {
      if (node == null || !node.isObject()) {
        throw new LeanReader.Unreadable("a resource is not a JSON object");
      }
      JsonNode type = node.get("resourceType");
      String name = type == null || !type.isTextual() ? "" : type.asText();
      switch (name) {
        case "Bundle" -> {
          JsonNode entries = node.get("entry");
          if (entries != null && !entries.isArray()) {
            throw new LeanReader.Unreadable("Bundle.entry is not an array");
          }
          if (entries != null) {
            for (JsonNode entry : entries) {
              JsonNode resource = entry.get("resource");
              if (resource != null && !resource.isNull()) {
                add(resource);
              }
            }
          }
        }
        case "Medication" -> medications.add(LeanReader.medicationDef(node));
        default -> place(LeanReader.read(node, false));
      }
    }

    private void place(Lean lean) {
      if (lean instanceof PatientRow p) {
        if (patient != null && !patient.patient().equals(p.patient())) {
          throw new LeanReader.Unreadable("the input holds two patients");
        }
        patient = p;
      } else if (lean instanceof ConditionRow c) {
        conditions.add(c);
      } else if (lean instanceof MedicationRow m) {
        (m.kind().equals("MedicationRequest") ? requests : statements).add(m);
      } else if (lean instanceof AllergyRow a) {
        allergies.add(a);
      } else if (lean instanceof ObservationRow o) {
        observations.add(o);
      }
    }

    LeanRecord build(List<MedicationDef> moreMedications, List<MedicationRow> ordered) {
      List<MedicationDef> all = new ArrayList<>(medications);
      all.addAll(moreMedications);
      return new LeanRecord(
          Optional.ofNullable(patient),
          conditions,
          requests,
          statements,
          allergies,
          observations,
          all,
          ordered);
    }
  }
}
