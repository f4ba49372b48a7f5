package org.tonus.app;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tonus.app.output.OutputFormat;
import org.tonus.app.request.BadRequestException;
import org.tonus.app.request.CheckRequestReader;
import org.tonus.app.request.RequestFields;
import org.tonus.core.alert.Alert;
import org.tonus.core.alert.AlertCode;
import org.tonus.core.check.CheckResult;
import org.tonus.core.check.Checker;
import org.tonus.core.check.ParsedOrder;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.knowledge.Knowledge;
import org.tonus.core.knowledge.KnowledgeLoader;
import org.tonus.core.knowledge.Route;
import org.tonus.core.triage.RecognisedSymptom;
import org.tonus.core.triage.Triage;
import org.tonus.core.triage.TriageOutcome;
import org.tonus.core.triage.TriageRegimen;
import org.tonus.core.triage.TriageRequest;
import org.tonus.core.triage.TriageResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tonus triage}: symptoms in the person's own words sorted by urgency, with advice. */
@Command(
    name = "triage",
    mixinStandardHelpOptions = true,
    description = {
      "Symptoms in your own words: seek care now, contact the prescriber, or expected and mild.",
      "Overdose and withdrawal signs are recognised; words not understood are listed, never",
      "guessed. With --json, the patient and the current regimen add a check of that regimen.",
      "Not a diagnosis. Formats: text, json. Exit 1 when the outcome is to seek care now."
    })
final class TriageCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin RequestOptions options;

  @Parameters(
      arity = "0..1",
      paramLabel = "TEXT",
      description = "What is happening, in quotes, e.g. \"I'm really sleepy\".")
  Optional<String> text;

  @Option(names = "--recent-stop", description = "Baclofen was stopped or cut down recently.")
  boolean recentStop;

  @Option(names = "--missed-doses", paramLabel = "N", description = "Doses missed lately.")
  Optional<Integer> missedDoses;

  @Option(names = "--pump-problem", description = "The intrathecal pump alarmed or may be failing.")
  boolean pumpProblem;

  @Option(names = "--dose-increased", description = "The dose was raised recently.")
  boolean doseIncreased;

  @Option(names = "--kidney-decline", description = "Kidney function is getting worse.")
  boolean kidneyDecline;

  @Override
  public Integer call() {
    OutputFormat format = options.format(OutputFormat.TEXT, OutputFormat.JSON);
    Optional<RequestFields> json = options.request();
    Jurisdiction jurisdiction = options.jurisdiction(json);
    if (json.isPresent() && anyFlag()) {
      throw new BadRequestException(
          "give the report either as TEXT and flags or as --json, not both");
    }
    TriageRequest request =
        json.map(fields -> fromJson(fields, jurisdiction, LocalDate.now()))
            .orElseGet(() -> fromFlags(jurisdiction));
    Knowledge knowledge = KnowledgeLoader.loadBundled();
    TriageResult result = new Triage(knowledge, new Checker(knowledge)).triage(request);
    spec.commandLine()
        .getOut()
        .print(
            format == OutputFormat.JSON
                ? new JsonAnswer(answer(result), result.alerts(), result.disclaimer()).json()
                : text(result));
    spec.commandLine().getOut().flush();
    return Answers.exitCode(result.alerts());
  }

  private boolean anyFlag() {
    return text.isPresent()
        || recentStop
        || missedDoses.isPresent()
        || pumpProblem
        || doseIncreased
        || kidneyDecline;
  }

  private TriageRequest fromFlags(Jurisdiction jurisdiction) {
    return Requests.checked(
        () ->
            new TriageRequest(
                text.orElse(""),
                jurisdiction,
                Optional.empty(),
                recentStop,
                missedDoses.orElse(0),
                pumpProblem,
                doseIncreased,
                kidneyDecline,
                Optional.empty()));
  }

  /**
   * The {@code triage} contract of DESIGN.md: the words and the context, and optionally the patient
   * with the current regimen (and pump), read as in the check contract.
   *
   * @param today the date of the regimen check when the request gives no {@code today}
   */
  static TriageRequest fromJson(RequestFields request, Jurisdiction jurisdiction, LocalDate today) {
    request.allowOnly(
        "jurisdiction",
        "text",
        "recentStop",
        "missedDoses",
        "pumpProblem",
        "doseRecentlyIncreased",
        "kidneyDecline",
        "route",
        "patient",
        "current",
        "pump",
        "today");
    Optional<TriageRegimen> regimen = regimen(request, today);
    return Requests.checked(
        () ->
            new TriageRequest(
                request.text("text").orElse(""),
                jurisdiction,
                request.choice("route", Route.class),
                request.bool("recentStop").orElse(false),
                request.integer("missedDoses").orElse(0),
                request.bool("pumpProblem").orElse(false),
                request.bool("doseRecentlyIncreased").orElse(false),
                request.bool("kidneyDecline").orElse(false),
                regimen));
  }

  /** The patient and the current regimen come together: a check needs both. */
  private static Optional<TriageRegimen> regimen(RequestFields request, LocalDate today) {
    boolean patient = request.has("patient");
    boolean current = request.has("current");
    if (!patient && !current) {
      if (request.has("pump") || request.has("today")) {
        throw new BadRequestException(
            "pump and today belong to the regimen check; give them with patient and current");
      }
      return Optional.empty();
    }
    if (patient != current) {
      throw new BadRequestException(
          (patient ? "current" : "patient")
              + " is missing; the regimen check needs both the patient and the current regimen"
              + " (or leave out both)");
    }
    return Optional.of(
        new TriageRegimen(
            CheckRequestReader.patient(request.requiredObject("patient")),
            CheckRequestReader.current(request.requiredObject("current")),
            request.object("pump").map(CheckRequestReader::pump),
            request.date("today").orElse(today)));
  }

  /** The triage answer of the contract; the disclaimer is added when it is written. */
  record TriageAnswer(
      TriageOutcome outcome,
      List<RecognisedSymptom> symptoms,
      List<RecognisedSymptom> negated,
      List<Alert> alerts,
      List<String> advice,
      List<String> unrecognised,
      Optional<CheckResult> regimenCheck,
      List<String> rules,
      List<String> sources) {}

  static TriageAnswer answer(TriageResult result) {
    return new TriageAnswer(
        result.outcome(),
        result.symptoms(),
        result.negated(),
        result.alerts(),
        result.advice(),
        result.unrecognised(),
        result.check(),
        result.rules(),
        result.sources());
  }

  /** The outcome first in plain words; for seek care now, the emergency wording before all. */
  static String text(TriageResult result) {
    StringBuilder out = new StringBuilder();
    switch (result.outcome()) {
      case SEEK_CARE_NOW -> {
        out.append("!!! SEEK CARE NOW !!!\n");
        result.alerts().stream()
            .filter(alert -> alert.code() == AlertCode.SEEK_CARE_NOW)
            .forEach(alert -> out.append(alert.message()).append('\n'));
        out.append('\n');
      }
      case CONTACT_PRESCRIBER ->
          out.append("Contact your prescriber: these symptoms need a clinician's advice.\n\n");
      case EXPECTED_MILD ->
          out.append(
              "Expected and mild: this sounds like a known, mild effect of baclofen. Tell your"
                  + " prescriber if it gets worse or does not settle.\n\n");
    }
    if (!result.symptoms().isEmpty()) {
      out.append("Symptoms recognised:\n");
      result.symptoms().forEach(s -> symptom(out, s));
    }
    if (!result.negated().isEmpty()) {
      out.append("You said you do not have:\n");
      result.negated().forEach(s -> symptom(out, s));
    }
    if (!result.unrecognised().isEmpty()) {
      out.append("Words not recognised (not guessed; tell a clinician what you meant):\n  ")
          .append(String.join(", ", result.unrecognised()))
          .append('\n');
    }
    out.append("\nWhat to do:\n");
    result.advice().forEach(line -> out.append("  - ").append(line).append('\n'));
    result
        .check()
        .ifPresent(
            check ->
                out.append("\nRegimen checked: ")
                    .append(
                        check
                            .parsedOrder()
                            .map(ParsedOrder::canonical)
                            .orElse("(the current regimen could not be read)"))
                    .append('\n'));
    out.append('\n').append(Answers.alertsText(result.alerts()));
    out.append("Rules applied: ")
        .append(String.join(", ", result.rules()))
        .append("\nSources: ")
        .append(String.join(", ", result.sources()))
        .append("\n\n")
        .append(result.disclaimer())
        .append('\n');
    return out.toString();
  }

  private static void symptom(StringBuilder out, RecognisedSymptom symptom) {
    out.append("  - ")
        .append(symptom.name())
        .append(" (\"")
        .append(symptom.matched())
        .append("\")\n");
  }
}
