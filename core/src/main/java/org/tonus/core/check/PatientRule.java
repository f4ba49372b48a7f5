package org.tonus.core.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tonus.core.alert.Alert;
import org.tonus.core.alert.AlertCode;
import org.tonus.core.alert.Severity;
import org.tonus.core.knowledge.Fact;
import org.tonus.core.knowledge.FactKind;
import org.tonus.core.knowledge.Route;
import org.tonus.core.sig.DoseForm;

/**
 * Who the patient is: age below the established range for the route (POL-06: PED-US-02 for
 * intrathecal, PED-US-01 and PED-UK-03), tablets for a light child (PED-UK-01-G), age 65 or over
 * (POL-16, GER-01-A), and pregnancy or breastfeeding (CAU-13-B).
 */
final class PatientRule implements CheckRule {
  @Override
  public List<Alert> check(CheckContext context) {
    List<Alert> alerts = new ArrayList<>();
    CheckFacts facts = context.facts();
    int age = context.patient().ageYears();
    boolean ordering = context.sig().isPresent();
    if (ordering) {
      for (Fact limit : facts.pediatricAgeLimits(context.jurisdiction(), context.route())) {
        int below = limit.scope().ageBelowYears().getAsInt();
        if (age < below) {
          alerts.add(
              Alerts.of(
                  AlertCode.PEDIATRIC_LIMIT,
                  Severity.WARNING,
                  (context.route() == Route.INTRATHECAL ? "Intrathecal" : "Oral")
                      + " baclofen is not established below "
                      + below
                      + " years in the "
                      + context.jurisdiction()
                      + "; this patient is "
                      + age
                      + ". Specialist use only.",
                  List.of(limit),
                  Alerts.ABOUT,
                  "age",
                  "ageYears",
                  Integer.toString(age),
                  "establishedFromYears",
                  Integer.toString(below)));
        }
      }
      boolean tablets =
          context.dosedSteps().stream()
              .anyMatch(s -> s.form().filter(f -> f == DoseForm.TABLET).isPresent());
      Optional<BigDecimal> weight = context.patient().weightKg();
      if (tablets && weight.isPresent() && !facts.isAdult(context.jurisdiction(), age)) {
        facts
            .tabletWeightLimit(context.jurisdiction())
            .filter(f -> weight.get().compareTo(f.scope().weightBelowKg().get()) < 0)
            .ifPresent(
                f ->
                    alerts.add(
                        Alerts.of(
                            AlertCode.CAUTION,
                            Severity.INFO,
                            "Tablets do not suit a child under "
                                + DoseAboveMaxRule.plain(f.scope().weightBelowKg().get())
                                + " kg; use the oral liquid.",
                            List.of(f),
                            Alerts.ABOUT,
                            "tablets for a child",
                            "weightKg",
                            DoseAboveMaxRule.plain(weight.get()))));
      }
    }
    facts
        .elderlyCaution()
        .filter(f -> age >= f.scope().ageFromYears().getAsInt())
        .ifPresent(
            f ->
                alerts.add(
                    Alerts.of(
                        AlertCode.CAUTION,
                        Severity.WARNING,
                        "Age "
                            + age
                            + ": older people are more sensitive to baclofen (sedation, confusion,"
                            + " falls); start low and raise slowly.",
                        List.of(f),
                        Alerts.ABOUT,
                        "age",
                        "ageYears",
                        Integer.toString(age))));
    boolean pregnant = context.request().patient().pregnant() || has(context, CheckFacts.PREGNANCY);
    boolean breastfeeding =
        context.request().patient().breastfeeding() || has(context, CheckFacts.BREASTFEEDING);
    if (pregnant || breastfeeding) {
      List<Fact> cautions =
          facts
              .of(FactKind.CAUTION)
              .filter(
                  f ->
                      CheckFacts.conditionIds(f).contains(CheckFacts.PREGNANCY)
                          || CheckFacts.conditionIds(f).contains(CheckFacts.BREASTFEEDING))
              .toList();
      String state =
          pregnant && breastfeeding
              ? "pregnant and breastfeeding"
              : pregnant ? "pregnant" : "breastfeeding";
      alerts.add(
          Alerts.of(
              AlertCode.PREGNANCY_LACTATION,
              Severity.WARNING,
              "The patient is "
                  + state
                  + ": baclofen reaches the "
                  + (pregnant ? "unborn baby" : "breast milk")
                  + ", and the baby can have withdrawal if it stops suddenly. Weigh benefit and"
                  + " risk and avoid abrupt stops.",
              cautions,
              Alerts.ABOUT,
              "pregnancy",
              "state",
              state));
    }
    return alerts;
  }

  private static boolean has(CheckContext context, String conditionId) {
    for (MatchedCondition matched : context.conditions()) {
      if (matched.condition().id().equals(conditionId)) {
        return true;
      }
    }
    return false;
  }
}
