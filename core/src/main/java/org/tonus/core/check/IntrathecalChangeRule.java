package org.tonus.core.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.tonus.core.alert.Alert;
import org.tonus.core.alert.AlertCode;
import org.tonus.core.alert.Severity;
import org.tonus.core.knowledge.DoseChangePhase;
import org.tonus.core.knowledge.Fact;
import org.tonus.core.knowledge.FactField;
import org.tonus.core.knowledge.FactKind;
import org.tonus.core.knowledge.Population;
import org.tonus.core.knowledge.Route;
import org.tonus.core.knowledge.SpasticityOrigin;
import org.tonus.core.quantity.QuantityRange;

/**
 * An intrathecal change from the current daily dose against the caps of its phase and spasticity
 * origin (POL-12): titration per day IT-04-A (spinal), IT-04-B (cerebral), IT-04-C (children);
 * maintenance per refill IT-05-A/B, children on the cerebral cap (PED-IT-02-C). A rise above the
 * cap is TITRATION_TOO_FAST; a maintenance cut beyond the decrease cap is ABRUPT_STOP_RISK. Needs
 * the current phase and the origin; without them it says nothing rather than guess.
 */
final class IntrathecalChangeRule implements CheckRule {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Override
  public List<Alert> check(CheckContext context) {
    if (context.route() != Route.INTRATHECAL) {
      return List.of();
    }
    Optional<BigDecimal> to = context.sig().flatMap(context::dailyMcg);
    Optional<BigDecimal> from =
        context.currentSig().filter(s -> !context.oral(s)).flatMap(context::dailyMcg);
    Optional<CurrentOrder.Phase> phase = context.request().current().flatMap(CurrentOrder::phase);
    Optional<SpasticityOrigin> origin = context.patient().spasticityOrigin();
    if (to.isEmpty()
        || from.isEmpty()
        || from.get().signum() == 0
        || phase.isEmpty()
        || phase.get() == CurrentOrder.Phase.SCREENING
        || origin.isEmpty()) {
      return List.of();
    }
    DoseChangePhase wanted =
        phase.get() == CurrentOrder.Phase.TITRATION
            ? DoseChangePhase.TITRATION
            : DoseChangePhase.MAINTENANCE;
    boolean child =
        context.facts().fact("IT-04-E").scope().ageBelowYears().getAsInt()
            > context.patient().ageYears();
    Optional<Fact> cap = cap(context, wanted, origin.get(), child);
    if (cap.isEmpty()) {
      return List.of();
    }
    BigDecimal changePercent =
        to.get().subtract(from.get()).multiply(HUNDRED).divide(from.get(), 1, RoundingMode.HALF_UP);
    Optional<QuantityRange> increase = cap.get().values().range(FactField.INCREASE);
    Optional<QuantityRange> decrease = cap.get().values().range(FactField.DECREASE);
    List<Fact> cited =
        child && wanted == DoseChangePhase.MAINTENANCE
            ? List.of(cap.get(), context.facts().fact("PED-IT-02-C"))
            : List.of(cap.get());
    if (changePercent.signum() > 0
        && increase.filter(i -> changePercent.compareTo(i.high().amount()) > 0).isPresent()) {
      return List.of(
          alert(
              AlertCode.TITRATION_TOO_FAST,
              "titration",
              from.get(),
              to.get(),
              changePercent,
              "above the "
                  + DoseAboveMaxRule.plain(increase.get().high().amount())
                  + " % increase cap",
              cited));
    }
    if (changePercent.signum() < 0
        && decrease
            .filter(d -> changePercent.negate().compareTo(d.high().amount()) > 0)
            .isPresent()) {
      return List.of(
          alert(
              AlertCode.ABRUPT_STOP_RISK,
              "stop",
              from.get(),
              to.get(),
              changePercent,
              "beyond the "
                  + DoseAboveMaxRule.plain(decrease.get().high().amount())
                  + " % decrease cap",
              cited));
    }
    return List.of();
  }

  private static Optional<Fact> cap(
      CheckContext context, DoseChangePhase phase, SpasticityOrigin origin, boolean child) {
    List<Fact> caps =
        context
            .facts()
            .of(FactKind.DOSE_CHANGE_CAP)
            .filter(f -> f.values().choice(FactField.PHASE, DoseChangePhase.class).get() == phase)
            .filter(f -> f.scope().appliesIn(context.jurisdiction()))
            .toList();
    if (child && phase == DoseChangePhase.TITRATION) {
      Optional<Fact> forChildren =
          caps.stream()
              .filter(f -> f.scope().population().equals(Optional.of(Population.CHILD)))
              .findFirst(); // IT-04-C
      if (forChildren.isPresent()) {
        return forChildren;
      }
    }
    SpasticityOrigin applied = child ? SpasticityOrigin.CEREBRAL : origin; // PED-IT-02-C
    return caps.stream()
        .filter(f -> f.scope().population().isEmpty())
        .filter(f -> f.values().choice(FactField.ORIGIN, SpasticityOrigin.class).get() == applied)
        .findFirst();
  }

  private static Alert alert(
      AlertCode code,
      String about,
      BigDecimal from,
      BigDecimal to,
      BigDecimal percent,
      String why,
      List<Fact> facts) {
    return Alerts.of(
        code,
        Severity.WARNING,
        "Changing intrathecal baclofen from "
            + DoseAboveMaxRule.plain(from)
            + " to "
            + DoseAboveMaxRule.plain(to)
            + " mcg a day is a change of "
            + percent.toPlainString()
            + " %, "
            + why
            + " ("
            + facts.get(0).id()
            + ").",
        facts,
        Alerts.ABOUT,
        about,
        "fromDailyMcg",
        DoseAboveMaxRule.plain(from),
        "toDailyMcg",
        DoseAboveMaxRule.plain(to),
        "changePercent",
        percent.toPlainString());
  }
}
