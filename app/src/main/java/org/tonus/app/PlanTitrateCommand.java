package org.tonus.app;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tonus.app.output.OutputFormat;
import org.tonus.app.request.BadRequestException;
import org.tonus.app.request.RequestFields;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.knowledge.KnowledgeLoader;
import org.tonus.core.patient.Patient;
import org.tonus.core.plan.PlanRefused;
import org.tonus.core.plan.TitrationOutcome;
import org.tonus.core.plan.TitrationPlan;
import org.tonus.core.plan.TitrationPlanner;
import org.tonus.core.plan.TitrationRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tonus plan titrate}: the day-by-day start-and-raise schedule in real tablets. */
@Command(
    name = "titrate",
    mixinStandardHelpOptions = true,
    description = {
      "Titration plan: start and raise the dose day by day, in real tablets.",
      "From the labelled start, raised by the labelled step at the labelled interval,",
      "to a target or to the maximum that applies (jurisdiction, age, weight, kidneys), each dose",
      "in real tablets of the jurisdiction's strengths (halves only of scored tablets) or in mL.",
      "Formats: text, json, csv, ics (one calendar event per dose time)."
    })
final class PlanTitrateCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin RequestOptions options;
  @Mixin PatientOptions patientOptions;
  @Mixin PreparationOptions preparation;

  @Option(names = "--start", description = "First day of the plan, e.g. 2026-11-23.")
  Optional<LocalDate> start;

  @Option(names = "--target-daily-mg", description = "Stop raising at this daily dose.")
  Optional<BigDecimal> targetDailyMg;

  @Override
  public Integer call() {
    OutputFormat format =
        options.format(OutputFormat.TEXT, OutputFormat.JSON, OutputFormat.CSV, OutputFormat.ICS);
    Optional<RequestFields> json = options.request();
    json.ifPresent(
        request ->
            request.allowOnly(
                "jurisdiction",
                "patient",
                "today",
                "start",
                "targetDailyMg",
                "tabletStrengthsMg",
                "allowHalves",
                "liquidConcentrationMgPerMl"));
    Jurisdiction jurisdiction = options.jurisdiction(json);
    Patient patient = patientOptions.patient(json);
    TitrationRequest request =
        Requests.checked(
            () ->
                new TitrationRequest(
                    jurisdiction,
                    patient,
                    json.map(r -> r.requiredDate("start"))
                        .or(() -> start)
                        .orElseThrow(() -> new BadRequestException("--start is required")),
                    json.flatMap(r -> r.decimal("targetDailyMg")).or(() -> targetDailyMg),
                    preparation.tabletStrengthsMg(json),
                    preparation.allowHalves(json),
                    preparation.liquidMgPerMl(json)));
    TitrationOutcome outcome = new TitrationPlanner(KnowledgeLoader.loadBundled()).titrate(request);
    spec.commandLine().getOut().print(render(outcome, format));
    spec.commandLine().getOut().flush();
    return Answers.exitCode(outcome.alerts());
  }

  private String render(TitrationOutcome outcome, OutputFormat format) {
    if (outcome instanceof PlanRefused refused) {
      return format == OutputFormat.JSON ? Answers.json(refused) : Plans.refusedText(refused);
    }
    TitrationPlan plan = (TitrationPlan) outcome;
    PlanAnswer answer =
        new PlanAnswer(
            plan.steps().stream().map(PlanAnswer.Step::of).toList(),
            plan.days(),
            plan.totalMg(),
            plan.tabletsNeeded(),
            plan.liquidNeededMl(),
            Optional.of(plan.maximumDailyMg()),
            plan.alerts(),
            plan.rules(),
            plan.sources());
    return PlanRendering.render(
        "titrate",
        "Titration plan",
        answer,
        plan.steps(),
        "  Highest daily dose allowed here: " + plan.maximumDailyMg().toPlainString() + " mg\n",
        format,
        preparation.zone());
  }
}
