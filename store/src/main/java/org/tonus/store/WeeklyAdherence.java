package org.tonus.store;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Adherence over one ISO week (Monday to Sunday): planned doses taken (on time or late) out of the
 * doses the regimens planned. Extra doses do not count. The fraction is empty when nothing was
 * planned, and may exceed 1 when more planned doses were logged than the regimen holds.
 */
public record WeeklyAdherence(LocalDate monday, int taken, int planned) {
  /** The fraction is rounded half-even to 4 decimals (0.8571 for 6 of 7). */
  public static final int FRACTION_SCALE = 4;

  public WeeklyAdherence {
    if (monday == null || monday.getDayOfWeek() != DayOfWeek.MONDAY) {
      throw new IllegalArgumentException("monday must be a Monday, was " + monday);
    }
    if (taken < 0 || planned < 0) {
      throw new IllegalArgumentException(
          "taken and planned must not be negative, were " + taken + " and " + planned);
    }
  }

  public Optional<BigDecimal> fraction() {
    if (planned == 0) {
      return Optional.empty();
    }
    return Optional.of(
        BigDecimal.valueOf(taken)
            .divide(BigDecimal.valueOf(planned), FRACTION_SCALE, RoundingMode.HALF_EVEN));
  }
}
