package org.tonus.app;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tonus.app.output.OutputFormat;
import org.tonus.app.request.PatientRequest;
import org.tonus.app.request.RequestFields;
import org.tonus.core.alert.Alert;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.knowledge.KnowledgeLoader;
import org.tonus.core.patient.Patient;
import org.tonus.core.renal.CreatinineClearance;
import org.tonus.core.renal.RenalAssessment;
import org.tonus.core.renal.RenalAssessor;
import org.tonus.core.renal.RenalRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tonus renal}: creatinine clearance and what it means for the oral baclofen dose. */
@Command(
    name = "renal",
    mixinStandardHelpOptions = true,
    description = {
      "Kidney function: creatinine clearance and the suggested daily baclofen ceiling.",
      "Clearance by Cockcroft-Gault (or as measured), its band, and the ceiling with the kind of",
      "source it rests on. The US labels give no clearance bands; the bands are from a",
      "pharmacokinetic study (literature)",
      "and the dialysis figure from a non-US label. Formats: text, json."
    })
final class RenalCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin RequestOptions options;
  @Mixin PatientOptions patientOptions;

  @Option(names = "--esrd", description = "End-stage renal disease.")
  boolean endStageRenalDisease;

  @Override
  public Integer call() {
    OutputFormat format = options.format(OutputFormat.TEXT, OutputFormat.JSON);
    Optional<RequestFields> json = options.request();
    Jurisdiction jurisdiction = options.jurisdiction(json);
    RenalRequest request =
        json.map(fields -> fromJson(fields, jurisdiction))
            .map(
                fromJson ->
                    endStageRenalDisease ? fromJson.withEndStageRenalDisease(true) : fromJson)
            .orElseGet(
                () ->
                    RenalRequest.of(jurisdiction, patientOptions.patient(Optional.empty()))
                        .withEndStageRenalDisease(endStageRenalDisease));
    RenalAssessment assessment = new RenalAssessor(KnowledgeLoader.loadBundled()).assess(request);
    spec.commandLine()
        .getOut()
        .print(format == OutputFormat.JSON ? Answers.json(contract(assessment)) : text(assessment));
    spec.commandLine().getOut().flush();
    return Answers.exitCode(assessment.alerts());
  }

  /** The {@code renal} contract of DESIGN.md read from a JSON request. */
  static RenalRequest fromJson(RequestFields request, Jurisdiction jurisdiction) {
    request.allowOnly("jurisdiction", "patient", "today", "endStageRenalDisease");
    Patient patient = PatientRequest.read(request.requiredObject("patient"));
    return RenalRequest.of(jurisdiction, patient)
        .withEndStageRenalDisease(request.bool("endStageRenalDisease").orElse(false));
  }

  /** The renal answer of the contract in DESIGN.md. */
  record RenalAnswer(
      Optional<BigDecimal> creatinineClearanceMlMin,
      Optional<String> working,
      Optional<String> weightUsed,
      Optional<String> band,
      Optional<String> bandDescription,
      Optional<BigDecimal> suggestedMaxDailyMg,
      Optional<BigDecimal> jurisdictionMaxDailyMg,
      Optional<String> basis,
      List<String> missing,
      Optional<String> notAssessedBecause,
      List<Alert> alerts,
      List<String> rules,
      List<String> sources) {}

  static RenalAnswer contract(RenalAssessment assessment) {
    if (assessment instanceof RenalAssessment.Assessed assessed) {
      return new RenalAnswer(
          assessed.creatinineClearanceMlMin(),
          assessed.clearance().map(CreatinineClearance::working),
          assessed.clearance().flatMap(CreatinineClearance::weightUsed).map(w -> w.describe()),
          Optional.of(assessed.band().code()),
          Optional.of(assessed.band().describe()),
          Optional.of(assessed.suggestedMaxDailyMg()),
          Optional.of(assessed.jurisdictionMaxDailyMg()),
          Optional.of(assessed.basis().code()),
          List.of(),
          Optional.empty(),
          assessed.alerts(),
          assessed.rules(),
          assessed.sources());
    }
    RenalAssessment.NotAssessed notAssessed = (RenalAssessment.NotAssessed) assessment;
    return new RenalAnswer(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        notAssessed.missing(),
        Optional.of(notAssessed.reason()),
        notAssessed.alerts(),
        notAssessed.rules(),
        notAssessed.sources());
  }

  private static String text(RenalAssessment assessment) {
    StringBuilder out = new StringBuilder("Kidney function and baclofen\n\n");
    if (assessment instanceof RenalAssessment.Assessed assessed) {
      assessed
          .clearance()
          .ifPresent(
              clearance -> {
                Answers.field(
                    out, "Creatinine clearance", clearance.mlPerMin().toPlainString() + " mL/min");
                Answers.field(out, "Worked out", clearance.working());
                clearance
                    .weightUsed()
                    .ifPresent(weight -> Answers.field(out, "Weight used", weight.describe()));
              });
      Answers.field(out, "Band", assessed.band().describe());
      Answers.field(
          out,
          "Suggested ceiling",
          assessed.suggestedMaxDailyMg().toPlainString()
              + " mg a day (jurisdiction maximum "
              + assessed.jurisdictionMaxDailyMg().toPlainString()
              + " mg)");
      Answers.field(out, "Rests on", assessed.basis().code());
    } else if (assessment instanceof RenalAssessment.NotAssessed notAssessed) {
      out.append("Not assessed: ").append(notAssessed.reason()).append('\n');
    }
    out.append('\n').append(Answers.alertsText(assessment.alerts()));
    out.append(Answers.footer(assessment.rules(), assessment.sources()));
    return out.toString();
  }
}
