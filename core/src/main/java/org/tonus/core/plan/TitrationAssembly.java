package org.tonus.core.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.tonus.core.alert.Alert;
import org.tonus.core.alert.AlertCode;
import org.tonus.core.alert.Severity;
import org.tonus.core.knowledge.Fact;

/**
 * The common end of every titration: lay out the holds, say what could not be made, and why the
 * plan ends where it does.
 */
final class TitrationAssembly {
  private TitrationAssembly() {}

  static TitrationPlan assemble(
      TitrationRequest request,
      List<Hold> holds,
      Preparer preparer,
      Limits limits,
      DosingFacts facts,
      Provenance provenance,
      List<Alert> alerts) {
    Schedule schedule = Schedule.write(request.start(), holds, preparer, false);
    Fact exactDoses = facts.byId(PlanAlerts.EXACT_DOSES_POLICY);
    if (!schedule.notMakeable().isEmpty()) {
      provenance.cite(exactDoses);
      alerts.add(PlanAlerts.notMakeable(schedule, preparer, exactDoses));
    }
    BigDecimal reached = holds.get(holds.size() - 1).level().dailyMg();
    Limit binding = limits.binding();
    if (reached.compareTo(binding.dailyMg()) < 0) {
      provenance.cite(exactDoses);
      alerts.add(
          PlanAlerts.alert(
              AlertCode.CAUTION,
              Severity.INFO,
              "The plan ends at "
                  + Amounts.plain(reached)
                  + " mg a day. The limit here is "
                  + Amounts.plain(binding.dailyMg())
                  + " mg a day ("
                  + binding.description()
                  + "), and the next step in equal doses of "
                  + preparer.describe()
                  + " would go above it or rise faster than the titration rule.",
              exactDoses.sources(),
              "finalDailyMg",
              Amounts.plain(reached),
              "limitDailyMg",
              Amounts.plain(binding.dailyMg()),
              "limit",
              binding.description()));
    }
    return new TitrationPlan(
        schedule.steps(),
        schedule.totalMg(),
        schedule.tabletsNeeded(),
        schedule.liquidNeededMl(),
        limits.maximum(),
        alerts,
        provenance.rules(),
        provenance.sources());
  }

  /** DOSE_ABOVE_MAX for a target above the maximum (the plan itself stops at the maximum). */
  static Alert targetAboveMaximum(BigDecimal target, Limit maximum) {
    return PlanAlerts.alert(
        AlertCode.DOSE_ABOVE_MAX,
        Severity.WARNING,
        "The requested target of "
            + Amounts.plain(target)
            + " mg a day is above "
            + maximum.description()
            + " of "
            + Amounts.plain(maximum.dailyMg())
            + " mg a day. The plan stops at "
            + Amounts.plain(maximum.dailyMg())
            + " mg a day.",
        Provenance.sourcesOf(maximum.facts().toArray(Fact[]::new)),
        "targetDailyMg",
        Amounts.plain(target),
        "maximumDailyMg",
        Amounts.plain(maximum.dailyMg()),
        "facts",
        maximum.facts().stream().map(Fact::id).collect(Collectors.joining(", ")));
  }
}
