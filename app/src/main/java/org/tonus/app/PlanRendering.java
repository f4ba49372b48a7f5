package org.tonus.app;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.tonus.app.output.OutputFormat;
import org.tonus.app.output.PlanFiles;
import org.tonus.app.output.PlanRow;
import org.tonus.app.output.TextTable;
import org.tonus.core.plan.PlanStep;

/** A titration or taper plan as a table a patient follows, as CSV, or as a dose calendar. */
final class PlanRendering {

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
    return PlanFiles.csv(rows(steps));
  }

  static String calendar(String planName, List<PlanStep> steps, ZoneId zone, Instant stamp) {
    return PlanFiles.calendar(planName, rows(steps), zone, stamp);
  }

  private static List<PlanRow> rows(List<PlanStep> steps) {
    return steps.stream()
        .map(
            step ->
                new PlanRow(
                    step.fromDay(),
                    step.toDay(),
                    step.fromDate(),
                    step.toDate(),
                    step.dosesPerDay(),
                    step.doseMg(),
                    step.dailyMg(),
                    PlanAnswer.eachDose(step)))
        .toList();
  }
}
