package org.tonus.app.request;

import java.math.BigDecimal;
import java.util.Optional;
import org.tonus.core.knowledge.SpasticityOrigin;
import org.tonus.core.patient.Patient;
import org.tonus.core.patient.Sex;

/** The {@code patient} object of the contracts in DESIGN.md, mapped to the core's record. */
public final class PatientRequest {
  private PatientRequest() {}

  /**
   * Reads the patient fields the dose engine uses. Fields the checker adds later (conditions,
   * medications, allergies, pregnancy) are accepted here so one request serves every command.
   */
  public static Patient read(RequestFields patient) {
    patient.allowOnly(
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
        "alcoholUse");
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

  /** A patient from command-line flags; the same validation as the JSON form. */
  public static Patient fromFlags(
      int ageYears,
      Optional<BigDecimal> weightKg,
      Optional<Sex> sex,
      Optional<BigDecimal> serumCreatinineMgDl,
      Optional<BigDecimal> creatinineClearanceMlMin,
      boolean dialysis,
      boolean hospitalInpatient,
      Optional<SpasticityOrigin> spasticityOrigin) {
    try {
      return new Patient(
          ageYears,
          weightKg,
          sex,
          serumCreatinineMgDl,
          creatinineClearanceMlMin,
          dialysis,
          hospitalInpatient,
          spasticityOrigin);
    } catch (IllegalArgumentException impossible) {
      throw new BadRequestException(impossible.getMessage());
    }
  }
}
