package org.tonus.app;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tonus.app.output.OutputFormat;
import org.tonus.app.request.BadRequestException;
import org.tonus.app.request.PatientRequest;
import org.tonus.app.request.QuantityFields;
import org.tonus.app.request.RequestFields;
import org.tonus.core.intrathecal.IntrathecalStartOutcome;
import org.tonus.core.intrathecal.IntrathecalStartPlan;
import org.tonus.core.intrathecal.IntrathecalStartPlanner;
import org.tonus.core.intrathecal.IntrathecalStartRequest;
import org.tonus.core.intrathecal.ScreeningStep;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.knowledge.KnowledgeLoader;
import org.tonus.core.knowledge.SpasticityOrigin;
import org.tonus.core.patient.Patient;
import org.tonus.core.quantity.Unit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tonus plan intrathecal}: screening, the first pump dose, its rate and tomorrow's cap. */
@Command(
    name = "intrathecal",
    mixinStandardHelpOptions = true,
    description = {
      "Intrathecal start: screening doses, the first pump dose, its rate and tomorrow's cap.",
      "The screening bolus sequence, the first 24-hour dose after implant from the screening dose that worked, the pump rate at a concentration, and the largest dose",
      "allowed the next day for the spasticity origin. Formats: text, json."
    })
final class PlanIntrathecalCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin RequestOptions options;

  @Option(names = "--age", description = "Age in whole years.")
  Optional<Integer> age;

  @Option(names = "--screening-dose", description = "The bolus that worked, e.g. \"50 mcg\".")
  Optional<String> screeningDose;

  @Option(names = "--effect-hours", description = "How many hours its effect lasted.")
  Optional<BigDecimal> effectHours;

  @Option(names = "--origin", description = "Where the spasticity arises: spinal or cerebral.")
  Optional<SpasticityOrigin> origin;

  @Option(names = "--concentration", description = "Pump concentration, e.g. \"500 mcg/mL\".")
  Optional<String> concentration;

  @Override
  public Integer call() {
    OutputFormat format = options.format(OutputFormat.TEXT, OutputFormat.JSON);
    Optional<RequestFields> json = options.request();
    Jurisdiction jurisdiction = options.jurisdiction(json);
    IntrathecalStartRequest request =
        json.map(fields -> fromJson(fields, jurisdiction)).orElseGet(() -> fromFlags(jurisdiction));
    IntrathecalStartOutcome outcome =
        new IntrathecalStartPlanner(KnowledgeLoader.loadBundled()).plan(request);
    spec.commandLine()
        .getOut()
        .print(format == OutputFormat.JSON ? Answers.json(outcome) : text(outcome));
    spec.commandLine().getOut().flush();
    return Answers.exitCode(outcome.alerts());
  }

  private IntrathecalStartRequest fromFlags(Jurisdiction jurisdiction) {
    Patient patient =
        PatientRequest.checked(
            "--age: ", () -> Patient.aged(age.orElseThrow(() -> required("--age"))));
    return Requests.checked(
        () ->
            new IntrathecalStartRequest(
                jurisdiction,
                patient,
                QuantityFields.parse(
                    "--screening-dose",
                    screeningDose.orElseThrow(() -> required("--screening-dose"))),
                effectHours.orElseThrow(() -> required("--effect-hours")),
                origin,
                QuantityFields.parse(
                    "--concentration",
                    concentration.orElseThrow(() -> required("--concentration")))));
  }

  /** The {@code plan intrathecal} contract of DESIGN.md read from a JSON request. */
  static IntrathecalStartRequest fromJson(RequestFields request, Jurisdiction jurisdiction) {
    request.allowOnly(
        "jurisdiction",
        "patient",
        "today",
        "screeningDoseMcg",
        "screeningDose",
        "effectHours",
        "spasticityOrigin",
        "concentrationMcgPerMl",
        "concentration");
    Patient patient = PatientRequest.read(request.requiredObject("patient"));
    return Requests.checked(
        () ->
            new IntrathecalStartRequest(
                jurisdiction,
                patient,
                QuantityFields.required(request, "screeningDoseMcg", Unit.MCG, "screeningDose"),
                request.requiredDecimal("effectHours"),
                request.choice("spasticityOrigin", SpasticityOrigin.class),
                QuantityFields.required(
                    request, "concentrationMcgPerMl", Unit.MCG_PER_ML, "concentration")));
  }

  private static BadRequestException required(String flag) {
    return new BadRequestException(flag + " is required (or give the whole request with --json)");
  }

  private static String text(IntrathecalStartOutcome outcome) {
    StringBuilder out = new StringBuilder("Intrathecal start\n\n");
    if (outcome instanceof IntrathecalStartPlan plan) {
      out.append("Screening (one bolus at a time, each only if the last did not work):\n");
      for (ScreeningStep step : plan.screening()) {
        out.append(
            String.format(
                "  %d. %s mcg = %s mL of %s mcg/mL%s%n",
                step.order(),
                step.doseMcg().toPlainString(),
                step.volumeMl().toPlainString(),
                step.concentrationMcgPerMl().toPlainString(),
                step.afterHours()
                    .map(h -> ", at least " + h.toPlainString() + " h after the last")
                    .orElse("")));
      }
      out.append('\n');
      Answers.field(out, "Spasticity origin", plan.spasticityOrigin().code());
      Answers.field(out, "Screening dose that worked", plan.screeningDoseMcg() + " mcg");
      Answers.field(out, "Effect lasted", plan.effectHours() + " h");
      Answers.field(out, "First 24-hour dose", plan.initialDailyDoseMcg() + " mcg/day");
      Answers.field(
          out,
          "Pump rate",
          plan.rateMlPerDay().toPlainString()
              + " mL/day at "
              + plan.concentrationMcgPerMl()
              + " mcg/mL");
      Answers.field(out, "Largest dose tomorrow", plan.maxNextDayDoseMcg() + " mcg/day");
      out.append("\nHow:\n");
      plan.arithmetic().forEach(line -> out.append("  ").append(line).append('\n'));
    } else {
      out.append("No plan (see the alerts).\n");
    }
    out.append('\n').append(Answers.alertsText(outcome.alerts()));
    out.append(Answers.footer(outcome.rules(), outcome.sources()));
    return out.toString();
  }
}
