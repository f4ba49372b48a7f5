package org.tonus.core.intrathecal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tonus.core.alert.Alert;
import org.tonus.core.alert.AlertCode;
import org.tonus.core.alert.Severity;
import org.tonus.core.knowledge.Knowledge;

/**
 * Works out when an intrathecal pump reaches its low-reservoir alarm and when it must be refilled
 * (IT-13), refusing any input it cannot trust: a dose in mg, a concentration that is no product, a
 * reservoir holding another concentration than the pump is programmed for (IT-14), an alarm volume
 * not below the reservoir volume. Immutable and safe to share.
 */
public final class PumpRefillCalculator {
  /** A hundred years of days: beyond it no refill date is meaningful (see calculate). */
  private static final BigDecimal CALENDAR_LIMIT_DAYS = BigDecimal.valueOf(36_500);

  private final Knowledge knowledge;
  private final IntrathecalFacts facts;
  private final IntrathecalProducts products;

  public PumpRefillCalculator(Knowledge knowledge) {
    this.knowledge = knowledge;
    this.facts = new IntrathecalFacts(knowledge);
    this.products = new IntrathecalProducts(knowledge);
  }

  /** The refill arithmetic, or a refusal whose alerts name each input that could not be used. */
  public PumpRefillOutcome calculate(PumpRefillRequest request) {
    Citations citations = new Citations(knowledge);
    InputReader input = new InputReader(facts, products, citations, request.jurisdiction());
    Optional<BigDecimal> volume = input.millilitres("volume", request.volume(), false);
    Optional<BigDecimal> reserve = input.millilitres("reserve", request.reserve(), true);
    Optional<BigDecimal> concentration =
        input.concentration("concentration", request.concentration());
    Optional<BigDecimal> daily = input.micrograms("dailyDose", request.dailyDose(), true, false);
    Optional<BigDecimal> bolus =
        request.bolusPerDay().isPresent()
            ? input.micrograms("bolusPerDay", request.bolusPerDay().get(), true, true)
            : Optional.of(BigDecimal.ZERO);
    Optional<BigDecimal> programmed =
        request
            .programmedConcentration()
            .flatMap(p -> input.concentration("programmedConcentration", p));
    if (volume.isPresent() && reserve.isPresent() && reserve.get().compareTo(volume.get()) >= 0) {
      citations.cite(IntrathecalFacts.RESERVE_IS_LOCAL);
      input.invalid(
          "reserve",
          request.reserve(),
          "reserve "
              + request.reserve()
              + " is not below the reservoir volume "
              + request.volume()
              + ": nothing is usable before the alarm; check which number is the pump's"
              + " low-reservoir alarm volume");
    }
    if (input.refused()
        || volume.isEmpty()
        || reserve.isEmpty()
        || concentration.isEmpty()
        || daily.isEmpty()
        || bolus.isEmpty()) {
      return new IntrathecalRefusal(input.alerts(), citations.rules(), citations.sources());
    }
    if (programmed.isPresent() && programmed.get().compareTo(concentration.get()) != 0) {
      return mismatch(
          request, concentration.get(), programmed.get(), daily.get(), input, citations);
    }
    return refill(
        request,
        volume.get(),
        reserve.get(),
        concentration.get(),
        daily.get(),
        bolus.get(),
        input,
        citations);
  }

  private PumpRefillOutcome refill(
      PumpRefillRequest request,
      BigDecimal volume,
      BigDecimal reserve,
      BigDecimal concentration,
      BigDecimal daily,
      BigDecimal bolus,
      InputReader input,
      Citations citations) {
    List<Alert> alerts = new ArrayList<>(input.alerts());
    List<String> arithmetic = new ArrayList<>();
    BigDecimal perDay = daily.add(bolus);

    // IT-13-A: drug in the reservoir, and the part above the alarm volume
    BigDecimal total = Rates.plain(volume.multiply(concentration));
    BigDecimal usable = Rates.plain(volume.subtract(reserve).multiply(concentration));
    citations.cite(IntrathecalFacts.RESERVOIR_AMOUNT, IntrathecalFacts.RESERVE_IS_LOCAL);
    arithmetic.add(format("total = %s mL x %s mcg/mL = %s mcg", volume, concentration, total));
    arithmetic.add(
        format(
            "usable = (%s mL - %s mL reserve) x %s mcg/mL = %s mcg",
            volume, reserve, concentration, usable));
    if (bolus.signum() > 0) {
      arithmetic.add(
          format("daily use = %s + %s mcg/day of boluses = %s mcg/day", daily, bolus, perDay));
    }

    // IT-13-C, IT-13-F: pump rate
    Rates.Quotient rate = Rates.quotient(perDay, concentration);
    citations.cite(IntrathecalFacts.PUMP_RATE, IntrathecalFacts.RATE_ROUNDING);
    arithmetic.add(Rates.describe(perDay, concentration, rate));

    // Not a clinical limit: a reservoir "lasting" past any calendar the pump clinic works with
    // means the daily dose is not what was meant (a unit slip), and the dates cannot be made.
    if (total.divide(perDay, 0, RoundingMode.FLOOR).compareTo(CALENDAR_LIMIT_DAYS) > 0) {
      input.invalid(
          "dailyDose",
          request.dailyDose(),
          "dailyDose "
              + request.dailyDose()
              + " would make "
              + total.toPlainString()
              + " mcg last more than "
              + CALENDAR_LIMIT_DAYS
              + " days: check the dose and its unit");
      return new IntrathecalRefusal(input.alerts(), citations.rules(), citations.sources());
    }

    // IT-13-B, IT-13-E: whole days only, part days dropped
    long daysToReserve = wholeDays(usable, perDay);
    long daysToEmpty = wholeDays(total, perDay);
    citations.cite(IntrathecalFacts.DAYS_A_REFILL_LASTS, IntrathecalFacts.WHOLE_DAYS);
    arithmetic.add(
        format("days to alarm = floor(%s mcg / %s mcg/day) = %d", usable, perDay, daysToReserve));
    arithmetic.add(
        format("days to empty = floor(%s mcg / %s mcg/day) = %d", total, perDay, daysToEmpty));

    // IT-13-G: refill due a margin before the alarm, never before the refill itself
    int margin = request.effectiveMarginDays();
    LocalDate refillDate = request.refillDate();
    LocalDate alarmDate = refillDate.plusDays(daysToReserve);
    LocalDate emptyDate = refillDate.plusDays(daysToEmpty);
    LocalDate dueBy = alarmDate.minusDays(margin);
    if (dueBy.isBefore(refillDate)) {
      dueBy = refillDate;
    }
    citations.cite(IntrathecalFacts.REFILL_MARGIN);
    arithmetic.add(
        format(
            "alarm = %s + %d days = %s; refill due by = alarm - %d days (%s margin) = %s;"
                + " empty = %s + %d days = %s",
            refillDate,
            daysToReserve,
            alarmDate,
            margin,
            request.marginDays().isPresent() ? "clinic" : "default",
            dueBy,
            refillDate,
            daysToEmpty,
            emptyDate));

    ExperienceLimit.check(facts, perDay, citations).ifPresent(alerts::add);
    if (daysToReserve <= margin) {
      alerts.add(
          new Alert(
              AlertCode.CAUTION,
              Severity.WARNING,
              "The reservoir reaches its alarm volume "
                  + daysToReserve
                  + " days after the refill, within the "
                  + margin
                  + "-day margin: the refill is due at once; consider a higher concentration or"
                  + " a larger fill.",
              Map.of(
                  "daysToReserve",
                  Long.toString(daysToReserve),
                  "marginDays",
                  Integer.toString(margin)),
              citations.sourcesOf(IntrathecalFacts.REFILL_MARGIN)));
    }
    if (request.today().isPresent()) {
      timingAlert(request.today().get(), dueBy, alarmDate, emptyDate, citations)
          .ifPresent(alerts::add);
    }
    return new PumpRefill(
        refillDate,
        volume,
        reserve,
        concentration,
        daily,
        bolus,
        perDay,
        total,
        usable,
        rate.value(),
        rate.exact(),
        daysToReserve,
        daysToEmpty,
        alarmDate,
        dueBy,
        emptyDate,
        margin,
        arithmetic,
        alerts,
        citations.rules(),
        citations.sources());
  }

  /** POL-09, IT-14: the pump would deliver the programmed dose scaled by the two concentrations. */
  private IntrathecalRefusal mismatch(
      PumpRefillRequest request,
      BigDecimal reservoir,
      BigDecimal programmed,
      BigDecimal daily,
      InputReader input,
      Citations citations) {
    citations.cite(IntrathecalFacts.CONCENTRATION_MISMATCH);
    BigDecimal delivered = Rates.quotient(daily.multiply(reservoir), programmed).value();
    BigDecimal ratio = Rates.quotient(reservoir, programmed).value();
    Map<String, String> evidence = new LinkedHashMap<>();
    evidence.put("concentration", request.concentration().toString());
    evidence.put(
        "programmedConcentration", request.programmedConcentration().orElseThrow().toString());
    evidence.put("ratio", ratio.toPlainString());
    evidence.put("deliveredMcgPerDay", delivered.toPlainString());
    input.add(
        new Alert(
            AlertCode.UNIT_ERROR,
            Severity.CRITICAL,
            "The reservoir holds "
                + per(reservoir)
                + " but the pump is programmed for "
                + per(programmed)
                + ": it would deliver "
                + delivered.toPlainString()
                + " mcg/day instead of "
                + daily.toPlainString()
                + " mcg/day ("
                + ratio.toPlainString()
                + " times the dose, IT-14). Do not fill; reprogram the pump or use the programmed"
                + " concentration.",
            evidence,
            citations.sourcesOf(IntrathecalFacts.CONCENTRATION_MISMATCH)));
    return new IntrathecalRefusal(input.alerts(), citations.rules(), citations.sources());
  }

  /** Today against the due, alarm and empty dates: late is a warning, past the alarm critical. */
  private static Optional<Alert> timingAlert(
      LocalDate today,
      LocalDate dueBy,
      LocalDate alarmDate,
      LocalDate emptyDate,
      Citations citations) {
    Map<String, String> evidence = new LinkedHashMap<>();
    evidence.put("today", today.toString());
    evidence.put("refillDueBy", dueBy.toString());
    evidence.put("alarmDate", alarmDate.toString());
    evidence.put("emptyDate", emptyDate.toString());
    if (!today.isBefore(alarmDate)) {
      citations.cite(IntrathecalFacts.INTERRUPTION_RISK);
      String state =
          today.isBefore(emptyDate)
              ? "has reached its alarm volume (expected " + alarmDate + ")"
              : "may be empty (expected " + emptyDate + ")";
      return Optional.of(
          new Alert(
              AlertCode.ABRUPT_STOP_RISK,
              Severity.CRITICAL,
              "By today the reservoir "
                  + state
                  + ": refill now. An interruption of intrathecal delivery can cause"
                  + " life-threatening withdrawal (IT-16).",
              evidence,
              citations.sourcesOf(IntrathecalFacts.INTERRUPTION_RISK)));
    }
    if (today.isAfter(dueBy)) {
      citations.cite(IntrathecalFacts.INTERRUPTION_RISK);
      return Optional.of(
          new Alert(
              AlertCode.ABRUPT_STOP_RISK,
              Severity.WARNING,
              "The refill was due by "
                  + dueBy
                  + "; book it before the alarm date "
                  + alarmDate
                  + " so delivery is not interrupted (IT-16).",
              evidence,
              citations.sourcesOf(
                  IntrathecalFacts.REFILL_MARGIN, IntrathecalFacts.INTERRUPTION_RISK)));
    }
    return Optional.empty();
  }

  private static long wholeDays(BigDecimal mcg, BigDecimal mcgPerDay) {
    return mcg.divide(mcgPerDay, 0, RoundingMode.FLOOR).longValueExact();
  }

  /** Formats arithmetic with every BigDecimal in plain notation (no 1E+4). */
  private static String format(String pattern, Object... values) {
    Object[] plain =
        Arrays.stream(values).map(v -> v instanceof BigDecimal b ? b.toPlainString() : v).toArray();
    return String.format(Locale.ROOT, pattern, plain);
  }

  private static String per(BigDecimal mcgPerMl) {
    return mcgPerMl.toPlainString() + " mcg/mL";
  }
}
