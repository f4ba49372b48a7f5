package org.tonus.core.intrathecal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.tonus.core.alert.Alert;
import org.tonus.core.alert.AlertCode;
import org.tonus.core.alert.Severity;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.quantity.Dimension;
import org.tonus.core.quantity.Quantity;
import org.tonus.core.quantity.Unit;

/**
 * Reads the quantities of one intrathecal request into plain microgram and mL numbers, never
 * converting a dose written in mg (IT-12-C). Every problem becomes an alert; a request with a
 * critical one is refused by the caller.
 */
final class InputReader {
  private final IntrathecalFacts facts;
  private final IntrathecalProducts products;
  private final Citations citations;
  private final Jurisdiction jurisdiction;
  private final List<Alert> alerts = new ArrayList<>();

  InputReader(
      IntrathecalFacts facts,
      IntrathecalProducts products,
      Citations citations,
      Jurisdiction jurisdiction) {
    this.facts = facts;
    this.products = products;
    this.citations = citations;
    this.jurisdiction = jurisdiction;
  }

  List<Alert> alerts() {
    return List.copyOf(alerts);
  }

  boolean refused() {
    return alerts.stream().anyMatch(a -> a.severity() == Severity.CRITICAL);
  }

  void add(Alert alert) {
    alerts.add(alert);
  }

  /**
   * A dose in micrograms: a daily dose ({@code perDay}: mcg/day, or mcg read as a day's amount) or
   * a single bolus (mcg). Zero passes only where {@code zeroAllowed}.
   */
  Optional<BigDecimal> micrograms(
      String field, Quantity dose, boolean perDay, boolean zeroAllowed) {
    Set<Unit> accepted = perDay ? Set.of(Unit.MCG_PER_DAY, Unit.MCG) : Set.of(Unit.MCG);
    String wanted = perDay ? "mcg/day" : "mcg";
    if (accepted.contains(dose.unit())) {
      if (dose.amount().signum() == 0 && !zeroAllowed) {
        invalid(field, dose, field + " is 0: there is no dose to work with; give it in " + wanted);
        return Optional.empty();
      }
      return Optional.of(Rates.plain(dose.amount()));
    }
    if (dose.dimension() == Dimension.MASS || dose.dimension() == Dimension.DAILY_DOSE) {
      mgForMcg(field, dose, wanted);
    } else {
      unitError(
          field,
          dose,
          field + " " + dose + " is not a dose; give " + wanted + " (IT-12-A)",
          Map.of(),
          IntrathecalFacts.UNITS_ARE_MCG);
    }
    return Optional.empty();
  }

  private void mgForMcg(String field, Quantity dose, String wanted) {
    Unit mcgUnit = dose.dimension() == Dimension.MASS ? Unit.MCG : Unit.MCG_PER_DAY;
    BigDecimal asMcg = Rates.plain(dose.to(mcgUnit).amount());
    String message =
        field
            + " "
            + dose
            + " is not in micrograms. Intrathecal doses are written in mcg (IT-12-A) and Tonus"
            + " does not convert them (IT-12-C): restate it in "
            + wanted
            + ". Read literally it would be "
            + asMcg.toPlainString()
            + " "
            + mcgUnit.symbol()
            + ".";
    boolean thousandfold = asMcg.compareTo(facts.experienceLimitMcgPerDay()) > 0;
    if (thousandfold) {
      message +=
          " That is beyond the "
              + facts.experienceLimitMcgPerDay().toPlainString()
              + " mcg/day of usual experience ("
              + facts.experienceLimitId()
              + "): "
              + dose.amount().toPlainString()
              + " mcg was probably meant, a thousandfold error (IT-12-B).";
    }
    Map<String, String> evidence = new LinkedHashMap<>();
    evidence.put("literalMcg", asMcg.toPlainString());
    List<String> rules = new ArrayList<>(List.of(IntrathecalFacts.UNITS_ARE_MCG));
    rules.add(IntrathecalFacts.NO_SILENT_CONVERSION);
    if (thousandfold) {
      rules.add(IntrathecalFacts.MG_FOR_MCG_IS_THOUSANDFOLD);
      rules.add(facts.experienceLimitId());
    }
    unitError(field, dose, message, evidence, rules.toArray(String[]::new));
  }

  /**
   * A concentration that must be one of the jurisdiction's intrathecal products. One written in
   * mg/mL is read exactly and the reading reported (IT-12-C); one matching no product is refused,
   * naming the product it would match if mg and mcg were swapped.
   */
  Optional<BigDecimal> concentration(String field, Quantity concentration) {
    if (concentration.dimension() != Dimension.CONCENTRATION) {
      unitError(
          field,
          concentration,
          field + " " + concentration + " is not a concentration; give it in mcg/mL",
          Map.of(),
          IntrathecalFacts.UNITS_ARE_MCG);
      return Optional.empty();
    }
    if (concentration.amount().signum() == 0) {
      invalid(field, concentration, field + " is 0 mcg/mL: a concentration must be above 0");
      return Optional.empty();
    }
    BigDecimal mcgPerMl = Rates.plain(concentration.to(Unit.MCG_PER_ML).amount());
    List<IntrathecalProducts.Product> matching = products.at(jurisdiction, mcgPerMl);
    if (!matching.isEmpty()) {
      citations.cite(matching.stream().map(p -> p.fact().id()).toList());
      if (concentration.unit() != Unit.MCG_PER_ML) {
        citations.cite(IntrathecalFacts.NO_SILENT_CONVERSION);
        alerts.add(
            new Alert(
                AlertCode.UNIT_ERROR,
                Severity.INFO,
                field
                    + " "
                    + concentration
                    + " was read as "
                    + mcgPerMl.toPlainString()
                    + " mcg/mL (IT-12-C). Pumps are programmed in mcg/mL: check the pump is set to "
                    + mcgPerMl.toPlainString()
                    + " mcg/mL.",
                evidence(field, concentration, Map.of("readAsMcgPerMl", mcgPerMl.toPlainString())),
                citations.sourcesOf(IntrathecalFacts.NO_SILENT_CONVERSION)));
      }
      return Optional.of(mcgPerMl);
    }
    String known =
        products.concentrations(jurisdiction).stream()
            .map(BigDecimal::toPlainString)
            .collect(Collectors.joining(", "));
    String message =
        field
            + " "
            + concentration
            + " is not the concentration of any intrathecal product in "
            + jurisdiction.code()
            + " ("
            + known
            + " mcg/mL).";
    Optional<String> swapped = swappedUnit(concentration);
    if (swapped.isPresent()) {
      message += " " + swapped.get() + " is: check mg against mcg.";
    }
    Map<String, String> extra = new LinkedHashMap<>();
    extra.put("products", known + " mcg/mL");
    swapped.ifPresent(s -> extra.put("ifUnitSwapped", s));
    unitError(field, concentration, message, extra, IntrathecalFacts.UNITS_ARE_MCG);
    return Optional.empty();
  }

  /** The same number in the other mass unit, when that names a product. */
  private Optional<String> swappedUnit(Quantity concentration) {
    Unit other = concentration.unit() == Unit.MCG_PER_ML ? Unit.MG_PER_ML : Unit.MCG_PER_ML;
    Quantity swapped = new Quantity(concentration.amount(), other);
    BigDecimal mcgPerMl = Rates.plain(swapped.to(Unit.MCG_PER_ML).amount());
    if (products.at(jurisdiction, mcgPerMl).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        other == Unit.MCG_PER_ML
            ? swapped.toString()
            : swapped + " (" + mcgPerMl.toPlainString() + " mcg/mL)");
  }

  /** A volume in mL; zero passes only where {@code zeroAllowed}. */
  Optional<BigDecimal> millilitres(String field, Quantity volume, boolean zeroAllowed) {
    if (volume.unit() != Unit.ML) {
      unitError(field, volume, field + " " + volume + " is not a volume; give it in mL", Map.of());
      return Optional.empty();
    }
    if (volume.amount().signum() == 0 && !zeroAllowed) {
      invalid(field, volume, field + " is 0 mL: it must be above 0");
      return Optional.empty();
    }
    return Optional.of(Rates.plain(volume.amount()));
  }

  void invalid(String field, Quantity value, String message) {
    alerts.add(
        new Alert(
            AlertCode.INVALID_ORDER,
            Severity.CRITICAL,
            message,
            evidence(field, value, Map.of()),
            List.of("tonus-policy")));
  }

  private void unitError(
      String field, Quantity value, String message, Map<String, String> extra, String... factIds) {
    citations.cite(factIds);
    alerts.add(
        new Alert(
            AlertCode.UNIT_ERROR,
            Severity.CRITICAL,
            message,
            evidence(field, value, extra),
            factIds.length == 0 ? List.of("tonus-policy") : citations.sourcesOf(factIds)));
  }

  private static Map<String, String> evidence(
      String field, Quantity value, Map<String, String> extra) {
    Map<String, String> evidence = new LinkedHashMap<>();
    evidence.put(field, value.toString());
    evidence.putAll(extra);
    return evidence;
  }
}
