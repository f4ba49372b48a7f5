package org.tonus.app;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
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

  @Option(names = "--start", description = "First day of the plan, e.g. 2026-11-23.")
  Optional<LocalDate> start;

  @Option(names = "--target-daily-mg", description = "Stop raising at this daily dose.")
  Optional<BigDecimal> targetDailyMg;

  @Option(
      names = "--tablet-strengths",
      split = ",",
      description = "Tablet strengths in mg to use, e.g. 10,20 (default: the marketed ones).")
  List<BigDecimal> tabletStrengthsMg = new ArrayList<>();

  @Option(names = "--no-halves", description = "Do not split tablets, even scored ones.")
  boolean noHalves;

  @Option(
      names = "--liquid-mg-per-ml",
      description = "Plan in mL of an oral liquid of this strength instead of tablets.")
  Optional<BigDecimal> liquidMgPerMl;

  @Option(
      names = "--time-zone",
      description = "Zone of the dose times in --format ics (default: this computer's zone).")
  Optional<ZoneId> timeZone;

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
                    json.map(r -> r.decimals("tabletStrengthsMg")).orElse(tabletStrengthsMg),
                    json.flatMap(r -> r.bool("allowHalves")).orElse(!noHalves),
                    json.flatMap(r -> r.decimal("liquidConcentrationMgPerMl"))
                        .or(() -> liquidMgPerMl)));
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
    return switch (format) {
      case JSON ->
          Answers.json(
              new PlanAnswer(
                  plan.steps().stream().map(PlanAnswer.Step::of).toList(),
                  plan.days(),
                  plan.totalMg(),
                  plan.tabletsNeeded(),
                  plan.liquidNeededMl(),
                  Optional.of(plan.maximumDailyMg()),
                  plan.alerts(),
                  plan.rules(),
                  plan.sources()));
      case CSV -> PlanRendering.csv(plan.steps());
      case ICS ->
          PlanRendering.calendar(
              "titrate", plan.steps(), timeZone.orElseGet(ZoneId::systemDefault), Instant.now());
      case TEXT ->
          "Titration plan\n\n"
              + PlanRendering.table(plan.steps())
              + "\n"
              + Plans.totals(plan.totalMg(), plan.tabletsNeeded(), plan.liquidNeededMl())
              + "  Highest daily dose allowed here: "
              + plan.maximumDailyMg().toPlainString()
              + " mg\n\n"
              + Answers.alertsText(plan.alerts())
              + Answers.footer(plan.rules(), plan.sources());
    };
  }
}
