package org.tonus.app;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tonus.app.output.OutputFormat;
import org.tonus.app.request.BadRequestException;
import org.tonus.app.request.RequestFields;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.knowledge.KnowledgeLoader;
import org.tonus.core.missed.MissedDoseAction;
import org.tonus.core.missed.MissedDoseAdvice;
import org.tonus.core.missed.MissedDoseAdvisor;
import org.tonus.core.missed.MissedDoseRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tonus missed}: what to do about a missed oral dose now; never a double dose. */
@Command(
    name = "missed",
    mixinStandardHelpOptions = true,
    description = {
      "A missed oral dose: take it now or leave it out; never a double dose.",
      "From when it was due, the time now and the next dose; times are local, e.g.",
      "2026-11-23T08:00.",
      "Formats: text, json."
    })
final class MissedCommand implements Callable<Integer> {
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin RequestOptions options;

  @Option(names = "--missed-at", paramLabel = "TIME", description = "When the dose was due.")
  Optional<String> missedAt;

  @Option(names = "--now", paramLabel = "TIME", description = "The time now (default: the clock).")
  Optional<String> now;

  @Option(names = "--next-dose-at", paramLabel = "TIME", description = "When the next dose is due.")
  Optional<String> nextDoseAt;

  @Option(names = "--dose-mg", paramLabel = "MG", description = "The usual dose, e.g. 10.")
  Optional<BigDecimal> doseMg;

  @Override
  public Integer call() {
    OutputFormat format = options.format(OutputFormat.TEXT, OutputFormat.JSON);
    Optional<RequestFields> json = options.request();
    Jurisdiction jurisdiction = options.jurisdiction(json);
    if (json.isPresent()
        && (missedAt.isPresent()
            || now.isPresent()
            || nextDoseAt.isPresent()
            || doseMg.isPresent())) {
      throw new BadRequestException("give the times either as flags or as --json, not both");
    }
    Optional<LocalDateTime> clock =
        Optional.of(LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES));
    MissedDoseRequest request =
        json.map(fields -> fromJson(fields, jurisdiction, clock))
            .orElseGet(() -> fromFlags(jurisdiction, clock.orElseThrow()));
    MissedDoseAdvice advice = new MissedDoseAdvisor(KnowledgeLoader.loadBundled()).advise(request);
    spec.commandLine()
        .getOut()
        .print(format == OutputFormat.JSON ? Answers.json(answer(advice)) : text(request, advice));
    spec.commandLine().getOut().flush();
    return Answers.OK;
  }

  private MissedDoseRequest fromFlags(Jurisdiction jurisdiction, LocalDateTime clock) {
    LocalDateTime missed =
        time(
            "--missed-at",
            missedAt.orElseThrow(
                () -> new BadRequestException("--missed-at is required (or give --json)")));
    LocalDateTime next =
        time(
            "--next-dose-at",
            nextDoseAt.orElseThrow(() -> new BadRequestException("--next-dose-at is required")));
    BigDecimal dose = doseMg.orElseThrow(() -> new BadRequestException("--dose-mg is required"));
    LocalDateTime at = now.map(value -> time("--now", value)).orElse(clock);
    return Requests.checked(() -> new MissedDoseRequest(jurisdiction, missed, at, next, dose));
  }

  /**
   * The {@code missed} contract of DESIGN.md. {@code now} falls back to {@code clock} when the
   * request gives none; the server passes none, since only the patient knows their local time.
   */
  static MissedDoseRequest fromJson(
      RequestFields request, Jurisdiction jurisdiction, Optional<LocalDateTime> clock) {
    request.allowOnly("jurisdiction", "missedAt", "now", "nextDoseAt", "doseMg");
    LocalDateTime missed = time(request.where("missedAt"), request.requiredText("missedAt"));
    LocalDateTime at =
        request
            .text("now")
            .map(value -> time(request.where("now"), value))
            .or(() -> clock)
            .orElseThrow(
                () ->
                    new BadRequestException(
                        "now is required: the patient's local time, e.g. 2026-11-23T10:30"));
    LocalDateTime next = time(request.where("nextDoseAt"), request.requiredText("nextDoseAt"));
    BigDecimal dose = request.requiredDecimal("doseMg");
    return Requests.checked(() -> new MissedDoseRequest(jurisdiction, missed, at, next, dose));
  }

  /** A local date and time such as 2026-11-23T08:00, its date in the range requests accept. */
  static LocalDateTime time(String field, String value) {
    LocalDateTime time;
    try {
      time = LocalDateTime.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new BadRequestException(
          field + " '" + value + "' is not a local date and time like 2026-11-23T08:00");
    }
    RequestFields.date(field, time.toLocalDate().toString());
    return time;
  }

  /** The missed-dose answer of the contract: action as its word (take_now, skip). */
  record MissedAnswer(
      String action,
      BigDecimal doseMg,
      boolean neverDouble,
      List<String> advice,
      long minutesSinceMissed,
      long minutesUntilNext,
      List<String> rules,
      List<String> sources) {}

  static MissedAnswer answer(MissedDoseAdvice advice) {
    return new MissedAnswer(
        advice.action().word(),
        advice.doseMg(),
        advice.neverDouble(),
        advice.advice(),
        advice.minutesSinceMissed(),
        advice.minutesUntilNext(),
        advice.rules(),
        advice.sources());
  }

  private static String text(MissedDoseRequest request, MissedDoseAdvice advice) {
    StringBuilder out = new StringBuilder("Missed dose\n\n");
    out.append(
            advice.action() == MissedDoseAction.TAKE_NOW
                ? "Take the missed dose now: " + mg(advice.doseMg()) + "."
                : "Leave out the missed dose: take nothing now.")
        .append(" Never take a double dose.\n\n");
    Answers.field(out, "Dose was due", request.missedAt().format(SHOWN));
    Answers.field(
        out,
        "Now",
        request.now().format(SHOWN) + " (" + duration(advice.minutesSinceMissed()) + " later)");
    Answers.field(
        out,
        "Next dose due",
        request.nextDoseAt().format(SHOWN) + " (in " + duration(advice.minutesUntilNext()) + ")");
    Answers.field(out, "Usual dose", mg(request.doseMg()));
    out.append("\nAdvice:\n");
    advice.advice().forEach(line -> out.append("  - ").append(line).append('\n'));
    out.append('\n').append(Answers.footer(advice.rules(), advice.sources()));
    return out.toString();
  }

  private static String mg(BigDecimal amount) {
    return amount.stripTrailingZeros().toPlainString() + " mg";
  }

  private static String duration(long minutes) {
    return minutes / 60 + " h " + minutes % 60 + " min";
  }
}
