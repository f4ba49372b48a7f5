package org.tonus.core.intrathecal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.tonus.core.knowledge.Fact;
import org.tonus.core.knowledge.FactField;
import org.tonus.core.knowledge.FactKind;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.knowledge.Knowledge;
import org.tonus.core.knowledge.MarketStatus;
import org.tonus.core.knowledge.ProductForm;
import org.tonus.core.quantity.Unit;

/** The marketed intrathecal products of the pack (PROD-06, PROD-07, PROD-09), by concentration. */
final class IntrathecalProducts {

  /** One product's concentration in mcg/mL and the fact that lists it. */
  record Product(BigDecimal mcgPerMl, Fact fact) {}

  private final List<Product> products;

  IntrathecalProducts(Knowledge knowledge) {
    this.products =
        knowledge
            .facts()
            .filter(f -> f.kind() == FactKind.PRODUCT)
            .filter(
                f ->
                    f.values()
                        .choice(FactField.FORM, ProductForm.class)
                        .equals(Optional.of(ProductForm.INTRATHECAL_INJECTION)))
            .filter(
                f ->
                    f.values()
                        .choice(FactField.MARKET_STATUS, MarketStatus.class)
                        .equals(Optional.of(MarketStatus.MARKETED)))
            .map(
                f ->
                    new Product(
                        Rates.plain(
                            f.values()
                                .quantity(FactField.CONCENTRATION_VALUE)
                                .orElseThrow()
                                .to(Unit.MCG_PER_ML)
                                .amount()),
                        f))
            .toList();
    if (products.isEmpty()) {
      throw new IllegalStateException("the knowledge pack lists no marketed intrathecal product");
    }
  }

  /** The products of this jurisdiction at exactly this concentration. */
  List<Product> at(Jurisdiction jurisdiction, BigDecimal mcgPerMl) {
    return products.stream()
        .filter(p -> p.fact().scope().appliesIn(jurisdiction))
        .filter(p -> p.mcgPerMl().compareTo(mcgPerMl) == 0)
        .toList();
  }

  /** The jurisdiction's concentrations in mcg/mL, ascending, each once. */
  List<BigDecimal> concentrations(Jurisdiction jurisdiction) {
    return products.stream()
        .filter(p -> p.fact().scope().appliesIn(jurisdiction))
        .map(Product::mcgPerMl)
        .distinct()
        .sorted()
        .toList();
  }
}
