package org.tonus.app.web;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tonus.app.output.CalendarDose;
import org.tonus.app.output.DoseCalendar;

/**
 * A plan shown on a page as the downloads of the same plan: CSV (the columns of {@code tonus plan …
 * --format csv}) and an iCalendar file with one event per dose time.
 */
final class PlanFiles {
  /**
   * Suggested clock times of a day's doses (as the command line's calendar uses): spread over the
   * waking day, one daily dose at bedtime; said in each event's text. Times, not doses.
   */
  private static final Map<Integer, List<LocalTime>> DOSE_TIMES =
      Map.of(
          1, List.of(LocalTime.of(21, 0)),
          2, List.of(LocalTime.of(8, 0), LocalTime.of(20, 0)),
          3, List.of(LocalTime.of(8, 0), LocalTime.of(14, 0), LocalTime.of(20, 0)),
          4,
              List.of(
                  LocalTime.of(8, 0),
                  LocalTime.of(12, 0),
                  LocalTime.of(16, 0),
                  LocalTime.of(20, 0)));

  private PlanFiles() {}

  static String csv(PlanView plan) {
    StringBuilder out =
        new StringBuilder("fromDay,toDay,fromDate,toDate,dosesPerDay,doseMg,dailyMg,eachDose\n");
    for (PlanView.StepView step : plan.steps()) {
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

  static String calendar(String planName, PlanView plan, ZoneId zone, Instant stamp) {
    List<CalendarDose> doses = new ArrayList<>();
    for (PlanView.StepView step : plan.steps()) {
      List<LocalTime> times = DOSE_TIMES.get(step.dosesPerDay());
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
