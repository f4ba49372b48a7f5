package org.tonus.core.intrathecal;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.knowledge.SpasticityOrigin;
import org.tonus.core.patient.Patient;
import org.tonus.core.quantity.Quantity;

/**
 * A request for an intrathecal start plan: the screening bolus that worked (with its unit, so mg
 * and mcg cannot be confused), how many hours its effect lasted, where the spasticity arises (taken
 * from the patient when absent here) and the concentration the pump will be filled with. Invariant:
 * effectHours is 0 or more.
 */
public record IntrathecalStartRequest(
    Jurisdiction jurisdiction,
    Patient patient,
    Quantity screeningDose,
    BigDecimal effectHours,
    Optional<SpasticityOrigin> spasticityOrigin,
    Quantity concentration) {

  public IntrathecalStartRequest {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(patient, "patient");
    Objects.requireNonNull(screeningDose, "screeningDose");
    Objects.requireNonNull(spasticityOrigin, "spasticityOrigin");
    Objects.requireNonNull(concentration, "concentration");
    if (effectHours.signum() < 0) {
      throw new IllegalArgumentException(
          "effectHours " + effectHours.toPlainString() + " must be 0 or more");
    }
  }

  /** A request with every part given, amounts as text ("50 mcg", "500 mcg/mL"). */
  public static IntrathecalStartRequest of(
      Jurisdiction jurisdiction,
      Patient patient,
      String screeningDose,
      String effectHours,
      SpasticityOrigin origin,
      String concentration) {
    return new IntrathecalStartRequest(
        jurisdiction,
        patient,
        Quantity.parse(screeningDose),
        new BigDecimal(effectHours),
        Optional.of(origin),
        Quantity.parse(concentration));
  }
}
