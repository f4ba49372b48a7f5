package org.tonus.core.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.patient.Patient;

/**
 * A request for a titration plan (DESIGN.md, {@code plan titrate}): whom, where, from which date,
 * to which daily total (none: to the applicable maximum), in which tablet strengths (none: the
 * jurisdiction's marketed ones), whether halves of scored tablets are allowed, and optionally an
 * oral liquid concentration to plan in instead of tablets.
 *
 * <p>Invariants: the target, each strength and the concentration are above zero.
 */
public record TitrationRequest(
    Jurisdiction jurisdiction,
    Patient patient,
    LocalDate start,
    Optional<BigDecimal> targetDailyMg,
    List<BigDecimal> tabletStrengthsMg,
    boolean allowHalves,
    Optional<BigDecimal> liquidConcentrationMgPerMl) {

  public TitrationRequest {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(patient, "patient");
    Objects.requireNonNull(start, "start");
    targetDailyMg.ifPresent(t -> requirePositive("targetDailyMg", t));
    tabletStrengthsMg = List.copyOf(tabletStrengthsMg);
    tabletStrengthsMg.forEach(s -> requirePositive("tabletStrengthsMg", s));
    liquidConcentrationMgPerMl.ifPresent(c -> requirePositive("liquidConcentrationMgPerMl", c));
  }

  public static TitrationRequest of(Jurisdiction jurisdiction, Patient patient, LocalDate start) {
    return new TitrationRequest(
        jurisdiction, patient, start, Optional.empty(), List.of(), false, Optional.empty());
  }

  public TitrationRequest withTargetDailyMg(String mg) {
    return new TitrationRequest(
        jurisdiction,
        patient,
        start,
        Optional.of(new BigDecimal(mg)),
        tabletStrengthsMg,
        allowHalves,
        liquidConcentrationMgPerMl);
  }

  public TitrationRequest withTabletStrengthsMg(String... mg) {
    return new TitrationRequest(
        jurisdiction,
        patient,
        start,
        targetDailyMg,
        Arrays.stream(mg).map(BigDecimal::new).toList(),
        allowHalves,
        liquidConcentrationMgPerMl);
  }

  public TitrationRequest withHalvesAllowed(boolean value) {
    return new TitrationRequest(
        jurisdiction,
        patient,
        start,
        targetDailyMg,
        tabletStrengthsMg,
        value,
        liquidConcentrationMgPerMl);
  }

  public TitrationRequest withLiquidConcentrationMgPerMl(String mgPerMl) {
    return new TitrationRequest(
        jurisdiction,
        patient,
        start,
        targetDailyMg,
        tabletStrengthsMg,
        allowHalves,
        Optional.of(new BigDecimal(mgPerMl)));
  }

  static void requirePositive(String field, BigDecimal value) {
    if (value.signum() <= 0) {
      throw new IllegalArgumentException(field + " " + value.toPlainString() + " must be above 0");
    }
  }
}
