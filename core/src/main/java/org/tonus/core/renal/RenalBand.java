package org.tonus.core.renal;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.tonus.core.knowledge.Fraction;
import org.tonus.core.knowledge.RenalBasis;

/**
 * The kidney-function band a patient falls in, as the knowledge defines it: its clearance limits
 * (from inclusive, below exclusive), the dose reduction or the dialysis reference dose, what kind
 * of source it rests on, and the fact it comes from.
 *
 * <p>Invariant: a reduced band has a reduction and at least one limit; a dialysis band has a
 * reference daily dose.
 */
public record RenalBand(
    Kind kind,
    Optional<BigDecimal> fromMlMin,
    Optional<BigDecimal> belowMlMin,
    Optional<Fraction> reduction,
    Optional<BigDecimal> referenceDailyMg,
    RenalBasis basis,
    String factId) {

  /** The three shapes a band takes. */
  public enum Kind {
    /** Clearance at or above the top of the reduced bands. */
    NO_REDUCTION,
    /** A clearance band with a proposed dose reduction. */
    REDUCED,
    /** Dialysis or end-stage kidney disease: a reference dose instead of a reduction. */
    DIALYSIS
  }

  public RenalBand {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(basis, "basis");
    if (kind == Kind.REDUCED
        && (reduction.isEmpty() || (fromMlMin.isEmpty() && belowMlMin.isEmpty()))) {
      throw new IllegalArgumentException(
          "reduced band " + factId + " needs a reduction and a limit");
    }
    if (kind == Kind.DIALYSIS && referenceDailyMg.isEmpty()) {
      throw new IllegalArgumentException("dialysis band " + factId + " needs a reference dose");
    }
  }

  /**
   * A stable word for clients, built from the band's own limits: {@code crcl-80-or-more}, {@code
   * crcl-30-50}, {@code crcl-below-30}, {@code dialysis}.
   */
  public String code() {
    return switch (kind) {
      case DIALYSIS -> "dialysis";
      case NO_REDUCTION -> "crcl-" + plain(fromMlMin.orElseThrow()) + "-or-more";
      case REDUCED ->
          fromMlMin
              .map(from -> "crcl-" + plain(from) + belowMlMin.map(b -> "-" + plain(b)).orElse(""))
              .orElseGet(() -> "crcl-below-" + plain(belowMlMin.orElseThrow()));
    };
  }

  /** The band in words: "30 to below 50 mL/min". */
  public String describe() {
    return switch (kind) {
      case DIALYSIS -> "on dialysis or with end-stage kidney disease";
      case NO_REDUCTION -> plain(fromMlMin.orElseThrow()) + " mL/min or more";
      case REDUCED ->
          fromMlMin
              .map(
                  from ->
                      plain(from)
                          + belowMlMin.map(b -> " to below " + plain(b)).orElse(" or more")
                          + " mL/min")
              .orElseGet(() -> "below " + plain(belowMlMin.orElseThrow()) + " mL/min");
    };
  }

  /** The patient's situation in words: "creatinine clearance 30 to below 50 mL/min". */
  public String situation() {
    return kind == Kind.DIALYSIS ? describe() : "creatinine clearance " + describe();
  }

  /**
   * True for the bands POL-05 grades "high": dialysis, and the lowest clearance band (the one open
   * at the bottom). Tonus words these alerts more strongly; their severity stays a warning.
   */
  public boolean highConcern() {
    return kind == Kind.DIALYSIS || (kind == Kind.REDUCED && fromMlMin.isEmpty());
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
