package org.tonus.app;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.tonus.app.output.OutputFormat;
import org.tonus.app.request.BadRequestException;
import org.tonus.app.request.RequestFields;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.knowledge.Knowledge;
import org.tonus.core.knowledge.KnowledgeLoader;
import org.tonus.core.patient.Patient;
import org.tonus.core.plan.PlanRefused;
import org.tonus.core.plan.ProposedTaper;
import org.tonus.core.plan.TaperOutcome;
import org.tonus.core.plan.TaperPlan;
import org.tonus.core.plan.TaperPlanner;
import org.tonus.core.plan.TaperRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tonus plan taper}: down to stop, never abruptly, at the pace the knowledge gives. */
@Command(
    name = "taper",
    mixinStandardHelpOptions = true,
    description = {
      "Taper plan: from the current regimen down to zero, never abruptly.",
      "A request to stop at once, or a proposal that is too fast, gets a gradual plan and an ABRUPT_STOP_RISK alert saying why.",
      "Formats: text, json, csv, ics."
    })
final class PlanTaperCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin RequestOptions options;
  @Mixin PatientOptions patientOptions;
  @Mixin PreparationOptions preparation;

  @Option(names = "--start", description = "First day of the taper, e.g. 2026-11-23.")
  Optional<LocalDate> start;

  @Option(names = "--current", description = "The regimen now, e.g. \"baclofen 20 mg po tid\".")
  Optional<String> current;

  @Option(names = "--days", description = "Spread the taper over this many days.")
  Optional<Integer> days;

  @Option(
      names = "--proposal",
      description = "A taper to judge, e.g. \"10 mg tid for 2 days then stop\", or \"stop\".")
  Optional<String> proposal;

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
                "current",
                "days",
                "order",
                "tabletStrengthsMg",
                "allowHalves",
                "liquidConcentrationMgPerMl"));
    Jurisdiction jurisdiction = options.jurisdiction(json);
    Knowledge knowledge = KnowledgeLoader.loadBundled();
    Patient patient = patientOptions.patient(json);
    SigLevels sigs = new SigLevels(knowledge, jurisdiction);
    String currentSig =
        json.map(r -> r.requiredObject("current").requiredText("sig"))
            .or(() -> current)
            .orElseThrow(() -> new BadRequestException("--current is required (the sig now)"));
    Optional<ProposedTaper> proposed =
        json.flatMap(r -> r.object("order"))
            .map(order -> proposalOf(sigs, order))
            .or(() -> proposal.map(text -> sigs.proposal("--proposal", text)));
    TaperRequest request =
        Requests.checked(
            () ->
                new TaperRequest(
                    jurisdiction,
                    patient,
                    json.map(r -> r.requiredDate("start"))
                        .or(() -> start)
                        .orElseThrow(() -> new BadRequestException("--start is required")),
                    sigs.current("current", currentSig),
                    json.flatMap(r -> r.integer("days"))
                        .or(() -> days)
                        .map(OptionalInt::of)
                        .orElseGet(OptionalInt::empty),
                    proposed,
                    preparation.tabletStrengthsMg(json),
                    preparation.allowHalves(json),
                    preparation.liquidMgPerMl(json)));
    TaperOutcome outcome = new TaperPlanner(knowledge).taper(request);
    spec.commandLine().getOut().print(render(outcome, format));
    spec.commandLine().getOut().flush();
    return Answers.exitCode(outcome.alerts());
  }

  private static ProposedTaper proposalOf(SigLevels sigs, RequestFields order) {
    if (order.bool("stop").orElse(false)) {
      return ProposedTaper.stopNow();
    }
    return sigs.proposal("order.sig", order.requiredText("sig"));
  }

  private String render(TaperOutcome outcome, OutputFormat format) {
    if (outcome instanceof PlanRefused refused) {
      return format == OutputFormat.JSON ? Answers.json(refused) : Plans.refusedText(refused);
    }
    TaperPlan plan = (TaperPlan) outcome;
    PlanAnswer answer =
        new PlanAnswer(
            plan.steps().stream().map(PlanAnswer.Step::of).toList(),
            plan.days(),
            plan.totalMg(),
            plan.tabletsNeeded(),
            plan.liquidNeededMl(),
            Optional.empty(),
            plan.alerts(),
            plan.rules(),
            plan.sources());
    return PlanRendering.render(
        "taper", "Taper plan", answer, plan.steps(), "", format, preparation.zone());
  }
}
