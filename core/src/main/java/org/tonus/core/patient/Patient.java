package org.tonus.core.patient;

import java.math.BigDecimal;
import java.util.Optional;
import org.tonus.core.knowledge.SpasticityOrigin;

/**
 * The person a plan or a check is for: what the dose rules need to know. Unknown values are empty,
 * never zero, so "no creatinine on file" can never pass for a normal kidney.
 *
 * <p>Invariants: age from 0 to 130 whole years; weight above 0 and at most 400 kg; serum creatinine
 * above 0 and at most 30 mg/dL; creatinine clearance from 0 to 300 mL/min.
 */
public record Patient(
    int ageYears,
    Optional<BigDecimal> weightKg,
    Optional<Sex> sex,
    Optional<BigDecimal> serumCreatinineMgDl,
    Optional<BigDecimal> creatinineClearanceMlMin,
    boolean dialysis,
    boolean hospitalInpatient,
    Optional<SpasticityOrigin> spasticityOrigin) {

  public Patient {
    if (ageYears < 0 || ageYears > 130) {
      throw new IllegalArgumentException(
          "ageYears " + ageYears + " is not an age in years (0 to 130)");
    }
    weightKg.ifPresent(w -> requireWithin("weightKg", w, "0", false, "400"));
    serumCreatinineMgDl.ifPresent(c -> requireWithin("serumCreatinineMgDl", c, "0", false, "30"));
    creatinineClearanceMlMin.ifPresent(
        c -> requireWithin("creatinineClearanceMlMin", c, "0", true, "300"));
  }

  /** A patient of whom only the age is known. */
  public static Patient aged(int ageYears) {
    return new Patient(
        ageYears,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        false,
        false,
        Optional.empty());
  }

  public Patient withWeightKg(String kg) {
    return new Patient(
        ageYears,
        Optional.of(new BigDecimal(kg)),
        sex,
        serumCreatinineMgDl,
        creatinineClearanceMlMin,
        dialysis,
        hospitalInpatient,
        spasticityOrigin);
  }

  public Patient withSex(Sex value) {
    return new Patient(
        ageYears,
        weightKg,
        Optional.of(value),
        serumCreatinineMgDl,
        creatinineClearanceMlMin,
        dialysis,
        hospitalInpatient,
        spasticityOrigin);
  }

  public Patient withSerumCreatinineMgDl(String mgDl) {
    return new Patient(
        ageYears,
        weightKg,
        sex,
        Optional.of(new BigDecimal(mgDl)),
        creatinineClearanceMlMin,
        dialysis,
        hospitalInpatient,
        spasticityOrigin);
  }

  public Patient withCreatinineClearanceMlMin(String mlMin) {
    return new Patient(
        ageYears,
        weightKg,
        sex,
        serumCreatinineMgDl,
        Optional.of(new BigDecimal(mlMin)),
        dialysis,
        hospitalInpatient,
        spasticityOrigin);
  }

  public Patient withDialysis(boolean value) {
    return new Patient(
        ageYears,
        weightKg,
        sex,
        serumCreatinineMgDl,
        creatinineClearanceMlMin,
        value,
        hospitalInpatient,
        spasticityOrigin);
  }

  public Patient withHospitalInpatient(boolean value) {
    return new Patient(
        ageYears,
        weightKg,
        sex,
        serumCreatinineMgDl,
        creatinineClearanceMlMin,
        dialysis,
        value,
        spasticityOrigin);
  }

  public Patient withSpasticityOrigin(SpasticityOrigin value) {
    return new Patient(
        ageYears,
        weightKg,
        sex,
        serumCreatinineMgDl,
        creatinineClearanceMlMin,
        dialysis,
        hospitalInpatient,
        Optional.of(value));
  }

  private static void requireWithin(
      String field, BigDecimal value, String low, boolean lowInclusive, String high) {
    int fromLow = value.compareTo(new BigDecimal(low));
    boolean aboveLow = lowInclusive ? fromLow >= 0 : fromLow > 0;
    if (!aboveLow || value.compareTo(new BigDecimal(high)) > 0) {
      throw new IllegalArgumentException(
          field
              + " "
              + value.toPlainString()
              + " is outside "
              + (lowInclusive ? "[" : "(")
              + low
              + ", "
              + high
              + "]");
    }
  }
}
