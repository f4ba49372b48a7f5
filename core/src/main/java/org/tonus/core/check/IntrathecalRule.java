package org.tonus.core.check;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.tonus.core.alert.Alert;
import org.tonus.core.alert.AlertCode;
import org.tonus.core.alert.Severity;
import org.tonus.core.knowledge.Route;
import org.tonus.core.quantity.Unit;

/** An intrathecal daily dose in mcg beyond usual experience (POL-12, IT-06-C) is a caution. */
final class IntrathecalRule implements CheckRule {
  @Override
  public List<Alert> check(CheckContext context) {
    if (context.route() != Route.INTRATHECAL
        || context.dosedSteps().stream()
            .anyMatch(s -> s.dose().filter(d -> d.high().unit() != Unit.MCG).isPresent())) {
      return List.of();
    }
    Optional<BigDecimal> infusion = infusionBeside(context);
    Optional<BigDecimal> daily =
        context.sig().flatMap(context::dailyMcg).map(d -> d.add(infusion.orElse(BigDecimal.ZERO)));
    BigDecimal limit = context.facts().experienceLimitMcgPerDay();
    if (daily.isEmpty() || daily.get().compareTo(limit) <= 0) {
      return List.of();
    }
    return List.of(
        Alerts.of(
            AlertCode.CAUTION,
            Severity.WARNING,
            "An intrathecal dose of "
                + DoseAboveMaxRule.plain(daily.get())
                + " mcg a day"
                + infusion.map(i -> " (the bolus with the running infusion)").orElse("")
                + " is beyond usual experience (above "
                + DoseAboveMaxRule.plain(limit)
                + " mcg a day); check for pump or catheter problems before going higher.",
            List.of(context.facts().experienceLimit()),
            Alerts.ABOUT,
            "intrathecal experience",
            "dailyDoseMcg",
            DoseAboveMaxRule.plain(daily.get()),
            "usualExperienceMcg",
            DoseAboveMaxRule.plain(limit)));
  }

  /**
   * The running infusion in mcg/day when the order is a single bolus given beside it: on that day
   * the patient receives both.
   */
  private static Optional<BigDecimal> infusionBeside(CheckContext context) {
    boolean bolus =
        context.sig().flatMap(IntrathecalSteps::first).filter(IntrathecalSteps::bolus).isPresent();
    if (!bolus || context.replaces()) {
      return Optional.empty();
    }
    return context
        .currentSig()
        .filter(
            s -> IntrathecalSteps.first(s).filter(st -> !IntrathecalSteps.bolus(st)).isPresent())
        .flatMap(Doses::dailyMcg);
  }
}
