package org.tonus.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One local day of a patient's diary as the diary alerts read it: the total swallowed (taken, late
 * and extra doses), the number of doses recorded as missed, and the daily dose of the regimen
 * followed that day, if any. Invariants: takenMg ≥ 0; missedDoses ≥ 0.
 */
public record DiaryDay(
    LocalDate date, BigDecimal takenMg, int missedDoses, Optional<BigDecimal> regimenDailyMg) {
  public DiaryDay {
    if (date == null || takenMg == null || regimenDailyMg == null) {
      throw new IllegalArgumentException(
          "date, takenMg and regimenDailyMg (maybe empty) must be given");
    }
    if (takenMg.signum() < 0 || missedDoses < 0) {
      throw new IllegalArgumentException(
          "takenMg and missedDoses must not be negative, were " + takenMg + ", " + missedDoses);
    }
  }
}
