package org.tonus.fhir;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Patient;
import org.tonus.core.patient.Sex;

/** Age on {@code today} from a full birth date, and sex from administrative gender. */
final class PatientReader {
  private PatientReader() {}

  static int ageYears(Patient patient, LocalDate today) {
    String where = ResourceLabel.of(patient);
    if (!patient.hasBirthDateElement() || patient.getBirthDateElement().isEmpty()) {
      throw new FhirInputException(where + " has no birthDate; the age rules need it");
    }
    DateType birth = patient.getBirthDateElement();
    if (birth.getPrecision() != TemporalPrecisionEnum.DAY) {
      throw new FhirInputException(
          where
              + " birthDate "
              + birth.getValueAsString()
              + " is not a full date (YYYY-MM-DD); the age rules need the day");
    }
    LocalDate born = LocalDate.of(birth.getYear(), birth.getMonth() + 1, birth.getDay());
    if (born.isAfter(today)) {
      throw new FhirInputException(
          where + " birthDate " + born + " is after today's date " + today);
    }
    return Period.between(born, today).getYears();
  }

  static Optional<Sex> sex(Patient patient) {
    if (!patient.hasGender()) {
      return Optional.empty();
    }
    return patient.getGender() == AdministrativeGender.FEMALE
        ? Optional.of(Sex.FEMALE)
        : patient.getGender() == AdministrativeGender.MALE
            ? Optional.of(Sex.MALE)
            : Optional.empty();
  }
}
