package org.tonus.fhir;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Timing;
import org.tonus.core.plan.DoseInLiquid;
import org.tonus.core.plan.DoseInTablets;
import org.tonus.core.plan.PlanStep;

/**
 * Oral baclofen doses as FHIR {@link Dosage} lines: so many mg so many times a day, by mouth, with
 * the days they apply and the directions in plain words. Used for titration and taper steps and for
 * the doses CDS Hooks suggestions propose.
 */
public final class PlanDosages {
  static final String ORAL_ROUTE = "26643006";

  private PlanDosages() {}

  /** One plan step as dosage line {@code sequence}: dose, frequency and the step's dates. */
  public static Dosage step(PlanStep step, int sequence, String drugName) {
    Dosage dosage =
        daily(
            step.doseMg(),
            step.dosesPerDay(),
            drugName
                + " "
                + words(step.doseMg(), step.dosesPerDay())
                + preparation(step)
                + ", from "
                + step.fromDate()
                + " to "
                + step.toDate()
                + " (days "
                + step.fromDay()
                + " to "
                + step.toDay()
                + ")");
    dosage.setSequence(sequence);
    dosage
        .getTiming()
        .getRepeat()
        .setBounds(
            new Period().setStartElement(date(step.fromDate())).setEndElement(date(step.toDate())));
    return dosage;
  }

  /** {@code doseMg} mg by mouth {@code timesPerDay} times a day, with {@code text}. */
  public static Dosage daily(BigDecimal doseMg, int timesPerDay, String text) {
    Dosage dosage = new Dosage().setText(text);
    dosage
        .getTiming()
        .getRepeat()
        .setFrequency(timesPerDay)
        .setPeriod(BigDecimal.ONE)
        .setPeriodUnit(Timing.UnitsOfTime.D);
    dosage.setRoute(
        new CodeableConcept(new Coding(DosageReader.SNOMED, ORAL_ROUTE, "Oral route"))
            .setText("by mouth"));
    dosage
        .addDoseAndRate()
        .setDose(
            new Quantity()
                .setValue(plainDecimal(doseMg))
                .setUnit("mg")
                .setSystem(DosageReader.UCUM)
                .setCode("mg"));
    return dosage;
  }

  /** "10 mg three times a day (30 mg a day)". */
  public static String words(BigDecimal doseMg, int timesPerDay) {
    return plain(doseMg)
        + " mg by mouth "
        + times(timesPerDay)
        + " ("
        + plain(doseMg.multiply(BigDecimal.valueOf(timesPerDay)))
        + " mg a day)";
  }

  static String times(int timesPerDay) {
    return switch (timesPerDay) {
      case 1 -> "once a day";
      case 2 -> "twice a day";
      case 3 -> "three times a day";
      case 4 -> "four times a day";
      default -> timesPerDay + " times a day";
    };
  }

  static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  private static String preparation(PlanStep step) {
    if (step.preparation() instanceof DoseInTablets tablets) {
      return ", each dose "
          + tablets.tablets().stream()
              .map(t -> plain(t.count()) + " x " + plain(t.strengthMg()) + " mg tablet")
              .collect(Collectors.joining(" + "));
    }
    if (step.preparation() instanceof DoseInLiquid liquid) {
      return ", each dose "
          + plain(liquid.mlPerDose())
          + " mL of "
          + plain(liquid.concentrationMgPerMl())
          + " mg/mL";
    }
    return "";
  }

  static DateTimeType date(LocalDate day) {
    return new DateTimeType(day.toString());
  }

  /** 10 stays 10 and 2.50 becomes 2.5: no trailing zeros, and never an exponent (1E+1). */
  static BigDecimal plainDecimal(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
