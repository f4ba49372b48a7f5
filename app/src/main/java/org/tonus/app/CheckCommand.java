package org.tonus.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.tonus.app.output.JsonOutput;
import org.tonus.app.output.OutputFormat;
import org.tonus.app.request.BadRequestException;
import org.tonus.app.request.CheckRequestReader;
import org.tonus.app.request.RequestFields;
import org.tonus.core.check.AllergyMention;
import org.tonus.core.check.CheckPatient;
import org.tonus.core.check.CheckRequest;
import org.tonus.core.check.CheckResult;
import org.tonus.core.check.Checker;
import org.tonus.core.check.ConditionMention;
import org.tonus.core.check.CurrentOrder;
import org.tonus.core.check.MedicationMention;
import org.tonus.core.check.OrderInput;
import org.tonus.core.check.ParsedOrder;
import org.tonus.core.knowledge.KnowledgeLoader;
import org.tonus.core.monograph.Monograph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tonus check}: a proposed baclofen order checked against the patient. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Check a proposed baclofen order against the patient: what is wrong, how serious, why.",
      "Dose and daily total, titration speed, frequency, units and route, kidneys, age,",
      "pregnancy, conditions, allergies, interactions, duplicates and abrupt stops, each alert",
      "with its evidence and sources. Formats: text, json."
    })
final class CheckCommand implements Callable<Integer> {
  private static final Pattern ICD10 =
      Pattern.compile("[A-Za-z][0-9][0-9A-Za-z](\\.[0-9A-Za-z]{1,4})?");
  private static final Pattern SNOMED = Pattern.compile("[0-9]{6,18}");

  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin RequestOptions options;
  @Mixin PatientOptions patientOptions;

  @Option(names = "--sig", description = "The proposed order, e.g. \"baclofen 20 mg po qid\".")
  Optional<String> sig;

  @Option(names = "--stop", description = "The proposal is to stop baclofen now.")
  boolean stop;

  @Option(names = "--current", description = "The regimen now, e.g. \"baclofen 10 mg po tid\".")
  Optional<String> current;

  @Option(names = "--since", description = "Date the current regimen started.")
  Optional<LocalDate> since;

  @Option(names = "--replaces-current", description = "The order replaces the current regimen.")
  boolean replacesCurrent;

  @Option(names = "--indication", description = "What the order is for, e.g. \"spasticity\".")
  Optional<String> indication;

  @Option(
      names = "--condition",
      description = "A condition: words, an ICD-10-CM code or a SNOMED CT code; repeatable.")
  List<String> conditions = new ArrayList<>();

  @Option(names = "--med", description = "Another active medicine as written; repeatable.")
  List<String> medications = new ArrayList<>();

  @Option(names = "--allergy", description = "An allergy, e.g. baclofen; repeatable.")
  List<String> allergies = new ArrayList<>();

  @Option(names = "--alcohol", description = "Alcohol use: none, occasional or regular.")
  Optional<CheckPatient.AlcoholIntake> alcohol;

  @Option(names = "--pregnant", description = "The patient is pregnant.")
  boolean pregnant;

  @Option(names = "--breastfeeding", description = "The patient is breastfeeding.")
  boolean breastfeeding;

  @Option(names = "--today", description = "The date of the check (default: today's date).")
  Optional<LocalDate> today;

  @Override
  public Integer call() {
    OutputFormat format = options.format(OutputFormat.TEXT, OutputFormat.JSON);
    try {
      Optional<RequestFields> json = options.request();
      LocalDate date = today.orElseGet(LocalDate::now);
      CheckRequest request =
          json.map(fields -> CheckRequestReader.read(fields, date))
              .orElseGet(() -> fromFlags(date));
      CheckResult result = new Checker(KnowledgeLoader.loadBundled()).check(request);
      spec.commandLine()
          .getOut()
          .print(format == OutputFormat.JSON ? Answers.json(result) : text(result));
      spec.commandLine().getOut().flush();
      return Answers.exitCode(result.alerts());
    } catch (BadRequestException bad) {
      if (format == OutputFormat.JSON) {
        spec.commandLine()
            .getOut()
            .print(
                new JsonOutput()
                    .writeWith(
                        new BadRequest(bad.getMessage()), "disclaimer", Monograph.DISCLAIMER));
        spec.commandLine().getOut().flush();
      }
      throw bad;
    }
  }

  /** The body of a refused request in --format json. */
  record BadRequest(String error) {}

  private CheckRequest fromFlags(LocalDate date) {
    if (stop == sig.isPresent()) {
      throw new BadRequestException("give either --sig (the proposed order) or --stop");
    }
    OrderInput order = stop ? OrderInput.stop() : OrderInput.sig(sig.get());
    CheckPatient patient =
        new CheckPatient(
            patientOptions.patient(Optional.empty()),
            pregnant,
            breastfeeding,
            conditions.stream().map(CheckCommand::condition).toList(),
            medications.stream().map(MedicationMention::new).toList(),
            allergies.stream().map(a -> new AllergyMention(a, Optional.empty())).toList(),
            alcohol);
    return Requests.checked(
        () ->
            new CheckRequest(
                options.jurisdiction(Optional.empty()),
                patient,
                current.map(
                    text -> new CurrentOrder(OrderInput.sig(text), since, Optional.empty())),
                Optional.empty(),
                order,
                replacesCurrent,
                indication,
                date));
  }

  /** "G40.909" is read as ICD-10-CM, "84757009" as SNOMED CT, anything else as words. */
  private static ConditionMention condition(String written) {
    String text = written.trim();
    if (ICD10.matcher(text).matches()) {
      return new ConditionMention(Optional.empty(), Optional.of(text), Optional.empty());
    }
    if (SNOMED.matcher(text).matches()) {
      return new ConditionMention(Optional.empty(), Optional.empty(), Optional.of(text));
    }
    return ConditionMention.text(text);
  }

  private static String text(CheckResult result) {
    StringBuilder out = new StringBuilder("Order check\n\n");
    result
        .parsedOrder()
        .ifPresent(
            order -> {
              Answers.field(out, "Read as", order.canonical());
              daily(order).ifPresent(daily -> Answers.field(out, "Daily dose", daily));
            });
    out.append('\n').append(Answers.alertsText(result.alerts()));
    if (!result.unrecognised().isEmpty()) {
      out.append("Not recognised (not checked): ")
          .append(String.join("; ", result.unrecognised()))
          .append('\n');
    }
    out.append('\n').append(Monograph.DISCLAIMER).append('\n');
    return out.toString();
  }

  private static Optional<String> daily(ParsedOrder order) {
    return order
        .dailyDoseMg()
        .map(mg -> mg.toPlainString() + " mg")
        .or(() -> order.dailyDoseMcg().map(mcg -> mcg.toPlainString() + " mcg"));
  }
}
