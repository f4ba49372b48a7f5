package org.tonus.core.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tonus.core.alert.Alert;
import org.tonus.core.alert.AlertCode;
import org.tonus.core.alert.Severity;
import org.tonus.core.knowledge.Fact;
import org.tonus.core.knowledge.FactField;
import org.tonus.core.knowledge.Route;
import org.tonus.core.quantity.QuantityRange;
import org.tonus.core.quantity.Unit;
import org.tonus.core.sig.Sig;
import org.tonus.core.sig.SigStep;

/**
 * Oral titration pace (POL-04). A new adult start above the start ceiling (POL-04-A); a UK child
 * start above the mg/kg ceiling (POL-04-D); a rise larger than the step (POL-04-B up to its upper
 * limit, POL-04-C above) or sooner than its interval, from the current regimen or between the
 * order's own steps; a UK child's rise sooner than weekly (PED-UK-01-H).
 */
final class TitrationRule implements CheckRule {
  @Override
  public List<Alert> check(CheckContext context) {
    if (context.route() != Route.ORAL || context.orderDailyMg().isEmpty()) {
      return List.of();
    }
    CheckFacts facts = context.facts();
    int age = context.patient().ageYears();
    boolean adult = facts.isAdult(context.jurisdiction(), age);
    if (!adult && facts.childStep(context.jurisdiction()).isEmpty()) {
      return List.of(); // no child rule in this jurisdiction: PEDIATRIC_LIMIT covers it
    }
    Optional<List<BigDecimal>> dosed = context.levelsMg(context.sig().get());
    if (dosed.isEmpty()) {
      return List.of();
    }
    List<BigDecimal> levels = dosed.get();
    List<SigStep> steps = context.dosedSteps();
    List<Alert> alerts = new ArrayList<>();
    Optional<BigDecimal> previous = Previous.oralDailyMg(context);
    if (!Previous.exists(context)) {
      start(context, adult, levels.get(0)).ifPresent(alerts::add);
    } else if (previous.isPresent()) {
      Optional<Integer> since =
          context
              .request()
              .current()
              .flatMap(CurrentOrder::since)
              .map(d -> (int) ChronoUnit.DAYS.between(d, context.request().today()));
      // an order beside the current regimen raises the total by its own amount (POL-01)
      BigDecimal first = context.replaces() ? levels.get(0) : previous.get().add(levels.get(0));
      rise(context, adult, previous.get(), first, since).ifPresent(alerts::add);
    }
    for (int i = 1; i < levels.size() && alerts.isEmpty(); i++) {
      rise(context, adult, levels.get(i - 1), levels.get(i), steps.get(i - 1).durationDays())
          .ifPresent(alerts::add);
    }
    return alerts;
  }

  /**
   * The daily amount in mg/day of each dosed step of a sig, in order (the top of a range); empty
   * when the sig has no dosed step or one without a daily amount.
   */
  static Optional<List<BigDecimal>> levelsMg(Sig sig) {
    List<BigDecimal> levels = new ArrayList<>();
    for (SigStep step : sig.steps()) {
      if (step.stop()) {
        continue;
      }
      Optional<QuantityRange> daily = step.dailyDose();
      if (daily.isEmpty()) {
        return Optional.empty();
      }
      levels.add(daily.get().high().to(Unit.MG_PER_DAY).amount());
    }
    return levels.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(levels));
  }

  private static Optional<Alert> start(CheckContext context, boolean adult, BigDecimal dailyMg) {
    CheckFacts facts = context.facts();
    Optional<Fact> ceiling;
    BigDecimal limit;
    if (adult) {
      ceiling = facts.adultStartCeiling(context.jurisdiction()); // POL-04-A
      if (ceiling.isEmpty()) {
        return Optional.empty();
      }
      limit = ceiling.get().values().quantity(FactField.DAILY).get().to(Unit.MG_PER_DAY).amount();
    } else {
      ceiling = facts.childStartCeiling(context.jurisdiction()); // POL-04-D
      Optional<BigDecimal> weight = context.patient().weightKg();
      if (ceiling.isEmpty() || weight.isEmpty()) {
        return Optional.empty();
      }
      limit =
          ceiling
              .get()
              .values()
              .quantity(FactField.ABOVE)
              .get()
              .amount()
              .multiply(weight.get())
              .setScale(2, RoundingMode.DOWN);
    }
    if (dailyMg.compareTo(limit) <= 0) {
      return Optional.empty();
    }
    return Optional.of(
        Alerts.of(
            AlertCode.TITRATION_TOO_FAST,
            Severity.WARNING,
            "A new start of "
                + DoseAboveMaxRule.plain(dailyMg)
                + " mg a day is above the starting dose of at most "
                + DoseAboveMaxRule.plain(limit)
                + " mg a day; start low and raise step by step.",
            List.of(ceiling.get()),
            Alerts.ABOUT,
            "titration",
            "dailyDoseMg",
            DoseAboveMaxRule.plain(dailyMg),
            "startCeilingMg",
            DoseAboveMaxRule.plain(limit)));
  }

  private static Optional<Alert> rise(
      CheckContext context,
      boolean adult,
      BigDecimal fromMg,
      BigDecimal toMg,
      Optional<Integer> heldDays) {
    if (toMg.compareTo(fromMg) <= 0) {
      return Optional.empty();
    }
    BigDecimal rise = toMg.subtract(fromMg);
    Fact rule;
    Optional<BigDecimal> largest;
    if (adult) {
      rule = adultStep(context, toMg);
      largest =
          Optional.of(rule.values().quantity(FactField.STEP).get().to(Unit.MG_PER_DAY).amount());
    } else {
      rule = context.facts().childStep(context.jurisdiction()).orElseThrow(); // PED-UK-01-H
      largest =
          Optional.empty(); // the child step size is planning policy; only the pace is checked
    }
    int interval = rule.values().count(FactField.INTERVAL_DAYS).get();
    boolean tooLarge = largest.filter(l -> rise.compareTo(l) > 0).isPresent();
    boolean tooSoon = heldDays.filter(d -> d < interval).isPresent();
    if (!tooLarge && !tooSoon) {
      return Optional.empty();
    }
    String why =
        tooLarge
            ? "a rise of "
                + DoseAboveMaxRule.plain(rise)
                + " mg a day is more than the "
                + DoseAboveMaxRule.plain(largest.get())
                + " mg a day one step allows"
            : "the rise comes after "
                + heldDays.get()
                + (heldDays.get() == 1 ? " day" : " days")
                + ", sooner than the "
                + interval
                + " days between steps";
    return Optional.of(
        Alerts.of(
            AlertCode.TITRATION_TOO_FAST,
            Severity.WARNING,
            "Raising baclofen from "
                + DoseAboveMaxRule.plain(fromMg)
                + " to "
                + DoseAboveMaxRule.plain(toMg)
                + " mg a day is too fast: "
                + why
                + ".",
            List.of(rule),
            Alerts.ABOUT,
            "titration",
            "fromDailyMg",
            DoseAboveMaxRule.plain(fromMg),
            "toDailyMg",
            DoseAboveMaxRule.plain(toMg),
            "intervalDays",
            Integer.toString(interval)));
  }

  /**
   * The adult step governing a rise to {@code toMg}: the bounded step up to its limit, else the
   * open one.
   */
  static Fact adultStep(CheckContext context, BigDecimal toMg) {
    return context.facts().adultStep(context.jurisdiction(), toMg);
  }
}
