package org.tonus.core.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tonus.core.alert.Alert;
import org.tonus.core.alert.AlertCode;
import org.tonus.core.alert.Severity;
import org.tonus.core.knowledge.Fact;
import org.tonus.core.knowledge.FactField;
import org.tonus.core.knowledge.FactKind;
import org.tonus.core.knowledge.MarketStatus;
import org.tonus.core.knowledge.ProductForm;
import org.tonus.core.quantity.Dimension;
import org.tonus.core.quantity.Quantity;
import org.tonus.core.quantity.Unit;
import org.tonus.core.sig.DoseForm;
import org.tonus.core.sig.SigStep;

/**
 * A tablet strength with no marketed product in the jurisdiction (PROD-01, PROD-09) is a caution:
 * the order cannot be dispensed as written (DESIGN, CAUTION). Only tablets are judged; liquids'
 * strengths are the unit rule's concern.
 */
final class MarketedStrengthRule implements CheckRule {
  @Override
  public List<Alert> check(CheckContext context) {
    for (SigStep step : context.dosedSteps()) {
      if (step.form().filter(f -> f == DoseForm.TABLET).isEmpty()
          || step.strength().isEmpty()
          || step.strength().get().amount().dimension() != Dimension.MASS) {
        continue;
      }
      Quantity strength = step.strength().get().amount();
      List<Fact> tablets = marketedTablets(context);
      boolean marketed =
          tablets.stream()
              .map(f -> f.values().quantity(FactField.STRENGTH).get().to(Unit.MG).amount())
              .anyMatch(mg -> mg.compareTo(strength.to(Unit.MG).amount()) == 0);
      if (!marketed && !tablets.isEmpty()) {
        List<String> known = new ArrayList<>();
        tablets.forEach(f -> known.add(f.values().quantity(FactField.STRENGTH).get().toString()));
        return List.of(
            Alerts.of(
                AlertCode.CAUTION,
                Severity.WARNING,
                "No "
                    + strength
                    + " tablet is marketed in the "
                    + context.jurisdiction()
                    + " (tablets: "
                    + String.join(", ", known)
                    + "); write the dose with a marketed strength.",
                tablets,
                Alerts.ABOUT,
                "strength",
                "strength",
                strength.toString()));
      }
    }
    return List.of();
  }

  private static List<Fact> marketedTablets(CheckContext context) {
    return context
        .facts()
        .of(FactKind.PRODUCT)
        .filter(f -> f.scope().appliesIn(context.jurisdiction()))
        .filter(
            f ->
                f.values()
                    .choice(FactField.FORM, ProductForm.class)
                    .equals(Optional.of(ProductForm.TABLET)))
        .filter(
            f ->
                f.values()
                    .choice(FactField.MARKET_STATUS, MarketStatus.class)
                    .equals(Optional.of(MarketStatus.MARKETED)))
        .filter(f -> f.values().quantity(FactField.STRENGTH).isPresent())
        .toList();
  }
}
