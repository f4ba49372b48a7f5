package org.tonus.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.tonus.core.alert.Alert;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.knowledge.Knowledge;
import org.tonus.core.patient.Patient;

/**
 * The alerts the diary raises from what is stored for one patient over a span of local days: a day
 * above the maximum (DOSE_ABOVE_MAX), missed doses on consecutive days at a high daily dose
 * (ABRUPT_STOP_RISK, WD-07), and an intrathecal refill approaching or overdue (ABRUPT_STOP_RISK,
 * IT-13-G, SEEK-11). Every number comes from the knowledge; every alert carries its evidence, the
 * fact ids applied and their sources.
 */
public final class DiaryAlerts {
  private final DoseEvents doseEvents;
  private final Regimens regimens;
  private final PumpRefills pumpRefills;
  private final DiaryAlertRules rules;

  DiaryAlerts(
      DoseEvents doseEvents, Regimens regimens, PumpRefills pumpRefills, Knowledge knowledge) {
    this.doseEvents = doseEvents;
    this.regimens = regimens;
    this.pumpRefills = pumpRefills;
    this.rules = new DiaryAlertRules(new DiaryFacts(knowledge));
  }

  /**
   * The alerts for {@code patientId} over the local days {@code from} to {@code today} (both
   * inclusive) in {@code zone}, judged for the patient's age and weight under {@code
   * jurisdiction}'s maxima; the pump refill is judged on {@code today}.
   */
  public List<Alert> of(
      long patientId,
      Jurisdiction jurisdiction,
      Patient patient,
      LocalDate from,
      LocalDate today,
      ZoneId zone) {
    if (today.isBefore(from)) {
      throw new IllegalArgumentException("today " + today + " is before from " + from);
    }
    return rules.alerts(
        jurisdiction,
        patient,
        days(patientId, from, today, zone),
        pumpRefills.latest(patientId),
        today);
  }

  /** The diary days from {@code from} to {@code to}, both inclusive, as the alerts read them. */
  List<DiaryDay> days(long patientId, LocalDate from, LocalDate to, ZoneId zone) {
    List<Regimen> stored = regimens.of(patientId);
    List<DoseEvent> events =
        doseEvents.between(patientId, startOf(from, zone), startOf(to.plusDays(1), zone));
    List<DiaryDay> days = new ArrayList<>();
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      LocalDate date = day;
      BigDecimal taken = BigDecimal.ZERO;
      int missed = 0;
      for (DoseEvent event : events) {
        if (!event.at().atZone(zone).toLocalDate().equals(date)) {
          continue;
        }
        if (event.kind().swallowed()) {
          taken = taken.add(event.doseMg());
        } else {
          missed++;
        }
      }
      days.add(
          new DiaryDay(
              date,
              taken,
              missed,
              Regimens.activeOn(stored, date)
                  .flatMap(regimen -> regimen.stepOn(date))
                  .map(RegimenStep::dailyMg)));
    }
    return days;
  }

  private static Instant startOf(LocalDate day, ZoneId zone) {
    return day.atStartOfDay(zone).toInstant();
  }
}
