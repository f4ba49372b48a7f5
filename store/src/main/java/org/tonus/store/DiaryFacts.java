package org.tonus.store;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.Optional;
import org.tonus.core.knowledge.Fact;
import org.tonus.core.knowledge.FactField;
import org.tonus.core.knowledge.FactKind;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.knowledge.Knowledge;
import org.tonus.core.knowledge.Population;
import org.tonus.core.knowledge.Route;
import org.tonus.core.knowledge.Scope;
import org.tonus.core.knowledge.Setting;
import org.tonus.core.patient.Patient;
import org.tonus.core.quantity.Quantity;
import org.tonus.core.quantity.Unit;

/**
 * The knowledge the diary alerts read, found once: the oral maxima by jurisdiction and age
 * (DOSE-US-02, DOSE-UK-01-D, PED-UK-01-D..F, with the adult age of DOSE-US-04 and DOSE-UK-01-G),
 * the critical multiple (POL-02), the high-dose share for missed doses (WD-07), the pump refill
 * margin (IT-13-G) and the advice for an overdue refill (SEEK-11).
 */
final class DiaryFacts {
  static final String CRITICAL_MULTIPLE = "POL-02";
  static final String HIGH_DOSE_SHARE = "WD-07";
  static final String PUMP_MARGIN = "IT-13-G";
  static final String OVERDUE_REFILL = "SEEK-11";

  /** A maximum that applies to one patient: mg a day, the fact, and how it was reached. */
  record Maximum(BigDecimal mg, Fact fact, String basis) {}

  private final Knowledge knowledge;
  private final BigDecimal criticalMultiple;
  private final BigDecimal highDoseShare;

  DiaryFacts(Knowledge knowledge) {
    this.knowledge = knowledge;
    this.criticalMultiple = number(CRITICAL_MULTIPLE);
    this.highDoseShare = number(HIGH_DOSE_SHARE);
    fact(PUMP_MARGIN);
    fact(OVERDUE_REFILL);
  }

  Fact fact(String id) {
    return knowledge
        .fact(id)
        .orElseThrow(() -> new IllegalStateException("the knowledge pack lacks fact " + id));
  }

  BigDecimal criticalMultiple() {
    return criticalMultiple;
  }

  BigDecimal highDoseShare() {
    return highDoseShare;
  }

  /**
   * The lowest oral daily maximum for this patient outside hospital; a weight-based maximum only
   * when the weight is known. Empty when no maximum applies (a US child under the adult age).
   */
  Optional<Maximum> oralMaximum(Jurisdiction jurisdiction, Patient patient) {
    Population population =
        isAdult(jurisdiction, patient.ageYears()) ? Population.ADULT : Population.CHILD;
    return knowledge.facts(FactKind.MAXIMUM_DOSE).stream()
        .filter(f -> f.scope().population().equals(Optional.of(population)))
        .filter(f -> applies(f.scope(), jurisdiction, patient.ageYears()))
        .filter(
            f ->
                f.values()
                    .choice(FactField.SETTING, Setting.class)
                    .map(s -> s == Setting.OUTPATIENT)
                    .orElse(true))
        .flatMap(f -> maximum(f, patient).stream())
        .min(Comparator.comparing(Maximum::mg));
  }

  private boolean isAdult(Jurisdiction jurisdiction, int ageYears) {
    return knowledge.facts(FactKind.STATEMENT).stream()
        .filter(f -> f.scope().jurisdiction().equals(Optional.of(jurisdiction)))
        .filter(f -> f.scope().route().equals(Optional.of(Route.ORAL)))
        .filter(f -> f.scope().population().equals(Optional.of(Population.ADULT)))
        .filter(f -> f.scope().ageFromYears().isPresent())
        .findFirst()
        .map(f -> ageYears >= f.scope().ageFromYears().getAsInt())
        .orElseThrow(() -> new IllegalStateException("the knowledge pack lacks the adult age"));
  }

  private static boolean applies(Scope scope, Jurisdiction jurisdiction, int ageYears) {
    return scope.appliesIn(jurisdiction)
        && scope.route().map(Route.ORAL::equals).orElse(true)
        && (scope.ageFromYears().isEmpty() || ageYears >= scope.ageFromYears().getAsInt())
        && (scope.ageBelowYears().isEmpty() || ageYears < scope.ageBelowYears().getAsInt());
  }

  private static Optional<Maximum> maximum(Fact fact, Patient patient) {
    Quantity max = fact.values().quantity(FactField.MAX).orElseThrow();
    if (max.unit() == Unit.MG_PER_KG_PER_DAY) {
      // Rounded down to 0.01 mg, as the order check does, so the limit is never raised.
      return patient
          .weightKg()
          .map(
              kg ->
                  new Maximum(
                      max.amount().multiply(kg).setScale(2, RoundingMode.DOWN).stripTrailingZeros(),
                      fact,
                      plain(max.amount()) + " mg/kg a day x " + plain(kg) + " kg, " + fact.id()));
    }
    return Optional.of(new Maximum(max.to(Unit.MG_PER_DAY).amount(), fact, fact.id()));
  }

  private BigDecimal number(String id) {
    return fact(id)
        .values()
        .number(FactField.MULTIPLIER)
        .orElseThrow(() -> new IllegalStateException("fact " + id + " has no multiplier"));
  }

  static String plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
  }
}
