package org.tonus.fhir;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;

/**
 * Picks the latest serum creatinine (LOINC 2160-0), creatinine clearance (2164-2), body weight
 * (29463-7) and pregnancy status (82810-3) from the observations, by effective date, and converts
 * their units exactly. A unit it cannot convert is refused, never assumed.
 */
final class ObservationReader {
  static final String LOINC = "http://loinc.org";
  static final String SERUM_CREATININE = "2160-0";
  static final String CREATININE_CLEARANCE = "2164-2";
  static final String BODY_WEIGHT = "29463-7";
  static final String PREGNANCY_STATUS = "82810-3";

  /** SNOMED CT 77386006 |Pregnancy|, the "pregnant" answer of LOINC 82810-3 (LL4129-4). */
  static final String PREGNANT = "77386006";

  /**
   * Creatinine in µmol/L per mg/dL: 10 mg/L divided by the molar mass of creatinine, 113.12 g/mol
   * (PubChem CID 588), is 88.4 µmol/L; the factor clinical laboratories and KDIGO use
   * (https://pubchem.ncbi.nlm.nih.gov/compound/588).
   */
  static final BigDecimal CREATININE_UMOL_PER_L_PER_MG_PER_DL = new BigDecimal("88.4");

  /** The international avoirdupois pound, exactly 0.45359237 kg (1959 international agreement). */
  static final BigDecimal KG_PER_POUND = new BigDecimal("0.45359237");

  /** Serum creatinine in mg/dL is kept to two decimals, rounded half up, after conversion. */
  static final int CREATININE_SCALE = 2;

  /** Body weight in kg is kept to one decimal, rounded half up, after conversion from pounds. */
  static final int WEIGHT_SCALE = 1;

  private static final Set<String> UNUSABLE = Set.of("cancelled", "entered-in-error", "registered");

  private ObservationReader() {}

  static Labs read(List<Observation> observations) {
    return new Labs(
        latest(observations, SERUM_CREATININE).map(ObservationReader::creatinineMgDl),
        latest(observations, CREATININE_CLEARANCE).map(ObservationReader::clearanceMlMin),
        latest(observations, BODY_WEIGHT).map(ObservationReader::weightKg),
        latest(observations, PREGNANCY_STATUS).map(ObservationReader::pregnant).orElse(false));
  }

  /** The latest usable observation with this LOINC code; undated ones rank before any dated. */
  static Optional<Observation> latest(List<Observation> observations, String loinc) {
    return observations.stream()
        .filter(o -> hasLoinc(o.getCode(), loinc))
        .filter(o -> !o.hasStatus() || !UNUSABLE.contains(o.getStatus().toCode()))
        .max(Comparator.comparing(ObservationReader::effective, ObservationReader::compareDates));
  }

  private static int compareDates(Optional<Date> a, Optional<Date> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return Boolean.compare(a.isPresent(), b.isPresent());
    }
    return a.get().compareTo(b.get());
  }

  private static Optional<Date> effective(Observation observation) {
    if (observation.hasEffectiveDateTimeType()) {
      return Optional.ofNullable(observation.getEffectiveDateTimeType().getValue());
    }
    if (observation.hasEffectivePeriod() && observation.getEffectivePeriod().hasStart()) {
      return Optional.of(observation.getEffectivePeriod().getStart());
    }
    if (observation.hasEffectiveInstantType()) {
      return Optional.ofNullable(observation.getEffectiveInstantType().getValue());
    }
    return Optional.ofNullable(observation.getIssued());
  }

  static boolean hasLoinc(CodeableConcept code, String loinc) {
    for (Coding coding : code.getCoding()) {
      if (LOINC.equals(coding.getSystem()) && loinc.equals(coding.getCode())) {
        return true;
      }
    }
    return false;
  }

  static BigDecimal creatinineMgDl(Observation observation) {
    Quantity value = quantity(observation, "serum creatinine (LOINC 2160-0)");
    String unit = unit(value, observation);
    return switch (unit) {
      case "mg/dL" -> value.getValue();
      case "umol/L" ->
          value
              .getValue()
              .divide(CREATININE_UMOL_PER_L_PER_MG_PER_DL, CREATININE_SCALE, RoundingMode.HALF_UP);
      default ->
          throw new FhirInputException(
              ResourceLabel.of(observation)
                  + " valueQuantity unit '"
                  + unit
                  + "' is not a serum creatinine unit Tonus converts; give mg/dL or umol/L (UCUM)");
    };
  }

  static BigDecimal clearanceMlMin(Observation observation) {
    Quantity value = quantity(observation, "creatinine clearance (LOINC 2164-2)");
    String unit = unit(value, observation);
    if (!unit.equals("mL/min")) {
      throw new FhirInputException(
          ResourceLabel.of(observation)
              + " valueQuantity unit '"
              + unit
              + "' is not a clearance unit Tonus reads; give mL/min (UCUM)");
    }
    return value.getValue();
  }

  static BigDecimal weightKg(Observation observation) {
    Quantity value = quantity(observation, "body weight (LOINC 29463-7)");
    String unit = unit(value, observation);
    return switch (unit) {
      case "kg" -> value.getValue();
      case "[lb_av]" ->
          value.getValue().multiply(KG_PER_POUND).setScale(WEIGHT_SCALE, RoundingMode.HALF_UP);
      default ->
          throw new FhirInputException(
              ResourceLabel.of(observation)
                  + " valueQuantity unit '"
                  + unit
                  + "' is not a weight unit Tonus converts; give kg or [lb_av] (UCUM)");
    };
  }

  private static boolean pregnant(Observation observation) {
    if (!observation.hasValueCodeableConcept()) {
      throw new FhirInputException(
          ResourceLabel.of(observation)
              + " pregnancy status (LOINC 82810-3) has no valueCodeableConcept");
    }
    return observation.getValueCodeableConcept().getCoding().stream()
        .anyMatch(c -> DosageReader.SNOMED.equals(c.getSystem()) && PREGNANT.equals(c.getCode()));
  }

  private static Quantity quantity(Observation observation, String what) {
    if (!observation.hasValueQuantity() || !observation.getValueQuantity().hasValue()) {
      throw new FhirInputException(
          ResourceLabel.of(observation) + " " + what + " has no valueQuantity with a value");
    }
    return observation.getValueQuantity();
  }

  /** The UCUM code, else the unit as written when it is a UCUM code by another name. */
  private static String unit(Quantity value, Observation observation) {
    if (value.hasSystem() && !DosageReader.UCUM.equals(value.getSystem())) {
      throw new FhirInputException(
          ResourceLabel.of(observation)
              + " valueQuantity unit system "
              + value.getSystem()
              + " is not UCUM ("
              + DosageReader.UCUM
              + ")");
    }
    String unit = value.hasCode() ? value.getCode() : value.hasUnit() ? value.getUnit() : null;
    if (unit == null || unit.isBlank()) {
      throw new FhirInputException(ResourceLabel.of(observation) + " valueQuantity has no unit");
    }
    return switch (unit.trim()) {
      case "µmol/L", "μmol/L", "umol/l" -> "umol/L";
      case "mg/dl" -> "mg/dL";
      case "ml/min" -> "mL/min";
      case "lb", "lbs" -> "[lb_av]";
      default -> unit.trim();
    };
  }
}
