package org.tonus.app;

import java.math.BigDecimal;
import java.util.Optional;
import org.tonus.app.request.BadRequestException;
import org.tonus.app.request.PatientRequest;
import org.tonus.app.request.RequestFields;
import org.tonus.core.patient.Patient;
import org.tonus.core.patient.Sex;
import picocli.CommandLine.Option;

/** The patient as flags, for commands run by hand; a --json request carries {@code patient}. */
final class PatientOptions {

  @Option(names = "--age", description = "Age in whole years.")
  Optional<Integer> age;

  @Option(names = "--weight-kg", description = "Body weight in kg.")
  Optional<BigDecimal> weightKg;

  @Option(names = "--sex", description = "female or male (Cockcroft-Gault scales women by 0.85).")
  Optional<Sex> sex;

  @Option(names = "--serum-creatinine", description = "Serum creatinine in mg/dL.")
  Optional<BigDecimal> serumCreatinineMgDl;

  @Option(names = "--crcl", description = "Creatinine clearance in mL/min, when measured.")
  Optional<BigDecimal> creatinineClearanceMlMin;

  @Option(names = "--dialysis", description = "The patient is on dialysis.")
  boolean dialysis;

  @Option(names = "--inpatient", description = "A hospital inpatient under close supervision.")
  boolean hospitalInpatient;

  /** The patient of the JSON request, else of the flags; the age is required either way. */
  Patient patient(Optional<RequestFields> request) {
    if (request.isPresent()) {
      return PatientRequest.read(request.get().requiredObject("patient"));
    }
    int years =
        age.orElseThrow(
            () ->
                new BadRequestException(
                    "--age is required (or give the whole request with --json)"));
    return PatientRequest.checked(
        "",
        () ->
            new Patient(
                years,
                weightKg,
                sex,
                serumCreatinineMgDl,
                creatinineClearanceMlMin,
                dialysis,
                hospitalInpatient,
                Optional.empty()));
  }
}
