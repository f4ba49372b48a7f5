package org.tonus.core.renal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.tonus.core.knowledge.Fact;
import org.tonus.core.knowledge.FactField;
import org.tonus.core.knowledge.FactKind;
import org.tonus.core.knowledge.Knowledge;
import org.tonus.core.patient.Patient;
import org.tonus.core.patient.Sex;

/**
 * Creatinine clearance for one patient: the value given in the request when there is one, otherwise
 * the Cockcroft-Gault estimate (REN-06) from age, weight, sex and serum creatinine. Missing inputs
 * give a {@link ClearanceUnavailable} naming them; nothing is assumed.
 *
 * <p>Rounding rule {@value #ROUNDING_RULE}: the reader sees the same number the bands are applied
 * to.
 */
public final class CockcroftGault {
  /** The one rounding this class does, named so results can state it. */
  public static final String ROUNDING_RULE =
      "computed exactly (DECIMAL64), rounded once at the end to 0.1 mL/min, half up";

  // REN-06: the constants of the published equation (cockcroft-gault-1976). They define the
  // equation the fact names; they are not dosing numbers and the pack has no field for them.
  private static final BigDecimal AGE_OFFSET = new BigDecimal("140");
  private static final BigDecimal DIVISOR = new BigDecimal("72");
  private static final BigDecimal FEMALE_FACTOR = new BigDecimal("0.85");
  private static final String EQUATION_NAME = "Cockcroft-Gault";
  private static final String ADULTS_ONLY_FACT = "REN-06-B";

  private final Fact equation;
  private final Fact adultsOnly;
  private final List<String> equationRules;
  private final List<String> equationSources;

  public CockcroftGault(Knowledge knowledge) {
    this.equation =
        knowledge
            .facts()
            .filter(f -> f.kind() == FactKind.EQUATION)
            .filter(
                f ->
                    f.values()
                        .text(FactField.EQUATION_NAME)
                        .map(EQUATION_NAME::equalsIgnoreCase)
                        .orElse(false))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("the pack has no Cockcroft-Gault fact"));
    this.adultsOnly =
        knowledge
            .fact(ADULTS_ONLY_FACT)
            .orElseThrow(() -> new IllegalStateException("the pack has no " + ADULTS_ONLY_FACT));
    this.equationRules = List.of(equation.id());
    this.equationSources = List.copyOf(new LinkedHashSet<>(equation.sources()));
  }

  /**
   * The patient's clearance. A clearance given in the request wins over an estimate; {@code weight}
   * replaces the actual body weight in the estimate when present.
   */
  public ClearanceResult estimate(Patient patient, Optional<ClearanceWeight> weight) {
    if (patient.creatinineClearanceMlMin().isPresent()) {
      BigDecimal given = patient.creatinineClearanceMlMin().orElseThrow();
      return new CreatinineClearance(
          given.setScale(1, RoundingMode.HALF_UP),
          ClearanceMethod.GIVEN,
          Optional.empty(),
          "given in the request: " + given.toPlainString() + " mL/min",
          ROUNDING_RULE,
          List.of(),
          List.of());
    }
    int adultFrom = adultsOnly.scope().ageBelowYears().orElseThrow();
    if (patient.ageYears() < adultFrom) { // REN-06-B
      return new ClearanceUnavailable(
          List.of("creatinineClearanceMlMin"),
          "Cockcroft-Gault is not used under "
              + adultFrom
              + " years (age "
              + patient.ageYears()
              + "); give a measured clearance as creatinineClearanceMlMin",
          List.of(adultsOnly.id()),
          adultsOnly.sources());
    }
    Optional<ClearanceWeight> used =
        weight.or(() -> patient.weightKg().map(kg -> new ClearanceWeight(kg, WeightKind.ACTUAL)));
    List<String> missing = new ArrayList<>();
    if (patient.serumCreatinineMgDl().isEmpty()) {
      missing.add("serumCreatinineMgDl");
    }
    if (used.isEmpty()) {
      missing.add("weightKg");
    }
    if (patient.sex().isEmpty()) {
      missing.add("sex");
    }
    if (!missing.isEmpty()) {
      return new ClearanceUnavailable(
          missing,
          "Cockcroft-Gault needs "
              + String.join(", ", missing)
              + " (or give creatinineClearanceMlMin directly)",
          List.of(equation.id()),
          equation.sources());
    }
    return compute(
        patient.ageYears(),
        used.orElseThrow(),
        patient.sex().orElseThrow(),
        patient.serumCreatinineMgDl().orElseThrow());
  }

  private CreatinineClearance compute(
      int ageYears, ClearanceWeight weight, Sex sex, BigDecimal creatinine) {
    // REN-06: (140 - age) x weight / (72 x serum creatinine), x 0.85 for women
    BigDecimal years = AGE_OFFSET.subtract(BigDecimal.valueOf(ageYears));
    BigDecimal exact =
        years.multiply(weight.kg()).divide(DIVISOR.multiply(creatinine), MathContext.DECIMAL64);
    String working =
        "("
            + AGE_OFFSET
            + " - "
            + ageYears
            + ") x "
            + plain(weight.kg())
            + " kg / ("
            + DIVISOR
            + " x "
            + plain(creatinine)
            + " mg/dL)";
    if (sex == Sex.FEMALE) {
      exact = exact.multiply(FEMALE_FACTOR, MathContext.DECIMAL64);
      working += " x " + FEMALE_FACTOR;
    }
    BigDecimal rounded = exact.max(BigDecimal.ZERO).setScale(1, RoundingMode.HALF_UP);
    return new CreatinineClearance(
        rounded,
        ClearanceMethod.COCKCROFT_GAULT,
        Optional.of(weight),
        working + " = " + rounded.toPlainString() + " mL/min, using " + weight.describe(),
        ROUNDING_RULE,
        equationRules,
        equationSources);
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
