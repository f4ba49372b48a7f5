package org.tonus.app.request;

import java.util.function.Supplier;
import org.tonus.core.knowledge.SpasticityOrigin;
import org.tonus.core.patient.Patient;
import org.tonus.core.patient.Sex;

/** The {@code patient} object of the contracts in DESIGN.md, mapped to the core's record. */
public final class PatientRequest {
  private static final String[] FIELDS = {
    "ageYears",
    "weightKg",
    "sex",
    "pregnant",
    "breastfeeding",
    "hospitalInpatient",
    "serumCreatinineMgDl",
    "creatinineClearanceMlMin",
    "dialysis",
    "spasticityOrigin",
    "conditions",
    "medications",
    "allergies",
    "alcoholUse"
  };

  private PatientRequest() {}

  /**
   * Reads the patient fields the dose engine uses. Fields the checker adds later (conditions,
   * medications, allergies, pregnancy) are accepted here so one request serves every command.
   */
  public static Patient read(RequestFields patient) {
    patient.allowOnly(FIELDS);
    // as checked(patient.where(""), ...) does, without writing out the path unless it is needed
    try {
      return new Patient(
          patient.requiredInteger("ageYears"),
          patient.decimal("weightKg"),
          patient.choice("sex", Sex.class),
          patient.decimal("serumCreatinineMgDl"),
          patient.decimal("creatinineClearanceMlMin"),
          patient.bool("dialysis").orElse(false),
          patient.bool("hospitalInpatient").orElse(false),
          patient.choice("spasticityOrigin", SpasticityOrigin.class));
    } catch (IllegalArgumentException impossible) {
      throw new BadRequestException(patient.where("") + impossible.getMessage());
    }
  }

  /**
   * Builds a patient, turning the record's refusal of an impossible value (a negative age, a weight
   * of 0) into a bad request whose message starts with {@code where}, e.g. "patient.".
   */
  public static Patient checked(String where, Supplier<Patient> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException impossible) {
      throw new BadRequestException(where + impossible.getMessage());
    }
  }
}
