package org.tonus.core.check;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.tonus.core.alert.Alert;
import org.tonus.core.alert.AlertCode;
import org.tonus.core.alert.Severity;
import org.tonus.core.knowledge.Fact;
import org.tonus.core.knowledge.FactField;
import org.tonus.core.sig.SigStep;

/**
 * Stopping or cutting faster than the taper rule (POL-07): any interruption of intrathecal delivery
 * is critical (IT-16); an oral stop in fewer days than the taper minimum (WD-04-A), or a single cut
 * larger than one titration step (the same step the taper planner applies, POL-04-B/C), is a
 * warning.
 */
final class AbruptStopRule implements CheckRule {
  @Override
  public List<Alert> check(CheckContext context) {
    CheckFacts facts = context.facts();
    boolean stopsNow = context.isStop();
    Optional<Integer> taperDays = taperDays(context);
    if (!stopsNow && taperDays.isEmpty()) {
      return cut(context);
    }
    if (Previous.intrathecal(context)) {
      return List.of(
          Alerts.of(
              AlertCode.ABRUPT_STOP_RISK,
              Severity.CRITICAL,
              "This order interrupts intrathecal baclofen. Sudden loss of intrathecal delivery can"
                  + " cause high fever, altered mental state, rebound spasticity and muscle"
                  + " rigidity, and can be fatal; do not stop the pump abruptly.",
              List.of(facts.fact("IT-16"), facts.fact("POL-07")),
              Alerts.ABOUT,
              "stop"));
    }
    Fact taper = facts.taper(); // WD-04-A
    int minimum = taper.values().count(FactField.MINIMUM_DAYS).get();
    int days = taperDays.orElse(0);
    if (days >= minimum) {
      return List.of();
    }
    return List.of(
        Alerts.of(
            AlertCode.ABRUPT_STOP_RISK,
            Severity.WARNING,
            (days == 0 ? "Stopping baclofen at once" : "Stopping baclofen after " + days + " days")
                + " risks withdrawal (hallucinations, seizures, high fever, rebound spasticity);"
                + " taper over at least "
                + minimum
                + " days unless a serious adverse reaction requires a faster stop.",
            List.of(taper, facts.fact("POL-07")),
            Alerts.ABOUT,
            "stop",
            "taperDays",
            Integer.toString(days),
            "minimumTaperDays",
            Integer.toString(minimum)));
  }

  /** For a sig that ends in "then stop": the days of dosing before the stop. */
  private static Optional<Integer> taperDays(CheckContext context) {
    List<SigStep> steps = context.sig().map(s -> s.steps()).orElse(List.of());
    if (steps.isEmpty() || !steps.get(steps.size() - 1).stop()) {
      return Optional.empty();
    }
    int days = 0;
    for (SigStep step : steps) {
      days += step.durationDays().orElse(0);
    }
    return Optional.of(days);
  }

  private static List<Alert> cut(CheckContext context) {
    Optional<BigDecimal> before = Previous.oralDailyMg(context);
    Optional<BigDecimal> after = context.orderDailyMg();
    if (before.isEmpty()
        || after.isEmpty()
        || !context.oral(context.sig().get())
        || !context.replaces()
        || after.get().compareTo(before.get()) >= 0) {
      return List.of();
    }
    BigDecimal cut = before.get().subtract(after.get());
    Fact step = TitrationRule.adultStep(context, before.get());
    BigDecimal allowed = step.values().quantity(FactField.STEP).get().amount();
    if (!context.facts().isAdult(context.jurisdiction(), context.patient().ageYears())
        || cut.compareTo(allowed) <= 0) {
      return List.of();
    }
    return List.of(
        Alerts.of(
            AlertCode.ABRUPT_STOP_RISK,
            Severity.WARNING,
            "Cutting baclofen from "
                + DoseAboveMaxRule.plain(before.get())
                + " to "
                + DoseAboveMaxRule.plain(after.get())
                + " mg a day in one step risks withdrawal; reduce by at most "
                + DoseAboveMaxRule.plain(allowed)
                + " mg a day per step.",
            List.of(step, context.facts().taper(), context.facts().fact("POL-07")),
            Alerts.ABOUT,
            "stop",
            "fromDailyMg",
            DoseAboveMaxRule.plain(before.get()),
            "toDailyMg",
            DoseAboveMaxRule.plain(after.get())));
  }
}
