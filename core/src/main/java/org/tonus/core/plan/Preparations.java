package org.tonus.core.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tonus.core.alert.Alert;
import org.tonus.core.alert.AlertCode;
import org.tonus.core.alert.Severity;
import org.tonus.core.knowledge.Fact;
import org.tonus.core.knowledge.FactField;
import org.tonus.core.knowledge.FactKind;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.knowledge.MarketStatus;
import org.tonus.core.knowledge.ProductForm;
import org.tonus.core.knowledge.Route;
import org.tonus.core.quantity.Unit;

/**
 * Chooses how a plan's doses are made: tablets (the jurisdiction's or the prescriber's strengths),
 * or an oral liquid when one is asked for or the patient needs one. A strength or concentration
 * that is not marketed in the jurisdiction is used as asked, with a caution.
 */
final class Preparations {

  /** The preparer chosen, the cautions about it, and the product facts it rests on. */
  record Choice(Preparer preparer, List<Alert> alerts, List<Fact> facts) {}

  private final List<Fact> products;

  /**
   * The splitters of the marketed strengths, whole tablets only and with halves, per jurisdiction:
   * most plans use them, and a splitter is immutable, so each is made once.
   */
  private final Map<Jurisdiction, TabletSplitter> marketedWhole = new EnumMap<>(Jurisdiction.class);

  private final Map<Jurisdiction, TabletSplitter> marketedWithHalves =
      new EnumMap<>(Jurisdiction.class);

  Preparations(DosingFacts facts) {
    this.products = facts.ofKind(FactKind.PRODUCT).toList();
    for (Jurisdiction jurisdiction : Jurisdiction.values()) {
      marketedWhole.put(jurisdiction, TabletSplitter.of(products, jurisdiction, List.of(), false));
      marketedWithHalves.put(
          jurisdiction, TabletSplitter.of(products, jurisdiction, List.of(), true));
    }
  }

  /** Empty only when a liquid is needed and the jurisdiction markets none. */
  Optional<Choice> choose(
      Jurisdiction jurisdiction,
      List<BigDecimal> tabletStrengthsMg,
      boolean allowHalves,
      Optional<BigDecimal> liquidMgPerMl,
      boolean liquidNeeded) {
    if (liquidMgPerMl.isPresent() || liquidNeeded) {
      return liquid(jurisdiction, liquidMgPerMl);
    }
    TabletSplitter splitter =
        tabletStrengthsMg.isEmpty()
            ? marketed(jurisdiction, allowHalves)
            : TabletSplitter.of(products, jurisdiction, tabletStrengthsMg, allowHalves);
    List<Alert> alerts = new ArrayList<>();
    if (!splitter.unmarketedStrengthsMg().isEmpty()) {
      TabletSplitter marketed = marketed(jurisdiction, false);
      Map<String, String> evidence = new LinkedHashMap<>();
      evidence.put("strengthsMg", joined(splitter.unmarketedStrengthsMg()));
      evidence.put("marketedStrengthsMg", joined(marketed.strengthsMg()));
      alerts.add(
          new Alert(
              AlertCode.CAUTION,
              Severity.WARNING,
              "Tablets of "
                  + joined(splitter.unmarketedStrengthsMg())
                  + " mg are not marketed in the "
                  + jurisdiction
                  + "; the plan uses them as asked, but they may not be available to dispense.",
              evidence,
              Provenance.sourcesOf(marketed.products().toArray(Fact[]::new))));
    }
    return Optional.of(new Choice(splitter, alerts, splitter.products()));
  }

  private Optional<Choice> liquid(Jurisdiction jurisdiction, Optional<BigDecimal> wanted) {
    List<Fact> marketed =
        products.stream()
            .filter(f -> f.scope().appliesIn(jurisdiction))
            .filter(f -> f.scope().route().map(r -> r == Route.ORAL).orElse(true))
            .filter(f -> f.values().has(FactField.CONCENTRATION_VALUE))
            .filter(
                f -> {
                  ProductForm form =
                      f.values().choice(FactField.FORM, ProductForm.class).orElseThrow();
                  return form == ProductForm.ORAL_SOLUTION || form == ProductForm.ORAL_SUSPENSION;
                })
            .filter(
                f ->
                    f.values().choice(FactField.MARKET_STATUS, MarketStatus.class).orElseThrow()
                        == MarketStatus.MARKETED)
            .toList();
    if (wanted.isPresent()) {
      BigDecimal mgPerMl = wanted.get();
      Optional<Fact> product =
          marketed.stream().filter(f -> concentration(f).compareTo(mgPerMl) == 0).findFirst();
      List<Alert> alerts = new ArrayList<>();
      if (product.isEmpty()) {
        Map<String, String> evidence = new LinkedHashMap<>();
        evidence.put("concentrationMgPerMl", Amounts.plain(mgPerMl));
        evidence.put(
            "marketedMgPerMl",
            joined(
                marketed.stream().map(Preparations::concentration).distinct().sorted().toList()));
        alerts.add(
            new Alert(
                AlertCode.CAUTION,
                Severity.WARNING,
                "No oral liquid of "
                    + Amounts.plain(mgPerMl)
                    + " mg/mL is marketed in the "
                    + jurisdiction
                    + "; check the product before measuring these volumes.",
                evidence,
                Provenance.sourcesOf(marketed.toArray(Fact[]::new))));
      }
      return Optional.of(
          new Choice(new LiquidMeasure(mgPerMl, product), alerts, product.stream().toList()));
    }
    // The most dilute solution measures small doses most finely and makes a tenfold slip least
    // likely; a suspension only when no solution is marketed.
    return marketed.stream()
        .min(
            Comparator.comparing(
                    (Fact f) ->
                        f.values().choice(FactField.FORM, ProductForm.class).orElseThrow()
                            != ProductForm.ORAL_SOLUTION)
                .thenComparing(Preparations::concentration))
        .map(
            f ->
                new Choice(
                    new LiquidMeasure(concentration(f), Optional.of(f)), List.of(), List.of(f)));
  }

  private TabletSplitter marketed(Jurisdiction jurisdiction, boolean allowHalves) {
    return (allowHalves ? marketedWithHalves : marketedWhole).get(jurisdiction);
  }

  private static BigDecimal concentration(Fact product) {
    return Amounts.normal(
        product
            .values()
            .quantity(FactField.CONCENTRATION_VALUE)
            .orElseThrow()
            .to(Unit.MG_PER_ML)
            .amount());
  }

  private static String joined(List<BigDecimal> amounts) {
    return amounts.stream().map(Amounts::plain).collect(Collectors.joining(", "));
  }
}
