package org.tonus.store;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the diary computes from stored events: weekly adherence and the running daily dose. Days are
 * the patient's calendar days in the zone given.
 */
public final class Diary {
  private final DoseEvents doseEvents;
  private final Regimens regimens;

  Diary(DoseEvents doseEvents, Regimens regimens) {
    this.doseEvents = doseEvents;
    this.regimens = regimens;
  }

  /** Adherence over the whole ISO week holding {@code dayInWeek}. */
  public WeeklyAdherence adherence(long patientId, LocalDate dayInWeek, ZoneId zone) {
    LocalDate monday = dayInWeek.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LocalDate nextMonday = monday.plusWeeks(1);
    List<Regimen> stored = regimens.of(patientId);
    int planned = 0;
    for (LocalDate day = monday; day.isBefore(nextMonday); day = day.plusDays(1)) {
      planned += dosesPlanned(stored, day);
    }
    int taken =
        (int)
            doseEvents.between(patientId, startOf(monday, zone), startOf(nextMonday, zone)).stream()
                .filter(event -> event.kind().plannedAndTaken())
                .count();
    return new WeeklyAdherence(monday, taken, planned);
  }

  /** The doses taken on {@code day}, oldest first, with the running total. */
  public DailyDose dailyDose(long patientId, LocalDate day, ZoneId zone) {
    List<DoseEvent> events =
        doseEvents.between(patientId, startOf(day, zone), startOf(day.plusDays(1), zone));
    List<RunningDose> running = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO.setScale(Validate.DOSE_SCALE);
    for (DoseEvent event : events) {
      if (event.kind().swallowed()) {
        total = total.add(event.doseMg());
        running.add(new RunningDose(event.at(), event.kind(), event.doseMg(), total));
      }
    }
    return new DailyDose(day, running, total);
  }

  // The regimen that started last among those covering the day decides.
  private static int dosesPlanned(List<Regimen> regimens, LocalDate day) {
    return regimens.stream()
        .filter(regimen -> regimen.covers(day))
        .max(Comparator.comparing(Regimen::start))
        .map(Regimen::dosesPerDay)
        .orElse(0);
  }

  private static Instant startOf(LocalDate day, ZoneId zone) {
    return day.atStartOfDay(zone).toInstant();
  }
}
