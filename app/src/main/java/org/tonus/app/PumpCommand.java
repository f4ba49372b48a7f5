package org.tonus.app;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.tonus.app.output.OutputFormat;
import org.tonus.app.request.BadRequestException;
import org.tonus.app.request.QuantityFields;
import org.tonus.app.request.RequestFields;
import org.tonus.core.intrathecal.IntrathecalRefusal;
import org.tonus.core.intrathecal.PumpRefill;
import org.tonus.core.intrathecal.PumpRefillCalculator;
import org.tonus.core.intrathecal.PumpRefillOutcome;
import org.tonus.core.intrathecal.PumpRefillRequest;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.knowledge.KnowledgeLoader;
import org.tonus.core.quantity.Quantity;
import org.tonus.core.quantity.Unit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tonus pump}: when an intrathecal pump reaches its alarm volume and must be refilled. */
@Command(
    name = "pump",
    mixinStandardHelpOptions = true,
    description = {
      "Intrathecal pump refill: days until the low-reservoir alarm, the refill due date, mcg sanity.",
      "Amounts carry their unit (\"20 mL\", \"500 mcg/mL\", \"300 mcg/day\"); a dose in mg where mcg",
      "belongs, or a concentration no product has, is a UNIT_ERROR and nothing is converted.",
      "Formats: text, json."
    })
final class PumpCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin RequestOptions options;

  @Option(names = "--refill-date", description = "Date of the refill, e.g. 2026-11-23.")
  Optional<LocalDate> refillDate;

  @Option(names = "--volume", description = "Reservoir volume after the refill, e.g. \"20 mL\".")
  Optional<String> volume;

  @Option(names = "--concentration", description = "Drug filled, e.g. \"500 mcg/mL\".")
  Optional<String> concentration;

  @Option(names = "--daily-dose", description = "Programmed daily dose, e.g. \"300 mcg/day\".")
  Optional<String> dailyDose;

  @Option(names = "--bolus-per-day", description = "Flex or bolus doses a day, e.g. \"50 mcg\".")
  Optional<String> bolusPerDay;

  @Option(
      names = "--reserve",
      description = "The pump's low-reservoir alarm volume, e.g. \"2 mL\".")
  Optional<String> reserve;

  @Option(names = "--margin-days", description = "Days before the alarm to refill (default 7).")
  Optional<Integer> marginDays;

  @Option(
      names = "--programmed-concentration",
      description = "The concentration the pump is programmed for, when it may differ.")
  Optional<String> programmedConcentration;

  @Option(names = "--today", description = "Today's date, to warn when a refill is overdue.")
  Optional<LocalDate> today;

  @Override
  public Integer call() {
    OutputFormat format = options.format(OutputFormat.TEXT, OutputFormat.JSON);
    Optional<RequestFields> json = options.request();
    Jurisdiction jurisdiction = options.jurisdiction(json);
    PumpRefillRequest request =
        json.map(fields -> fromJson(fields, jurisdiction)).orElseGet(() -> fromFlags(jurisdiction));
    PumpRefillOutcome outcome =
        new PumpRefillCalculator(KnowledgeLoader.loadBundled()).calculate(request);
    spec.commandLine()
        .getOut()
        .print(format == OutputFormat.JSON ? Answers.json(outcome) : text(outcome));
    spec.commandLine().getOut().flush();
    return Answers.exitCode(outcome.alerts());
  }

  private PumpRefillRequest fromFlags(Jurisdiction jurisdiction) {
    return Requests.checked(
        () ->
            new PumpRefillRequest(
                jurisdiction,
                refillDate.orElseThrow(() -> required("--refill-date")),
                flag("--volume", volume),
                flag("--concentration", concentration),
                flag("--daily-dose", dailyDose),
                bolusPerDay.map(text -> QuantityFields.parse("--bolus-per-day", text)),
                flag("--reserve", reserve),
                marginDays.map(OptionalInt::of).orElseGet(OptionalInt::empty),
                programmedConcentration.map(
                    text -> QuantityFields.parse("--programmed-concentration", text)),
                today));
  }

  /** The {@code pump} contract of DESIGN.md read from a JSON request. */
  static PumpRefillRequest fromJson(RequestFields request, Jurisdiction jurisdiction) {
    request.allowOnly(
        "jurisdiction",
        "refillDate",
        "volumeMl",
        "volume",
        "concentrationMcgPerMl",
        "concentration",
        "dailyDoseMcg",
        "dailyDose",
        "bolusMcgPerDay",
        "bolusPerDay",
        "reserveMl",
        "reserve",
        "marginDays",
        "pump",
        "today");
    Optional<Quantity> programmed =
        request
            .object("pump")
            .flatMap(
                pump ->
                    QuantityFields.read(
                        pump.allowOnly(
                            "programmedConcentrationMcgPerMl", "reservoirConcentrationMcgPerMl"),
                        "programmedConcentrationMcgPerMl",
                        Unit.MCG_PER_ML,
                        "programmedConcentration"));
    return Requests.checked(
        () ->
            new PumpRefillRequest(
                jurisdiction,
                request.requiredDate("refillDate"),
                QuantityFields.required(request, "volumeMl", Unit.ML, "volume"),
                QuantityFields.required(
                    request, "concentrationMcgPerMl", Unit.MCG_PER_ML, "concentration"),
                QuantityFields.required(request, "dailyDoseMcg", Unit.MCG_PER_DAY, "dailyDose"),
                QuantityFields.read(request, "bolusMcgPerDay", Unit.MCG, "bolusPerDay"),
                QuantityFields.required(request, "reserveMl", Unit.ML, "reserve"),
                request.integer("marginDays").map(OptionalInt::of).orElseGet(OptionalInt::empty),
                programmed,
                request.date("today")));
  }

  private static Quantity flag(String name, Optional<String> text) {
    return QuantityFields.parse(name, text.orElseThrow(() -> required(name)));
  }

  private static BadRequestException required(String flag) {
    return new BadRequestException(flag + " is required (or give the whole request with --json)");
  }

  private static String text(PumpRefillOutcome outcome) {
    StringBuilder out = new StringBuilder("Intrathecal pump refill\n\n");
    if (outcome instanceof PumpRefill refill) {
      Answers.field(out, "Refilled on", refill.refillDate());
      Answers.field(out, "Drug in the reservoir", refill.totalMcg().toPlainString() + " mcg");
      Answers.field(out, "Usable before the alarm", refill.usableMcg().toPlainString() + " mcg");
      Answers.field(
          out, "Daily dose (with boluses)", refill.totalDailyMcg().toPlainString() + " mcg");
      Answers.field(out, "Pump rate", refill.rateMlPerDay().toPlainString() + " mL/day");
      Answers.field(out, "Days to the alarm", refill.daysToReserve());
      Answers.field(out, "Days to empty", refill.daysToEmpty());
      Answers.field(out, "Alarm expected on", refill.alarmDate());
      Answers.field(
          out,
          "Refill due by",
          refill.refillDueBy() + " (" + refill.marginDays() + " days before the alarm)");
      Answers.field(out, "Empty on", refill.emptyDate());
      out.append("\nHow:\n");
      refill.arithmetic().forEach(line -> out.append("  ").append(line).append('\n'));
    } else if (outcome instanceof IntrathecalRefusal) {
      out.append("No calculation: an input cannot be trusted (see the alerts).\n");
    }
    out.append('\n').append(Answers.alertsText(outcome.alerts()));
    out.append(Answers.footer(outcome.rules(), outcome.sources()));
    return out.toString();
  }
}
