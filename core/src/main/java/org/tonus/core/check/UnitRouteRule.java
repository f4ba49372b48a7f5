package org.tonus.core.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tonus.core.alert.Alert;
import org.tonus.core.alert.AlertCode;
import org.tonus.core.alert.Severity;
import org.tonus.core.knowledge.Route;
import org.tonus.core.quantity.Dimension;
import org.tonus.core.quantity.Unit;
import org.tonus.core.sig.AdministrationRoute;
import org.tonus.core.sig.DoseForm;
import org.tonus.core.sig.SigStep;

/**
 * Units and routes that do not fit (POL-09, POL-14): oral doses in mcg, intrathecal doses in mg at
 * microgram sizes (IT-12-B), a liquid volume whose concentration is unknown (ADM-01), baclofen
 * injected by a route it must never take (IT-07), tablets by the intrathecal route, and a pump
 * holding a concentration it is not programmed for (IT-14).
 */
final class UnitRouteRule implements CheckRule {
  private static final Set<AdministrationRoute> FORBIDDEN_INJECTION =
      EnumSet.of(
          AdministrationRoute.INTRAVENOUS,
          AdministrationRoute.INTRAMUSCULAR,
          AdministrationRoute.SUBCUTANEOUS,
          AdministrationRoute.EPIDURAL);

  @Override
  public List<Alert> check(CheckContext context) {
    List<Alert> alerts = new ArrayList<>();
    CheckFacts facts = context.facts();
    for (SigStep step : context.dosedSteps()) {
      Optional<AdministrationRoute> route = step.route();
      Optional<Unit> unit = step.dose().map(d -> d.high().unit());
      boolean intrathecal = route.filter(r -> r == AdministrationRoute.INTRATHECAL).isPresent();
      if (route.filter(FORBIDDEN_INJECTION::contains).isPresent()) {
        alerts.add(
            Alerts.of(
                AlertCode.ROUTE_ERROR,
                Severity.CRITICAL,
                "Baclofen injection is for the intrathecal route only; never give it "
                    + route.get().word()
                    + ".",
                List.of(facts.fact("IT-07-A"), facts.fact("IT-07-B")),
                Alerts.ABOUT,
                "route",
                "route",
                route.get().word()));
      } else if (intrathecal && step.form().filter(DoseForm::counted).isPresent()) {
        alerts.add(
            Alerts.of(
                AlertCode.ROUTE_ERROR,
                Severity.CRITICAL,
                "An oral product ("
                    + step.form().get().description()
                    + ") cannot be given by the intrathecal route.",
                List.of(facts.fact("IT-07-A")),
                Alerts.ABOUT,
                "route",
                "form",
                step.form().get().word()));
      }
      boolean oral =
          route.isEmpty()
              || route
                  .flatMap(AdministrationRoute::knowledgeRoute)
                  .filter(r -> r == Route.ORAL)
                  .isPresent();
      if (oral && unit.filter(u -> u == Unit.MCG).isPresent()) {
        alerts.add(
            Alerts.of(
                AlertCode.UNIT_ERROR,
                Severity.CRITICAL,
                "Oral baclofen is dosed in mg, but this order is in mcg: "
                    + step.dose().get()
                    + ". Check the unit.",
                List.of(facts.fact("IT-12-A"), facts.fact("IT-12-B")),
                Alerts.ABOUT,
                "unit",
                "dose",
                step.dose().get().toString()));
      }
      if (intrathecal
          && unit.filter(u -> u.dimension() == Dimension.MASS && u != Unit.MCG).isPresent()) {
        BigDecimal dailyMcg =
            step.dailyDose()
                .map(d -> d.high().to(Unit.MCG_PER_DAY).amount())
                .orElse(BigDecimal.ZERO);
        if (dailyMcg.compareTo(facts.experienceLimitMcgPerDay()) > 0) { // IT-06-C
          alerts.add(
              Alerts.of(
                  AlertCode.UNIT_ERROR,
                  Severity.CRITICAL,
                  "Intrathecal baclofen is dosed in mcg; "
                      + step.dose().get()
                      + " is "
                      + DoseAboveMaxRule.plain(dailyMcg)
                      + " mcg a day, a thousandfold error if mcg was meant.",
                  List.of(facts.fact("IT-12-A"), facts.fact("IT-12-B"), facts.experienceLimit()),
                  Alerts.ABOUT,
                  "unit",
                  "dose",
                  step.dose().get().toString(),
                  "dailyDoseMcg",
                  DoseAboveMaxRule.plain(dailyMcg)));
        }
      }
      if (step.concentrationUnknown()) {
        alerts.add(
            Alerts.of(
                AlertCode.UNIT_ERROR,
                Severity.WARNING,
                "The order gives a volume ("
                    + step.volume().get()
                    + ") of a liquid whose strength is not stated; oral liquids come in several"
                    + " strengths, so the dose in mg is unknown. Write the dose in mg or name the"
                    + " product and its strength.",
                List.of(facts.fact("ADM-01-A"), facts.fact("ADM-01-B")),
                Alerts.ABOUT,
                "volume",
                "volume",
                step.volume().get().toString()));
      }
    }
    context
        .request()
        .pump()
        .filter(
            p ->
                p.reservoirConcentrationMcgPerMl().compareTo(p.programmedConcentrationMcgPerMl())
                    != 0)
        .ifPresent(
            p ->
                alerts.add(
                    Alerts.of(
                        AlertCode.UNIT_ERROR,
                        Severity.CRITICAL,
                        "The pump reservoir holds "
                            + DoseAboveMaxRule.plain(p.reservoirConcentrationMcgPerMl())
                            + " mcg/mL but the pump is programmed for "
                            + DoseAboveMaxRule.plain(p.programmedConcentrationMcgPerMl())
                            + " mcg/mL: the delivered dose will be wrong. Reprogram before use.",
                        List.of(facts.fact("IT-14")),
                        Alerts.ABOUT,
                        "pump concentration",
                        "reservoirConcentrationMcgPerMl",
                        DoseAboveMaxRule.plain(p.reservoirConcentrationMcgPerMl()),
                        "programmedConcentrationMcgPerMl",
                        DoseAboveMaxRule.plain(p.programmedConcentrationMcgPerMl()))));
    return alerts;
  }
}
