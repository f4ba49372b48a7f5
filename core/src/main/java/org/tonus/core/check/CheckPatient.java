package org.tonus.core.check;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tonus.core.patient.Patient;

/**
 * The patient as the checker sees them: the dosing {@link Patient} plus pregnancy, breastfeeding,
 * recorded conditions, other medicines, allergies and alcohol use. Lists are never null.
 */
public record CheckPatient(
    Patient patient,
    boolean pregnant,
    boolean breastfeeding,
    List<ConditionMention> conditions,
    List<MedicationMention> medications,
    List<AllergyMention> allergies,
    Optional<AlcoholIntake> alcoholUse) {

  /** How much alcohol the patient drinks, as the request states it. */
  public enum AlcoholIntake {
    NONE,
    OCCASIONAL,
    REGULAR
  }

  public CheckPatient {
    Objects.requireNonNull(patient, "patient");
    conditions = List.copyOf(conditions);
    medications = List.copyOf(medications);
    allergies = List.copyOf(allergies);
    Objects.requireNonNull(alcoholUse, "alcoholUse");
  }

  public static CheckPatient of(Patient patient) {
    return new CheckPatient(
        patient, false, false, List.of(), List.of(), List.of(), Optional.empty());
  }
}
