package org.tonus.app;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tonus.app.output.OutputFormat;
import org.tonus.app.request.BadRequestException;
import org.tonus.app.request.RequestFields;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.knowledge.Knowledge;
import org.tonus.core.knowledge.KnowledgeLoader;
import org.tonus.core.quantity.Quantity;
import org.tonus.core.quantity.QuantityFormatException;
import org.tonus.core.quantity.Unit;
import org.tonus.core.sig.Parsed;
import org.tonus.core.sig.Refused;
import org.tonus.core.sig.Sig;
import org.tonus.core.sig.SigParse;
import org.tonus.core.sig.SigParser;
import org.tonus.core.supply.DispensedUnit;
import org.tonus.core.supply.SigSupply;
import org.tonus.core.supply.SupplyCalculator;
import org.tonus.core.supply.SupplyRequest;
import org.tonus.core.supply.SupplyResult;
import org.tonus.core.supply.SupplySchedule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tonus supply}: how long a dispensed quantity lasts under a sig, and when to refill. */
@Command(
    name = "supply",
    mixinStandardHelpOptions = true,
    description = {
      "Days' supply of a dispensed quantity under a sig, and when to ask for a refill.",
      "How long it lasts, the day it runs out and the day to ask for a refill. As-needed orders",
      "count at their largest allowed use.",
      "Formats: text, json."
    })
final class SupplyCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin RequestOptions options;

  @Option(
      names = "--sig",
      description = "Directions, e.g. \"baclofen 10 mg tab: 1 tab po tid\"; repeat for a schedule.")
  List<String> sigs = new ArrayList<>();

  @Option(names = "--quantity", description = "Amount dispensed: \"90\" tablets or \"473 mL\".")
  Optional<String> quantity;

  @Option(names = "--fill-date", description = "Date dispensed (day 1), e.g. 2026-11-23.")
  Optional<LocalDate> fillDate;

  @Option(
      names = "--refill-margin-days",
      description = "Days before running out that a refill is due (default 7).")
  Optional<Integer> refillMarginDays;

  @Override
  public Integer call() {
    OutputFormat format = options.format(OutputFormat.TEXT, OutputFormat.JSON);
    Optional<RequestFields> json = options.request();
    Jurisdiction jurisdiction = options.jurisdiction(json);
    Knowledge knowledge = KnowledgeLoader.loadBundled();
    Inputs inputs = json.map(SupplyCommand::fromJson).orElseGet(this::fromFlags);
    SupplyResult result =
        calculate(inputs, new SigParser(knowledge, jurisdiction), new SupplyCalculator(knowledge));
    spec.commandLine()
        .getOut()
        .print(format == OutputFormat.JSON ? Answers.json(result) : text(inputs, result));
    spec.commandLine().getOut().flush();
    return Answers.exitCode(result.alerts());
  }

  /** The days' supply of what was asked; a sig that cannot be read or counted is a bad request. */
  static SupplyResult calculate(Inputs inputs, SigParser parser, SupplyCalculator calculator) {
    List<Sig> parsed = new ArrayList<>();
    for (String text : inputs.sigs()) {
      SigParse parse = parser.parse(text);
      if (parse instanceof Refused refused) {
        throw new BadRequestException("sig '" + text + "': " + refused.message());
      }
      parsed.add(((Parsed) parse).sig());
    }
    SupplySchedule schedule = SigSupply.of(parsed);
    if (schedule instanceof SupplySchedule.NotCountable notCountable) {
      throw new BadRequestException("the sig cannot be counted: " + notCountable.reason());
    }
    SupplySchedule.Countable countable = (SupplySchedule.Countable) schedule;
    BigDecimal amount = inputs.quantity().amountIn(countable.unit());
    return calculator.calculate(
        Requests.checked(
            () ->
                new SupplyRequest(
                    countable.steps(),
                    amount,
                    countable.unit(),
                    inputs.fillDate(),
                    inputs.refillMarginDays().orElse(SupplyRequest.DEFAULT_REFILL_MARGIN_DAYS))));
  }

  private Inputs fromFlags() {
    if (sigs.isEmpty()) {
      throw new BadRequestException("--sig is required (or give the whole request with --json)");
    }
    return new Inputs(
        sigs,
        DispensedQuantity.parse(
            "--quantity",
            quantity.orElseThrow(() -> new BadRequestException("--quantity is required"))),
        fillDate.orElseThrow(() -> new BadRequestException("--fill-date is required")),
        refillMarginDays);
  }

  /** The {@code supply} contract of DESIGN.md read from a JSON request. */
  static Inputs fromJson(RequestFields request) {
    request.allowOnly(
        "jurisdiction",
        "patient",
        "today",
        "sig",
        "sigs",
        "quantity",
        "fillDate",
        "refillMarginDays");
    List<String> sigs = new ArrayList<>();
    request.text("sig").ifPresent(sigs::add);
    sigs.addAll(request.texts("sigs"));
    if (sigs.isEmpty()) {
      throw new BadRequestException("sig is required (the directions as text), or sigs (a list)");
    }
    DispensedQuantity quantity =
        request
            .decimal("quantity")
            .map(DispensedQuantity::count)
            .orElseGet(() -> DispensedQuantity.parse("quantity", request.requiredText("quantity")));
    return new Inputs(
        sigs, quantity, request.requiredDate("fillDate"), request.integer("refillMarginDays"));
  }

  private static String text(Inputs inputs, SupplyResult result) {
    StringBuilder out = new StringBuilder("Days' supply\n\n");
    inputs.sigs().forEach(sig -> Answers.field(out, "Sig", sig));
    String unit = result.unit().plural();
    Answers.field(out, "Dispensed", result.quantity().toPlainString() + " " + unit);
    Answers.field(out, "Filled on (day 1)", result.fillDate());
    Answers.field(out, "Use a day (first step)", result.unitsPerDay().toPlainString() + " " + unit);
    result
        .dailyMg()
        .ifPresent(mg -> Answers.field(out, "Baclofen a day", mg.toPlainString() + " mg"));
    Answers.field(out, "Days' supply", result.daysSupply());
    result.runsOutOn().ifPresent(date -> Answers.field(out, "Runs out on", date));
    result
        .refillDueOn()
        .ifPresent(
            date ->
                Answers.field(
                    out,
                    "Ask for a refill by",
                    date + " (" + result.refillMarginDays() + " days before)"));
    if (result.coversWholeSchedule()) {
      out.append("  The supply covers the whole schedule; no refill is needed.\n");
    }
    out.append("\nHow:\n");
    result.arithmetic().forEach(line -> out.append("  ").append(line).append('\n'));
    out.append('\n').append(Answers.alertsText(result.alerts()));
    out.append(Answers.footer(result.rules(), result.sources()));
    return out.toString();
  }

  /** What the command was asked, whichever way it was asked. */
  record Inputs(
      List<String> sigs,
      DispensedQuantity quantity,
      LocalDate fillDate,
      Optional<Integer> refillMarginDays) {}

  /** A dispensed amount: a bare count of tablets, or a volume with its unit. */
  private record DispensedQuantity(String field, BigDecimal amount, Optional<Unit> unit) {

    static DispensedQuantity count(BigDecimal amount) {
      return new DispensedQuantity("quantity", amount, Optional.empty());
    }

    static DispensedQuantity parse(String field, String text) {
      String trimmed = text.trim();
      if (trimmed.matches("[0-9]+(\\.[0-9]+)?")) {
        return new DispensedQuantity(field, new BigDecimal(trimmed), Optional.empty());
      }
      try {
        Quantity quantity = Quantity.parse(trimmed);
        return new DispensedQuantity(field, quantity.amount(), Optional.of(quantity.unit()));
      } catch (QuantityFormatException e) {
        throw new BadRequestException(field + ": " + e.getMessage());
      }
    }

    BigDecimal amountIn(DispensedUnit counted) {
      if (unit.isEmpty()) {
        return amount;
      }
      if (counted == DispensedUnit.ML && unit.get() == Unit.ML) {
        return amount;
      }
      throw new BadRequestException(
          field
              + " is in "
              + unit.get().symbol()
              + " but the sig is counted in "
              + counted.plural());
    }
  }
}
