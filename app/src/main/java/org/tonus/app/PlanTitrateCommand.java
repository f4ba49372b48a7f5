package org.tonus.app;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tonus.app.output.OutputFormat;
import org.tonus.app.request.BadRequestException;
import org.tonus.app.request.PatientRequest;
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
    Jurisdiction jurisdiction = options.jurisdiction(json);
    TitrationRequest request =
        json.map(fields -> fromJson(fields, jurisdiction)).orElseGet(() -> fromFlags(jurisdiction));
    TitrationOutcome outcome = new TitrationPlanner(KnowledgeLoader.loadBundled()).titrate(request);
    spec.commandLine().getOut().print(render(outcome, format));
    spec.commandLine().getOut().flush();
    return Answers.exitCode(outcome.alerts());
  }

  /** The {@code plan titrate} contract of DESIGN.md read from a JSON request. */
  static TitrationRequest fromJson(RequestFields request, Jurisdiction jurisdiction) {
    request.allowOnly(
        "jurisdiction",
        "patient",
        "today",
        "start",
        "targetDailyMg",
        "tabletStrengthsMg",
        "allowHalves",
        "liquidConcentrationMgPerMl");
    Patient patient = PatientRequest.read(request.requiredObject("patient"));
    return Requests.checked(
        () ->
            new TitrationRequest(
                jurisdiction,
                patient,
                request.requiredDate("start"),
                request.decimal("targetDailyMg"),
                PreparationOptions.tabletStrengthsMg(request),
                PreparationOptions.allowHalves(request),
                PreparationOptions.liquidMgPerMl(request)));
  }

  private TitrationRequest fromFlags(Jurisdiction jurisdiction) {
    Patient patient = patientOptions.patient(Optional.empty());
    return Requests.checked(
        () ->
            new TitrationRequest(
                jurisdiction,
                patient,
                start.orElseThrow(() -> new BadRequestException("--start is required")),
                targetDailyMg,
                preparation.tabletStrengthsMg(),
                preparation.allowHalves(),
                preparation.liquidMgPerMl()));
  }

  /** The JSON answer of the contract: the plan's steps and totals, or why there is no plan. */
  static Object answer(TitrationOutcome outcome) {
    if (outcome instanceof PlanRefused refused) {
      return refused;
    }
    TitrationPlan plan = (TitrationPlan) outcome;
    return new PlanAnswer(
        plan.steps().stream().map(PlanAnswer.Step::of).toList(),
        plan.days(),
        plan.totalMg(),
        plan.tabletsNeeded(),
        plan.liquidNeededMl(),
        Optional.of(plan.maximumDailyMg()),
        plan.alerts(),
        plan.rules(),
        plan.sources());
  }

  private String render(TitrationOutcome outcome, OutputFormat format) {
    if (outcome instanceof PlanRefused refused) {
      return format == OutputFormat.JSON ? Answers.json(refused) : Plans.refusedText(refused);
    }
    TitrationPlan plan = (TitrationPlan) outcome;
    PlanAnswer answer = (PlanAnswer) answer(plan);
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
