package org.tonus.app;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tonus.app.output.CalendarDose;
import org.tonus.app.output.DoseCalendar;
import org.tonus.app.output.OutputFormat;
import org.tonus.app.output.TextTable;
import org.tonus.core.plan.PlanStep;

/** A titration or taper plan as a table a patient follows, as CSV, or as a dose calendar. */
final class PlanRendering {

  /**
   * Clock times used for a day's doses when the request gives none: spread over the waking day,
   * with one daily dose at bedtime as the labels' hs/nocte doses are. Stated in the calendar text.
   */
  static final Map<Integer, List<LocalTime>> DEFAULT_DOSE_TIMES =
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

  private PlanRendering() {}

  /** A plan in the chosen format; {@code textExtra} follows the totals in the text form. */
  static String render(
      String name,
      String title,
      PlanAnswer answer,
      List<PlanStep> steps,
      String textExtra,
      OutputFormat format,
      ZoneId zone) {
    return switch (format) {
      case JSON -> Answers.json(answer);
      case CSV -> csv(steps);
      case ICS -> calendar(name, steps, zone, Instant.now());
      case TEXT ->
          title
              + "\n\n"
              + table(steps)
              + "\n"
              + Plans.totals(answer.totalMg(), answer.tabletsNeeded(), answer.liquidNeededMl())
              + textExtra
              + "\n"
              + Answers.alertsText(answer.alerts())
              + Answers.footer(answer.rules(), answer.sources());
    };
  }

  static String table(List<PlanStep> steps) {
    TextTable table = new TextTable("days", "dates", "each dose", "times a day", "mg a day", "as");
    for (PlanStep step : steps) {
      table.row(
          step.fromDay() == step.toDay()
              ? Integer.toString(step.fromDay())
              : step.fromDay() + "-" + step.toDay(),
          step.fromDate().equals(step.toDate())
              ? step.fromDate().toString()
              : step.fromDate() + " to " + step.toDate(),
          step.doseMg().toPlainString() + " mg",
          Integer.toString(step.dosesPerDay()),
          step.dailyMg().toPlainString(),
          PlanAnswer.eachDose(step));
    }
    return table.render();
  }

  static String csv(List<PlanStep> steps) {
    StringBuilder out =
        new StringBuilder("fromDay,toDay,fromDate,toDate,dosesPerDay,doseMg,dailyMg,eachDose\n");
    for (PlanStep step : steps) {
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
          .append(PlanAnswer.eachDose(step).replace("\"", "\"\""))
          .append("\"\n");
    }
    return out.toString();
  }

  /** One calendar event per dose time of every day of the plan, the dose in its title. */
  static String calendar(String planName, List<PlanStep> steps, ZoneId zone, Instant stamp) {
    List<CalendarDose> doses = new ArrayList<>();
    for (PlanStep step : steps) {
      List<LocalTime> times = DEFAULT_DOSE_TIMES.get(step.dosesPerDay());
      if (times == null) {
        continue;
      }
      for (var date = step.fromDate(); !date.isAfter(step.toDate()); date = date.plusDays(1)) {
        for (int i = 0; i < times.size(); i++) {
          doses.add(
              new CalendarDose(
                  date.atTime(times.get(i)),
                  "Baclofen "
                      + step.doseMg().toPlainString()
                      + " mg ("
                      + PlanAnswer.eachDose(step)
                      + ")",
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
