package org.tonus.core.check;

import java.util.ArrayList;
import java.util.List;
import org.tonus.core.alert.Alert;
import org.tonus.core.alert.AlertCode;
import org.tonus.core.alert.Severity;
import org.tonus.core.knowledge.Fact;
import org.tonus.core.sig.Sig;

/**
 * Another active baclofen order of any brand that this order does not replace (POL-01,
 * DOSE-GEN-01-F, BR-01-G), and each other centrally acting muscle relaxant (INT-12), baclofen
 * itself excluded from the class match.
 */
final class DuplicateRule implements CheckRule {
  /**
   * A one-time intrathecal bolus (a screening dose, an extra dose beside the pump) is given and
   * over: it neither duplicates a running regimen nor stays active beside the next order.
   */
  private static boolean singleBolus(Sig sig) {
    return IntrathecalSteps.first(sig).filter(IntrathecalSteps::bolus).isPresent()
        && sig.steps().size() == 1;
  }

  @Override
  public List<Alert> check(CheckContext context) {
    List<Alert> alerts = new ArrayList<>();
    if (context.sig().isEmpty()) {
      return alerts;
    }
    if (!context.replaces() && !singleBolus(context.sig().get())) {
      List<String> others = new ArrayList<>();
      context
          .currentSig()
          .filter(s -> s.isBaclofen() && !singleBolus(s))
          .ifPresent(s -> others.add(s.text()));
      context.baclofenMedications().stream()
          .filter(m -> m.sig().filter(DuplicateRule::singleBolus).isEmpty())
          .forEach(m -> others.add(m.text()));
      if (!others.isEmpty()) {
        alerts.add(
            Alerts.of(
                AlertCode.DUPLICATE_THERAPY,
                Severity.WARNING,
                "The patient already has baclofen ("
                    + String.join("; ", others)
                    + ") and this order does not replace it; all brands are the same drug and"
                    + " their doses add up.",
                List.of(context.facts().fact("DOSE-GEN-01-F"), context.facts().fact("BR-01-G")),
                Alerts.ABOUT,
                CheckFacts.BACLOFEN,
                "otherOrders",
                String.join("; ", others)));
      }
    }
    List<Fact> relaxantFacts = context.facts().relaxantInteractions();
    for (Medication medication : context.medications()) {
      if (medication.drug().id().equals(CheckFacts.BACLOFEN)
          || !medication.drug().classIds().contains(CheckFacts.MUSCLE_RELAXANTS)) {
        continue;
      }
      alerts.add(
          Alerts.of(
              AlertCode.DUPLICATE_THERAPY,
              Severity.WARNING,
              medication.text()
                  + " is another centrally acting muscle relaxant: combined, they add sedation and"
                  + " slow breathing. Review whether both are needed.",
              relaxantFacts,
              Alerts.ABOUT,
              medication.drug().id(),
              "medication",
              medication.text(),
              "class",
              CheckFacts.MUSCLE_RELAXANTS));
    }
    return alerts;
  }
}
