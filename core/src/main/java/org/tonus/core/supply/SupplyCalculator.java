package org.tonus.core.supply;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tonus.core.alert.Alert;
import org.tonus.core.alert.AlertCode;
import org.tonus.core.alert.Severity;
import org.tonus.core.knowledge.Fact;
import org.tonus.core.knowledge.Knowledge;

/**
 * Days' supply and refill dates (POL-15): floor(quantity ÷ units a day), walked step by step over
 * the schedule, with the fill date as day 1. As-needed steps count at their maximum
 * (DOSE-GEN-01-F). Only whole days count, so days' supply × daily use never exceeds the quantity.
 * Immutable.
 */
public final class SupplyCalculator {
  /**
   * The research fact sheet's days'-supply policy (section 24). The pack has no fact with this id
   * yet, so it is cited with its source, the project policy.
   */
  static final String DAYS_SUPPLY_POLICY = "POL-15";

  static final String POLICY_SOURCE = "tonus-policy";
  private static final String AS_NEEDED_AT_MAXIMUM = "DOSE-GEN-01-F";

  private final Fact asNeededAtMaximum;

  public SupplyCalculator(Knowledge knowledge) {
    this.asNeededAtMaximum =
        knowledge
            .fact(AS_NEEDED_AT_MAXIMUM)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "the knowledge pack lacks fact " + AS_NEEDED_AT_MAXIMUM));
  }

  public SupplyResult calculate(SupplyRequest request) {
    List<SupplyStep> steps = request.steps();
    LocalDate fillDate = request.fillDate();
    String unit = request.unit().plural();
    List<String> arithmetic = new ArrayList<>();
    List<SupplyPeriod> periods = new ArrayList<>();
    BigDecimal remaining = request.quantity();
    long days = 0;
    boolean coversWholeSchedule = true;
    for (int i = 0; i < steps.size() && coversWholeSchedule; i++) {
      SupplyStep step = steps.get(i);
      BigDecimal perDay = step.unitsPerDay();
      long whole = remaining.divide(perDay, 0, RoundingMode.FLOOR).longValueExact();
      long covered = whole;
      if (step.durationDays().isPresent() && whole >= step.durationDays().getAsInt()) {
        covered = step.durationDays().getAsInt();
      } else {
        coversWholeSchedule = false;
      }
      BigDecimal used = plain(perDay.multiply(BigDecimal.valueOf(covered)));
      arithmetic.add(describe(i, step, remaining, whole, covered, used, unit));
      if (covered > 0) {
        LocalDate from = fillDate.plusDays(days);
        periods.add(
            new SupplyPeriod(i + 1, from, from.plusDays(covered - 1), covered, perDay, used));
      }
      remaining = remaining.subtract(used);
      days += covered;
    }
    BigDecimal usedTotal = plain(request.quantity().subtract(remaining));
    remaining = plain(remaining);

    Optional<LocalDate> runsOutOn = Optional.empty();
    Optional<LocalDate> refillDueOn = Optional.empty();
    if (coversWholeSchedule) {
      arithmetic.add(
          "the schedule ends after "
              + days
              + " days with "
              + remaining.toPlainString()
              + " "
              + unit
              + " left: nothing runs out, no refill is due");
    } else {
      LocalDate out = fillDate.plusDays(days);
      LocalDate due = out.minusDays(request.refillMarginDays());
      if (due.isBefore(fillDate)) {
        due = fillDate;
      }
      runsOutOn = Optional.of(out);
      refillDueOn = Optional.of(due);
      arithmetic.add(
          "runs out on "
              + fillDate
              + " + "
              + days
              + " days = "
              + out
              + " (fill date is day 1); refill due "
              + request.refillMarginDays()
              + " days before = "
              + due
              + (out.minusDays(request.refillMarginDays()).isBefore(fillDate)
                  ? " (not before the fill date)"
                  : ""));
    }

    List<Alert> alerts = new ArrayList<>();
    if (days == 0) {
      alerts.add(
          new Alert(
              AlertCode.CAUTION,
              Severity.WARNING,
              "The quantity dispensed, "
                  + request.quantity().toPlainString()
                  + " "
                  + unit
                  + ", is less than one day's use of "
                  + steps.get(0).unitsPerDay().toPlainString()
                  + " "
                  + unit
                  + ": it does not cover a single full day.",
              Map.of(
                  "quantity",
                  request.quantity().toPlainString(),
                  "unitsPerDay",
                  steps.get(0).unitsPerDay().toPlainString()),
              List.of(POLICY_SOURCE)));
    }

    Set<String> rules = new LinkedHashSet<>(List.of(DAYS_SUPPLY_POLICY));
    Set<String> sources = new LinkedHashSet<>(List.of(POLICY_SOURCE));
    if (steps.stream().anyMatch(SupplyStep::asNeeded)) {
      rules.add(asNeededAtMaximum.id());
      sources.addAll(asNeededAtMaximum.sources());
    }
    SupplyStep first = steps.get(0);
    return new SupplyResult(
        first.unitsPerDay(),
        first.dailyMg(),
        request.unit(),
        request.quantity(),
        fillDate,
        days,
        usedTotal,
        remaining,
        coversWholeSchedule,
        runsOutOn,
        refillDueOn,
        request.refillMarginDays(),
        periods,
        arithmetic,
        alerts,
        List.copyOf(rules),
        List.copyOf(sources));
  }

  private static String describe(
      int index,
      SupplyStep step,
      BigDecimal remaining,
      long whole,
      long covered,
      BigDecimal used,
      String unit) {
    String perDay = step.unitsPerDay().toPlainString() + " " + unit + "/day";
    String line =
        "step "
            + (index + 1)
            + ": "
            + perDay
            + (step.asNeeded() ? " (as needed, at its maximum)" : "")
            + "; floor("
            + remaining.toPlainString()
            + " / "
            + step.unitsPerDay().toPlainString()
            + ") = "
            + whole
            + " days";
    if (step.durationDays().isPresent()) {
      line += " available, step lasts " + step.durationDays().getAsInt() + " days";
    }
    return line + " -> " + covered + " days, " + used.toPlainString() + " " + unit + " used";
  }

  /** Drops trailing zeros without exponent notation, so 30.0 tablets reads 30. */
  private static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
