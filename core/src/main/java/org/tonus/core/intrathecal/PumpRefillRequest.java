package org.tonus.core.intrathecal;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.quantity.Quantity;

/**
 * A pump refill to work out: the date of the refill, the reservoir volume it left, the
 * concentration filled, the programmed daily dose (and any flex or bolus doses a day), and the
 * low-reservoir alarm volume of this pump. Every amount carries its unit, so a dose in mg where mcg
 * belongs is seen, not converted. The alarm volume has no default: it is device-specific (IT-13-D).
 *
 * <p>Invariants: marginDays, when given, is 0 or more; today, when given, is not before the refill.
 */
public record PumpRefillRequest(
    Jurisdiction jurisdiction,
    LocalDate refillDate,
    Quantity volume,
    Quantity concentration,
    Quantity dailyDose,
    Optional<Quantity> bolusPerDay,
    Quantity reserve,
    OptionalInt marginDays,
    Optional<Quantity> programmedConcentration,
    Optional<LocalDate> today) {

  /**
   * Days between the refill due date and the expected alarm when the clinic sets none (IT-13-G).
   */
  public static final int DEFAULT_MARGIN_DAYS = 7;

  public PumpRefillRequest {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(refillDate, "refillDate");
    Objects.requireNonNull(volume, "volume");
    Objects.requireNonNull(concentration, "concentration");
    Objects.requireNonNull(dailyDose, "dailyDose");
    Objects.requireNonNull(bolusPerDay, "bolusPerDay");
    Objects.requireNonNull(reserve, "reserve (the pump's low-reservoir alarm volume)");
    Objects.requireNonNull(marginDays, "marginDays");
    Objects.requireNonNull(programmedConcentration, "programmedConcentration");
    Objects.requireNonNull(today, "today");
    if (marginDays.isPresent() && marginDays.getAsInt() < 0) {
      throw new IllegalArgumentException(
          "marginDays " + marginDays.getAsInt() + " must be 0 or more");
    }
    if (today.isPresent() && today.get().isBefore(refillDate)) {
      throw new IllegalArgumentException(
          "today " + today.get() + " is before refillDate " + refillDate);
    }
  }

  /** A request with the required parts, amounts as text ("20 mL", "500 mcg/mL", "2 mL"). */
  public static PumpRefillRequest of(
      Jurisdiction jurisdiction,
      LocalDate refillDate,
      String volume,
      String concentration,
      String dailyDose,
      String reserve) {
    return new PumpRefillRequest(
        jurisdiction,
        refillDate,
        Quantity.parse(volume),
        Quantity.parse(concentration),
        Quantity.parse(dailyDose),
        Optional.empty(),
        Quantity.parse(reserve),
        OptionalInt.empty(),
        Optional.empty(),
        Optional.empty());
  }

  public PumpRefillRequest withBolusPerDay(String bolus) {
    return new PumpRefillRequest(
        jurisdiction,
        refillDate,
        volume,
        concentration,
        dailyDose,
        Optional.of(Quantity.parse(bolus)),
        reserve,
        marginDays,
        programmedConcentration,
        today);
  }

  public PumpRefillRequest withMarginDays(int days) {
    return new PumpRefillRequest(
        jurisdiction,
        refillDate,
        volume,
        concentration,
        dailyDose,
        bolusPerDay,
        reserve,
        OptionalInt.of(days),
        programmedConcentration,
        today);
  }

  public PumpRefillRequest withProgrammedConcentration(String programmed) {
    return new PumpRefillRequest(
        jurisdiction,
        refillDate,
        volume,
        concentration,
        dailyDose,
        bolusPerDay,
        reserve,
        marginDays,
        Optional.of(Quantity.parse(programmed)),
        today);
  }

  public PumpRefillRequest withToday(LocalDate date) {
    return new PumpRefillRequest(
        jurisdiction,
        refillDate,
        volume,
        concentration,
        dailyDose,
        bolusPerDay,
        reserve,
        marginDays,
        programmedConcentration,
        Optional.of(date));
  }

  /** The margin to use: the clinic's, else {@link #DEFAULT_MARGIN_DAYS}. */
  public int effectiveMarginDays() {
    return marginDays.orElse(DEFAULT_MARGIN_DAYS);
  }
}
