package org.tonus.app.web;

import io.javalin.http.Context;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.tonus.app.JsonContracts;
import org.tonus.app.output.PlanFiles;
import org.tonus.app.output.PlanRow;
import org.tonus.app.request.BadRequestException;

/**
 * The .csv and .ics downloads of the plan a planner page shows, from the same query string: the
 * same contract answers, so the file holds exactly the plan on the page.
 */
final class PlanDownloads {
  private final JsonContracts contracts;
  private final Clock clock;

  PlanDownloads(JsonContracts contracts, Clock clock) {
    this.contracts = contracts;
    this.clock = clock;
  }

  void csv(Context ctx, String kind, List<FormField> fields) {
    PlanView plan = plan(ctx, kind, fields);
    ctx.contentType("text/csv; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"baclofen-" + kind + ".csv\"")
        .result(PlanFiles.csv(rows(plan)));
  }

  void ics(Context ctx, String kind, List<FormField> fields) {
    PlanView plan = plan(ctx, kind, fields);
    ctx.contentType("text/calendar; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"baclofen-" + kind + ".ics\"")
        .result(
            PlanFiles.calendar(
                "baclofen-" + kind + "-" + plan.steps().get(0).fromDate(),
                rows(plan),
                clock.getZone(),
                clock.instant()));
  }

  private static List<PlanRow> rows(PlanView plan) {
    return plan.steps().stream()
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
                    step.eachDose()))
        .toList();
  }

  /** The plan of the query, or a bad request (problem+json) naming what is wrong. */
  private PlanView plan(Context ctx, String kind, List<FormField> fields) {
    Submission form = Submission.read(fields, ctx::queryParam);
    if (!form.valid()) {
      throw new BadRequestException(String.join(" ", form.errors().values()));
    }
    Map<String, Object> answer =
        Pages.tree(
            kind.equals("titrate")
                ? contracts.titrate(form.request())
                : contracts.taper(form.request()));
    PlanView plan = PlanView.of(answer);
    if (plan.steps().isEmpty()) {
      throw new BadRequestException(
          "no plan for this request: " + JsonShapes.text(answer.get("reason")));
    }
    return plan;
  }
}
