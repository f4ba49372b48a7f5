package org.tonus.fhir;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.Duration;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Timing;
import org.tonus.core.check.OrderInput;

/**
 * Reads the dosage of an order into the core's {@link OrderInput}: a structured dose (doseQuantity
 * with a UCUM unit, timing repeat, route, as-needed) when there is one, else the text directions.
 * Whether the order makes clinical sense is the checker's question; this class only refuses what it
 * cannot read without guessing, such as a dose without a unit.
 */
final class DosageReader {
  static final String UCUM = "http://unitsofmeasure.org";
  static final String SNOMED = "http://snomed.info/sct";
  static final String GTS_ABBREVIATION = "http://terminology.hl7.org/CodeSystem/v3-GTSAbbreviation";

  /** UCUM dose units and the words the sig parser reads for them. */
  private static final Map<String, String> DOSE_UNITS =
      Map.of("mg", "mg", "ug", "mcg", "mcg", "mcg", "mL", "mL", "ml", "mL");

  /** SNOMED CT route concepts and the route words the sig parser reads. */
  private static final Map<String, String> ROUTES =
      Map.of(
          "26643006", "po",
          "72607000", "intrathecal",
          "47625008", "iv",
          "78421000", "im",
          "34206005", "subcut",
          "404820008", "epidural",
          "127492001", "via tube");

  /** HL7 timing abbreviations (GTSAbbreviation) that say how many times a day. */
  private static final Map<String, Integer> TIMES_PER_DAY_CODES =
      Map.of("QD", 1, "AM", 1, "PM", 1, "BID", 2, "TID", 3, "QID", 4);

  private DosageReader() {}

  /** The order as Tonus reads it, with the text kept for display. */
  record Read(OrderInput order, Optional<String> text) {}

  /**
   * @param drugName the name the sig parser knows the drug by ("baclofen"), put before text
   *     directions that name the drug by none of its names
   * @param namesDrug whether a text names the drug
   * @param where the resource, for messages ("MedicationRequest/draft-1")
   */
  static Read read(
      List<Dosage> dosages, String drugName, Predicate<String> namesDrug, String where) {
    if (dosages.isEmpty()) {
      throw new FhirInputException(
          where + " has no dosageInstruction; give text or a structured dose");
    }
    String texts =
        dosages.stream()
            .filter(Dosage::hasText)
            .map(d -> d.getText().trim())
            .filter(t -> !t.isEmpty())
            .collect(Collectors.joining(", then "));
    Optional<String> text = texts.isEmpty() ? Optional.empty() : Optional.of(texts);
    boolean structured = dosages.stream().anyMatch(DosageReader::hasDose);
    if (!structured) {
      return new Read(
          OrderInput.sig(
              text.map(t -> namesDrug.test(t) ? t : drugName + " " + t)
                  .orElseThrow(
                      () ->
                          new FhirInputException(
                              where
                                  + " dosageInstruction[0] has neither text nor"
                                  + " doseAndRate[0].doseQuantity"))),
          text);
    }
    if (dosages.size() > 1) {
      throw new FhirInputException(
          where
              + " has "
              + dosages.size()
              + " structured dosageInstruction lines; Tonus reads one structured line, or text on"
              + " each line");
    }
    return new Read(structured(dosages.get(0), drugName, where + " dosageInstruction[0]"), text);
  }

  private static boolean hasDose(Dosage dosage) {
    return dosage.getDoseAndRate().stream().anyMatch(d -> d.hasDoseQuantity() || d.hasDoseRange());
  }

  private static OrderInput structured(Dosage dosage, String drugName, String where) {
    Dosage.DosageDoseAndRateComponent doseAndRate = dosage.getDoseAndRateFirstRep();
    if (!doseAndRate.hasDoseQuantity()) {
      throw new FhirInputException(
          where + ".doseAndRate[0] has a doseRange; Tonus reads a doseQuantity (value and unit)");
    }
    String at = where + ".doseAndRate[0].doseQuantity";
    Quantity dose = doseAndRate.getDoseQuantity();
    if (!dose.hasValue()) {
      throw new FhirInputException(at + " has no value");
    }
    String unit = doseUnit(dose, at);
    Timing.TimingRepeatComponent repeat = dosage.getTiming().getRepeat();
    return new OrderInput.Structured(
        drugName,
        Optional.of(dose.getValue()),
        Optional.of(unit),
        route(dosage.getRoute()),
        timesPerDay(dosage.getTiming(), where + ".timing"),
        asNeeded(dosage),
        durationDays(repeat, where + ".timing.repeat"));
  }

  /** asNeededBoolean as given; an asNeededCodeableConcept (the reason) means as needed. */
  private static boolean asNeeded(Dosage dosage) {
    if (!dosage.hasAsNeeded()) {
      return false;
    }
    return !dosage.hasAsNeededBooleanType() || dosage.getAsNeededBooleanType().booleanValue();
  }

  private static String doseUnit(Quantity dose, String at) {
    String code = dose.hasCode() ? dose.getCode() : dose.hasUnit() ? dose.getUnit().trim() : null;
    if (code == null || code.isBlank()) {
      throw new FhirInputException(at + " has no unit; give a UCUM code: mg, ug or mL");
    }
    if (dose.hasSystem() && !UCUM.equals(dose.getSystem())) {
      throw new FhirInputException(
          at + " unit system " + dose.getSystem() + " is not UCUM (" + UCUM + ")");
    }
    String word = DOSE_UNITS.get(code);
    if (word == null) {
      throw new FhirInputException(
          at + " unit '" + code + "' is not a dose unit Tonus reads; give mg, ug or mL (UCUM)");
    }
    return word;
  }

  private static Optional<String> route(CodeableConcept route) {
    for (Coding coding : route.getCoding()) {
      if (SNOMED.equals(coding.getSystem()) && ROUTES.containsKey(coding.getCode())) {
        return Optional.of(ROUTES.get(coding.getCode()));
      }
    }
    return MedicationNames.text(route);
  }

  private static Optional<Integer> timesPerDay(Timing timing, String where) {
    if (timing.hasCode()) {
      for (Coding coding : timing.getCode().getCoding()) {
        if (GTS_ABBREVIATION.equals(coding.getSystem())
            && TIMES_PER_DAY_CODES.containsKey(coding.getCode())) {
          return Optional.of(TIMES_PER_DAY_CODES.get(coding.getCode()));
        }
      }
    }
    Timing.TimingRepeatComponent repeat = timing.getRepeat();
    if (!repeat.hasFrequency() && !repeat.hasFrequencyMax()) {
      return Optional.empty();
    }
    int frequency = repeat.hasFrequencyMax() ? repeat.getFrequencyMax() : repeat.getFrequency();
    if (!repeat.hasPeriod() || !repeat.hasPeriodUnit()) {
      throw new FhirInputException(
          where + ".repeat has a frequency but no period and periodUnit (e.g. 1 d)");
    }
    BigDecimal periodHours = hours(repeat.getPeriod(), repeat.getPeriodUnit(), where);
    BigDecimal perDay =
        BigDecimal.valueOf(frequency)
            .multiply(BigDecimal.valueOf(24))
            .divide(periodHours, 6, RoundingMode.HALF_UP)
            .stripTrailingZeros();
    if (perDay.scale() > 0 || perDay.signum() <= 0) {
      throw new FhirInputException(
          where
              + ".repeat "
              + frequency
              + " per "
              + repeat.getPeriod().toPlainString()
              + " "
              + repeat.getPeriodUnit().toCode()
              + " is not a whole number of doses a day");
    }
    return Optional.of(perDay.intValueExact());
  }

  private static BigDecimal hours(BigDecimal period, Timing.UnitsOfTime unit, String where) {
    BigDecimal perUnit =
        switch (unit) {
          case H -> BigDecimal.ONE;
          case D -> BigDecimal.valueOf(24);
          case WK -> BigDecimal.valueOf(24 * 7);
          default ->
              throw new FhirInputException(
                  where + ".repeat periodUnit " + unit.toCode() + " is not h, d or wk");
        };
    if (period.signum() <= 0) {
      throw new FhirInputException(where + ".repeat period " + period + " must be above 0");
    }
    return period.multiply(perUnit);
  }

  private static Optional<Integer> durationDays(Timing.TimingRepeatComponent repeat, String where) {
    if (!repeat.hasBoundsDuration()) {
      return Optional.empty();
    }
    Duration bounds = repeat.getBoundsDuration();
    String code = bounds.hasCode() ? bounds.getCode() : bounds.getUnit();
    if (!bounds.hasValue() || code == null) {
      throw new FhirInputException(where + ".boundsDuration needs a value and a unit (d or wk)");
    }
    BigDecimal days =
        switch (code) {
          case "d" -> bounds.getValue();
          case "wk" -> bounds.getValue().multiply(BigDecimal.valueOf(7));
          default ->
              throw new FhirInputException(
                  where + ".boundsDuration unit '" + code + "' is not d or wk");
        };
    try {
      return Optional.of(days.intValueExact());
    } catch (ArithmeticException notWhole) {
      throw new FhirInputException(
          where + ".boundsDuration " + days.toPlainString() + " days is not a whole number");
    }
  }
}
