package org.tonus.core.renal;

import java.util.Objects;
import java.util.Optional;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.patient.Patient;

/**
 * What the renal assessment needs: the jurisdiction (whose adult maximum is reduced), the patient,
 * optionally a weight other than the actual body weight for Cockcroft-Gault, and whether the
 * patient has end-stage kidney disease (dialysis itself is on the patient).
 */
public record RenalRequest(
    Jurisdiction jurisdiction,
    Patient patient,
    Optional<ClearanceWeight> clearanceWeight,
    boolean endStageRenalDisease) {

  public RenalRequest {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(patient, "patient");
    Objects.requireNonNull(clearanceWeight, "clearanceWeight");
  }

  public static RenalRequest of(Jurisdiction jurisdiction, Patient patient) {
    return new RenalRequest(jurisdiction, patient, Optional.empty(), false);
  }

  public RenalRequest withClearanceWeight(ClearanceWeight weight) {
    return new RenalRequest(jurisdiction, patient, Optional.of(weight), endStageRenalDisease);
  }

  public RenalRequest withEndStageRenalDisease(boolean value) {
    return new RenalRequest(jurisdiction, patient, clearanceWeight, value);
  }
}
