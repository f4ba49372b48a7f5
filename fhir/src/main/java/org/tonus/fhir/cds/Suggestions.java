package org.tonus.fhir.cds;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.tonus.core.alert.Alert;
import org.tonus.core.check.CheckRequest;
import org.tonus.core.check.CheckResult;
import org.tonus.core.check.Checker;
import org.tonus.core.check.OrderInput;
import org.tonus.core.check.ParsedOrder;
import org.tonus.core.knowledge.FactField;
import org.tonus.core.knowledge.FactKind;
import org.tonus.core.knowledge.Knowledge;
import org.tonus.core.knowledge.MarketStatus;
import org.tonus.core.knowledge.ProductForm;
import org.tonus.core.plan.DoseLevel;
import org.tonus.core.plan.PlanStep;
import org.tonus.core.plan.TaperOutcome;
import org.tonus.core.plan.TaperPlan;
import org.tonus.core.plan.TaperPlanner;
import org.tonus.core.plan.TaperRequest;
import org.tonus.core.quantity.Unit;
import org.tonus.fhir.PlanDosages;
import org.tonus.fhir.cds.CdsResponse.Action;
import org.tonus.fhir.cds.CdsResponse.Suggestion;

/**
 * The real actions a card can offer: for {@code DOSE_ABOVE_MAX} the draft order updated to the
 * largest dose at the same frequency that keeps the daily total at the maximum, in whole tablets of
 * the smallest marketed strength; for {@code ABRUPT_STOP_RISK} on an oral stop, the stop replaced
 * by the first step of the core's taper. Where no such action exists, none is offered.
 */
final class Suggestions {
  private static final String INTRATHECAL_WORD = "IT";

  private final FhirContext context;
  private final Knowledge knowledge;
  private final Checker checker;
  private final TaperPlanner taperPlanner;

  Suggestions(FhirContext context, Knowledge knowledge, Checker checker) {
    this.context = context;
    this.knowledge = knowledge;
    this.checker = checker;
    this.taperPlanner = new TaperPlanner(knowledge);
  }

  List<Suggestion> of(
      Alert alert, CheckRequest request, CheckResult result, MedicationRequest draft, String drug) {
    Optional<Suggestion> suggestion =
        switch (alert.code()) {
          case DOSE_ABOVE_MAX -> capped(alert, request, result, draft, drug);
          case ABRUPT_STOP_RISK -> taper(request, draft, drug);
          default -> Optional.empty();
        };
    return suggestion.stream().toList();
  }

  private Optional<Suggestion> capped(
      Alert alert, CheckRequest request, CheckResult result, MedicationRequest draft, String drug) {
    Optional<ParsedOrder> parsed = result.parsedOrder();
    Optional<BigDecimal> maximum = number(alert, "maximumDailyMg");
    Optional<BigDecimal> total = number(alert, "dailyDoseMg");
    if (parsed.isEmpty()
        || parsed.get().timesPerDay().isEmpty()
        || parsed.get().dailyDoseMg().isEmpty()
        || maximum.isEmpty()
        || total.isEmpty()) {
      return Optional.empty();
    }
    int times = parsed.get().timesPerDay().get();
    // the other active baclofen orders keep their share of the maximum
    BigDecimal others = total.get().subtract(parsed.get().dailyDoseMg().get());
    BigDecimal room = maximum.get().subtract(others);
    Optional<BigDecimal> tablet = smallestTabletMg(request);
    if (room.signum() <= 0 || tablet.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal tablets =
        room.divide(BigDecimal.valueOf(times).multiply(tablet.get()), 0, RoundingMode.DOWN);
    BigDecimal dose = tablets.multiply(tablet.get());
    if (dose.signum() <= 0) {
      return Optional.empty();
    }
    MedicationRequest capped = draft.copy();
    String words = PlanDosages.words(dose, times);
    capped.getDosageInstruction().clear();
    capped.addDosageInstruction(PlanDosages.daily(dose, times, drug + " " + words));
    String label = "Lower to " + PlanDosages.words(dose, times);
    return Optional.of(
        new Suggestion(
            label,
            uuid(draft, label),
            true,
            List.of(
                new Action(
                    "update",
                    "Change the draft order to "
                        + words
                        + ", within the maximum of "
                        + plain(maximum.get())
                        + " mg a day",
                    Optional.of(json(capped)),
                    Optional.empty()))));
  }

  /** The smallest marketed oral tablet in the jurisdiction (PROD-01 in the US). */
  private Optional<BigDecimal> smallestTabletMg(CheckRequest request) {
    return knowledge.facts(FactKind.PRODUCT).stream()
        .filter(f -> f.scope().appliesIn(request.jurisdiction()))
        .filter(
            f ->
                f.values().choice(FactField.FORM, ProductForm.class).orElse(null)
                    == ProductForm.TABLET)
        .filter(
            f ->
                f.values().choice(FactField.MARKET_STATUS, MarketStatus.class).orElse(null)
                    == MarketStatus.MARKETED)
        .flatMap(f -> f.values().quantity(FactField.STRENGTH).stream())
        .map(q -> q.to(Unit.MG).amount())
        .min(BigDecimal::compareTo);
  }

  private Optional<Suggestion> taper(CheckRequest request, MedicationRequest draft, String drug) {
    if (!(request.order() instanceof OrderInput.Stop) || request.current().isEmpty()) {
      return Optional.empty();
    }
    CheckRequest asOrdered =
        new CheckRequest(
            request.jurisdiction(),
            request.patient(),
            Optional.empty(),
            Optional.empty(),
            request.current().get().order(),
            false,
            Optional.empty(),
            request.today());
    Optional<ParsedOrder> current = checker.check(asOrdered).parsedOrder();
    if (current.isEmpty()
        || current.get().dailyDoseMg().isEmpty()
        || current.get().timesPerDay().isEmpty()
        || current.get().route().filter(INTRATHECAL_WORD::equals).isPresent()) {
      return Optional.empty();
    }
    int times = current.get().timesPerDay().get();
    BigDecimal daily = current.get().dailyDoseMg().get();
    if (daily.remainder(BigDecimal.valueOf(times)).signum() != 0) {
      return Optional.empty();
    }
    DoseLevel level = new DoseLevel(times, daily.divide(BigDecimal.valueOf(times)));
    TaperOutcome outcome =
        taperPlanner.taper(
            TaperRequest.of(
                request.jurisdiction(), request.patient().patient(), request.today(), level));
    if (!(outcome instanceof TaperPlan plan) || plan.steps().get(0).level().isNone()) {
      return Optional.empty();
    }
    PlanStep first = plan.steps().get(0);
    MedicationRequest step = draft.copy();
    step.setDoNotPerformElement(null);
    step.getDosageInstruction().clear();
    step.addDosageInstruction(PlanDosages.step(first, 1, drug));
    step.addNote(
        new Annotation()
            .setText(
                "First step of a "
                    + plan.days()
                    + "-day taper from "
                    + level
                    + " (Tonus, rules "
                    + String.join(", ", plan.rules())
                    + "); later steps follow the full taper plan."));
    String label =
        "Taper instead: "
            + PlanDosages.words(first.doseMg(), first.dosesPerDay())
            + " until "
            + first.toDate();
    return Optional.of(
        new Suggestion(
            label,
            uuid(draft, label),
            true,
            List.of(
                new Action(
                    "update",
                    "Replace the stop with the first taper step, "
                        + PlanDosages.words(first.doseMg(), first.dosesPerDay())
                        + " from "
                        + first.fromDate()
                        + " to "
                        + first.toDate(),
                    Optional.of(json(step)),
                    Optional.empty()))));
  }

  private JsonNode json(MedicationRequest resource) {
    try {
      return CdsJson.mapper().readTree(context.newJsonParser().encodeResourceToString(resource));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("HAPI wrote JSON Jackson cannot read", e);
    }
  }

  private static Optional<BigDecimal> number(Alert alert, String key) {
    try {
      return Optional.ofNullable(alert.evidence().get(key)).map(BigDecimal::new);
    } catch (NumberFormatException notANumber) {
      return Optional.empty();
    }
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  private static String uuid(MedicationRequest draft, String label) {
    return UUID.nameUUIDFromBytes(
            (draft.getIdElement().getValue() + "|" + label).getBytes(StandardCharsets.UTF_8))
        .toString();
  }
}
