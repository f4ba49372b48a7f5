package org.tonus.core.check;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tonus.core.alert.Alert;
import org.tonus.core.alert.AlertCode;
import org.tonus.core.alert.Severity;
import org.tonus.core.knowledge.Fact;
import org.tonus.core.knowledge.FactField;
import org.tonus.core.quantity.Unit;

/**
 * The first intrathecal daily dose after implant (POL-12; IT-03-A, IT-03-B): when the current phase
 * is screening and the order is an intrathecal daily dose, it must not exceed the screening dose
 * that worked (the current bolus) times the implant-start multiplier. The request carries no effect
 * duration, so the largest multiplier (IT-03-A, x2) is the ceiling; the smaller start when the
 * effect lasted longer (IT-03-B) is named in the message and evidence, not applied. Above the
 * ceiling is {@code TITRATION_TOO_FAST}.
 */
final class IntrathecalImplantStartRule implements CheckRule {
  @Override
  public List<Alert> check(CheckContext context) {
    boolean screening =
        context
            .request()
            .current()
            .flatMap(CurrentOrder::phase)
            .filter(p -> p == CurrentOrder.Phase.SCREENING)
            .isPresent();
    if (!screening) {
      return List.of();
    }
    boolean dailyOrder =
        context
            .sig()
            .flatMap(IntrathecalSteps::first)
            .filter(s -> !IntrathecalSteps.bolus(s))
            .flatMap(IntrathecalSteps::mcg)
            .isPresent();
    Optional<BigDecimal> daily = context.sig().flatMap(context::dailyMcg);
    Optional<BigDecimal> screeningDose =
        context.currentSig().flatMap(IntrathecalSteps::first).flatMap(IntrathecalSteps::mcg);
    if (!dailyOrder || daily.isEmpty() || screeningDose.isEmpty()) {
      return List.of();
    }
    List<Fact> starts = context.facts().implantStarts();
    Fact ceilingRule = starts.get(0); // IT-03-A: the largest multiplier
    BigDecimal multiplier = ceilingRule.values().number(FactField.MULTIPLIER).orElseThrow();
    BigDecimal ceiling = screeningDose.get().multiply(multiplier);
    if (daily.get().compareTo(ceiling) <= 0) {
      return List.of();
    }
    String smaller = smallerStarts(starts.subList(1, starts.size()));
    return List.of(
        Alerts.of(
            AlertCode.TITRATION_TOO_FAST,
            Severity.WARNING,
            "A first daily dose after implant of "
                + DoseAboveMaxRule.plain(daily.get())
                + " mcg is above "
                + DoseAboveMaxRule.plain(ceiling)
                + " mcg a day, the screening dose that worked ("
                + DoseAboveMaxRule.plain(screeningDose.get())
                + " mcg) x "
                + DoseAboveMaxRule.plain(multiplier)
                + " ("
                + ceilingRule.id()
                + "). The request gives no effect duration, so x "
                + DoseAboveMaxRule.plain(multiplier)
                + " is applied as the ceiling"
                + (smaller.isEmpty() ? "" : "; " + smaller)
                + ".",
            starts,
            Alerts.ABOUT,
            "intrathecal implant start",
            "dailyDoseMcg",
            DoseAboveMaxRule.plain(daily.get()),
            "screeningDoseMcg",
            DoseAboveMaxRule.plain(screeningDose.get()),
            "multiplier",
            DoseAboveMaxRule.plain(multiplier),
            "ceilingMcg",
            DoseAboveMaxRule.plain(ceiling),
            "effectHours",
            "not given: the x " + DoseAboveMaxRule.plain(multiplier) + " ceiling applied"));
  }

  /** The starts that apply after a longer effect (IT-03-B), in words for the message. */
  private static String smallerStarts(List<Fact> starts) {
    return starts.stream()
        .map(
            f ->
                "if the effect lasted more than "
                    + f.values()
                        .quantity(FactField.EFFECT_LONGER_THAN)
                        .map(q -> DoseAboveMaxRule.plain(q.to(Unit.HOUR).amount()) + " h")
                        .orElse("the stated time")
                    + " the start is x "
                    + DoseAboveMaxRule.plain(f.values().number(FactField.MULTIPLIER).orElseThrow())
                    + " ("
                    + f.id()
                    + ")")
        .collect(Collectors.joining("; "));
  }
}
