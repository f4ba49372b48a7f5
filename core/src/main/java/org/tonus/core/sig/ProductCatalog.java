package org.tonus.core.sig;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tonus.core.knowledge.Drug;
import org.tonus.core.knowledge.Fact;
import org.tonus.core.knowledge.FactField;
import org.tonus.core.knowledge.FactKind;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.knowledge.Knowledge;
import org.tonus.core.knowledge.ProductForm;
import org.tonus.core.quantity.Quantity;

/**
 * What the knowledge says about each brand in the chosen jurisdiction: its form and route (brand
 * facts, e.g. BR-01-A: Ozobax is an oral solution) and the concentrations of its liquid products
 * (product facts, e.g. PROD-02: Ozobax 5 mg/5 mL). A form or route is implied only when the brand
 * has exactly one; a concentration is used for a volume only when the brand has exactly one.
 */
final class ProductCatalog {

  /** A concentration a brand's product comes in, with the product fact that says so. */
  record Concentration(Quantity perMl, String factId) {}

  /** What one brand implies; each part empty when the knowledge is silent or ambiguous. */
  record Brand(
      Optional<DoseForm> form,
      Optional<AdministrationRoute> route,
      List<String> brandFactIds,
      List<Concentration> concentrations) {

    /** The concentration a volume of this brand holds, when it has only one. */
    Optional<Concentration> onlyConcentration() {
      return concentrations.size() == 1 ? Optional.of(concentrations.get(0)) : Optional.empty();
    }

    /** The product fact of a written concentration, if the brand comes in it. */
    Optional<Concentration> matching(Quantity perMl) {
      return concentrations.stream()
          .filter(c -> c.perMl().to(perMl.unit()).amount().compareTo(perMl.amount()) == 0)
          .findFirst();
    }
  }

  private final Map<String, Brand> brands;

  ProductCatalog(Knowledge knowledge, Jurisdiction jurisdiction) {
    Map<String, Set<DoseForm>> forms = new HashMap<>();
    Map<String, Set<AdministrationRoute>> routes = new HashMap<>();
    Map<String, List<String>> brandFacts = new LinkedHashMap<>();
    Map<String, List<Concentration>> concentrations = new HashMap<>();
    knowledge
        .facts()
        .filter(fact -> fact.scope().appliesIn(jurisdiction))
        .forEach(
            fact -> {
              if (fact.kind() == FactKind.BRAND) {
                String name = key(fact.values().text(FactField.BRAND_NAME).orElseThrow());
                brandFacts.computeIfAbsent(name, n -> new ArrayList<>()).add(fact.id());
                Set<DoseForm> brandForms = forms.computeIfAbsent(name, n -> new LinkedHashSet<>());
                for (ProductForm form : fact.values().choices(FactField.FORMS, ProductForm.class)) {
                  brandForms.add(DoseForm.of(form));
                }
                fact.scope()
                    .route()
                    .ifPresent(
                        route ->
                            routes
                                .computeIfAbsent(name, n -> new LinkedHashSet<>())
                                .add(AdministrationRoute.of(route)));
              } else if (fact.kind() == FactKind.PRODUCT) {
                addConcentration(fact, concentrations);
              }
            });
    Map<String, Brand> built = new HashMap<>();
    Set<String> names = new LinkedHashSet<>(brandFacts.keySet());
    names.addAll(concentrations.keySet());
    for (String name : names) {
      built.put(
          name,
          new Brand(
              only(forms.getOrDefault(name, Set.of())),
              only(routes.getOrDefault(name, Set.of())),
              List.copyOf(brandFacts.getOrDefault(name, List.of())),
              List.copyOf(concentrations.getOrDefault(name, List.of()))));
    }
    // The vocabulary's own spelling finds its brand without lower-casing on every sig.
    for (Drug drug : knowledge.drugs().drugs()) {
      for (String brand : drug.brands()) {
        Brand known = built.get(key(brand));
        if (known != null) {
          built.putIfAbsent(brand, known);
        }
      }
    }
    brands = Map.copyOf(built);
  }

  private static void addConcentration(Fact fact, Map<String, List<Concentration>> into) {
    Optional<String> brand = fact.values().text(FactField.BRAND);
    Optional<Quantity> perMl = fact.values().quantity(FactField.CONCENTRATION_VALUE);
    if (brand.isEmpty() || perMl.isEmpty()) {
      return;
    }
    List<Concentration> list = into.computeIfAbsent(key(brand.get()), n -> new ArrayList<>());
    boolean known =
        list.stream()
            .anyMatch(
                c ->
                    c.perMl().unit().dimension() == perMl.get().unit().dimension()
                        && c.perMl().to(perMl.get().unit()).amount().compareTo(perMl.get().amount())
                            == 0);
    if (!known) {
      list.add(new Concentration(perMl.get(), fact.id()));
    }
  }

  private static <T> Optional<T> only(Set<T> values) {
    return values.size() == 1 ? Optional.of(values.iterator().next()) : Optional.empty();
  }

  private static String key(String brand) {
    return brand.trim().toLowerCase(Locale.ROOT);
  }

  /** What the knowledge says about {@code brand} here; empty when it says nothing. */
  Optional<Brand> brand(String brand) {
    Brand exact = brands.get(brand);
    return Optional.ofNullable(exact != null ? exact : brands.get(key(brand)));
  }
}
