package org.tonus.app.output;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A plan as the files people download: CSV, one line a step, and iCalendar, one event per dose time
 * of every day. The command line and the web pages write the same files from here.
 */
public final class PlanFiles {
  private PlanFiles() {}

  public static String csv(List<PlanRow> steps) {
    StringBuilder out =
        new StringBuilder("fromDay,toDay,fromDate,toDate,dosesPerDay,doseMg,dailyMg,eachDose\n");
    for (PlanRow step : steps) {
      out.append(step.fromDay())
          .append(',')
          .append(step.toDay())
          .append(',')
          .append(step.fromDate())
          .append(',')
          .append(step.toDate())
          .append(',')
          .append(step.dosesPerDay())
          .append(',')
          .append(step.doseMg().toPlainString())
          .append(',')
          .append(step.dailyMg().toPlainString())
          .append(",\"")
          .append(step.eachDose().replace("\"", "\"\""))
          .append("\"\n");
    }
    return out.toString();
  }

  /**
   * One event per dose time of every day of the plan, the dose in its title; a step with no dose (a
   * stop) or more doses a day than {@link DoseTimes} spreads gets no reminders.
   */
  public static String calendar(String planName, List<PlanRow> steps, ZoneId zone, Instant stamp) {
    List<CalendarDose> doses = new ArrayList<>();
    for (PlanRow step : steps) {
      List<LocalTime> times = DoseTimes.DEFAULT.get(step.dosesPerDay());
      if (times == null || step.doseMg().signum() == 0) {
        continue;
      }
      for (var date = step.fromDate(); !date.isAfter(step.toDate()); date = date.plusDays(1)) {
        for (int i = 0; i < times.size(); i++) {
          doses.add(
              new CalendarDose(
                  date.atTime(times.get(i)),
                  "Baclofen " + step.doseMg().toPlainString() + " mg (" + step.eachDose() + ")",
                  "Dose "
                      + (i + 1)
                      + " of "
                      + times.size()
                      + " today; "
                      + step.dailyMg().toPlainString()
                      + " mg a day on days "
                      + step.fromDay()
                      + " to "
                      + step.toDay()
                      + " of the plan. Dose times are suggestions; keep the number of doses."));
        }
      }
    }
    return new DoseCalendar(zone, stamp).write(planName, doses);
  }
}
