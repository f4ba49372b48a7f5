package org.tonus.core.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.patient.Patient;

/**
 * A request for a taper plan (DESIGN.md, {@code plan taper}): the current regimen, the first day of
 * the taper, optionally the number of days wanted (0 means "stop now") and a proposed taper to
 * judge, and the same tablet and liquid choices as a titration.
 *
 * <p>Invariants: the current regimen is a real dose; days, when given, are not negative.
 */
public record TaperRequest(
    Jurisdiction jurisdiction,
    Patient patient,
    LocalDate start,
    DoseLevel current,
    OptionalInt days,
    Optional<ProposedTaper> proposal,
    List<BigDecimal> tabletStrengthsMg,
    boolean allowHalves,
    Optional<BigDecimal> liquidConcentrationMgPerMl) {

  public TaperRequest {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(patient, "patient");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(current, "current");
    if (current.isNone()) {
      throw new IllegalArgumentException("current regimen: there is nothing to taper from 0 mg");
    }
    days.ifPresent(
        d -> {
          if (d < 0) {
            throw new IllegalArgumentException("days " + d + " must not be negative");
          }
        });
    tabletStrengthsMg = List.copyOf(tabletStrengthsMg);
    tabletStrengthsMg.forEach(s -> TitrationRequest.requirePositive("tabletStrengthsMg", s));
    liquidConcentrationMgPerMl.ifPresent(
        c -> TitrationRequest.requirePositive("liquidConcentrationMgPerMl", c));
  }

  public static TaperRequest of(
      Jurisdiction jurisdiction, Patient patient, LocalDate start, DoseLevel current) {
    return new TaperRequest(
        jurisdiction,
        patient,
        start,
        current,
        OptionalInt.empty(),
        Optional.empty(),
        List.of(),
        false,
        Optional.empty());
  }

  public TaperRequest withDays(int value) {
    return new TaperRequest(
        jurisdiction,
        patient,
        start,
        current,
        OptionalInt.of(value),
        proposal,
        tabletStrengthsMg,
        allowHalves,
        liquidConcentrationMgPerMl);
  }

  public TaperRequest withProposal(ProposedTaper value) {
    return new TaperRequest(
        jurisdiction,
        patient,
        start,
        current,
        days,
        Optional.of(value),
        tabletStrengthsMg,
        allowHalves,
        liquidConcentrationMgPerMl);
  }

  public TaperRequest withTabletStrengthsMg(String... mg) {
    return new TaperRequest(
        jurisdiction,
        patient,
        start,
        current,
        days,
        proposal,
        Arrays.stream(mg).map(BigDecimal::new).toList(),
        allowHalves,
        liquidConcentrationMgPerMl);
  }

  public TaperRequest withHalvesAllowed(boolean value) {
    return new TaperRequest(
        jurisdiction,
        patient,
        start,
        current,
        days,
        proposal,
        tabletStrengthsMg,
        value,
        liquidConcentrationMgPerMl);
  }

  public TaperRequest withLiquidConcentrationMgPerMl(String mgPerMl) {
    return new TaperRequest(
        jurisdiction,
        patient,
        start,
        current,
        days,
        proposal,
        tabletStrengthsMg,
        allowHalves,
        Optional.of(new BigDecimal(mgPerMl)));
  }
}
