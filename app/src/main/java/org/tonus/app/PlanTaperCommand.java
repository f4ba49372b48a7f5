package org.tonus.app;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.tonus.app.output.OutputFormat;
import org.tonus.app.request.BadRequestException;
import org.tonus.app.request.PatientRequest;
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
    Jurisdiction jurisdiction = options.jurisdiction(json);
    Knowledge knowledge = KnowledgeLoader.loadBundled();
    SigLevels sigs = new SigLevels(knowledge, jurisdiction);
    TaperRequest request =
        json.map(fields -> fromJson(fields, jurisdiction, sigs))
            .orElseGet(() -> fromFlags(jurisdiction, sigs));
    TaperOutcome outcome = new TaperPlanner(knowledge).taper(request);
    spec.commandLine().getOut().print(render(outcome, format));
    spec.commandLine().getOut().flush();
    return Answers.exitCode(outcome.alerts());
  }

  /** The {@code plan taper} contract of DESIGN.md read from a JSON request. */
  static TaperRequest fromJson(RequestFields request, Jurisdiction jurisdiction, SigLevels sigs) {
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
        "liquidConcentrationMgPerMl");
    Patient patient = PatientRequest.read(request.requiredObject("patient"));
    String currentSig = request.requiredObject("current").requiredText("sig");
    Optional<ProposedTaper> proposed =
        request.object("order").map(order -> proposalOf(sigs, order));
    return Requests.checked(
        () ->
            new TaperRequest(
                jurisdiction,
                patient,
                request.requiredDate("start"),
                sigs.current("current", currentSig),
                request.integer("days").map(OptionalInt::of).orElseGet(OptionalInt::empty),
                proposed,
                PreparationOptions.tabletStrengthsMg(request),
                PreparationOptions.allowHalves(request),
                PreparationOptions.liquidMgPerMl(request)));
  }

  private TaperRequest fromFlags(Jurisdiction jurisdiction, SigLevels sigs) {
    Patient patient = patientOptions.patient(Optional.empty());
    String currentSig =
        current.orElseThrow(() -> new BadRequestException("--current is required (the sig now)"));
    Optional<ProposedTaper> proposed = proposal.map(text -> sigs.proposal("--proposal", text));
    return Requests.checked(
        () ->
            new TaperRequest(
                jurisdiction,
                patient,
                start.orElseThrow(() -> new BadRequestException("--start is required")),
                sigs.current("current", currentSig),
                days.map(OptionalInt::of).orElseGet(OptionalInt::empty),
                proposed,
                preparation.tabletStrengthsMg(),
                preparation.allowHalves(),
                preparation.liquidMgPerMl()));
  }

  private static ProposedTaper proposalOf(SigLevels sigs, RequestFields order) {
    if (order.bool("stop").orElse(false)) {
      return ProposedTaper.stopNow();
    }
    return sigs.proposal("order.sig", order.requiredText("sig"));
  }

  /** The JSON answer of the contract: the plan's steps and totals, or why there is no plan. */
  static Object answer(TaperOutcome outcome) {
    if (outcome instanceof PlanRefused refused) {
      return refused;
    }
    TaperPlan plan = (TaperPlan) outcome;
    return new PlanAnswer(
        plan.steps().stream().map(PlanAnswer.Step::of).toList(),
        plan.days(),
        plan.totalMg(),
        plan.tabletsNeeded(),
        plan.liquidNeededMl(),
        Optional.empty(),
        plan.alerts(),
        plan.rules(),
        plan.sources());
  }

  private String render(TaperOutcome outcome, OutputFormat format) {
    if (outcome instanceof PlanRefused refused) {
      return format == OutputFormat.JSON ? Answers.json(refused) : Plans.refusedText(refused);
    }
    TaperPlan plan = (TaperPlan) outcome;
    return PlanRendering.render(
        "taper",
        "Taper plan",
        (PlanAnswer) answer(plan),
        plan.steps(),
        "",
        format,
        preparation.zone());
  }
}
