package org.tonus.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a regimen's steps JSON: the plan contract's steps ({@code fromDate}, {@code toDate} or
 * {@code fromDay}, {@code toDay} counted from the regimen's start as day 1, {@code dosesPerDay},
 * {@code doseMg}, {@code dailyMg}) or an entered regimen's single {@code {"dailyMg": 15}}. A step
 * without a start begins where the one before ended (the first at the regimen's start); one without
 * an end runs to the regimen's end. What cannot be read gives no steps: an unknown dose is never
 * guessed.
 */
final class RegimenSteps {
  private static final ObjectMapper JSON = new ObjectMapper();

  private RegimenSteps() {}

  static List<RegimenStep> of(Regimen regimen) {
    JsonNode root;
    try {
      root = JSON.readTree(regimen.stepsJson());
    } catch (JsonProcessingException e) {
      return List.of();
    }
    if (root.isObject()) {
      root = JSON.createArrayNode().add(root);
    }
    if (!root.isArray()) {
      return List.of();
    }
    List<RegimenStep> steps = new ArrayList<>();
    LocalDate next = regimen.start();
    for (JsonNode node : root) {
      Optional<RegimenStep> step = step(node, regimen, next);
      if (step.isEmpty()) {
        return List.of();
      }
      steps.add(step.get());
      if (step.get().to().isEmpty()) {
        break;
      }
      next = step.get().to().get().plusDays(1);
    }
    return List.copyOf(steps);
  }

  private static Optional<RegimenStep> step(JsonNode node, Regimen regimen, LocalDate next) {
    try {
      LocalDate from = date(node, "fromDate").or(() -> day(node, "fromDay", regimen)).orElse(next);
      Optional<LocalDate> to = date(node, "toDate").or(() -> day(node, "toDay", regimen));
      if (regimen.end().isPresent()) {
        LocalDate end = regimen.end().get();
        to = Optional.of(to.filter(last -> !last.isAfter(end)).orElse(end));
      }
      int dosesPerDay =
          node.hasNonNull("dosesPerDay") ? node.get("dosesPerDay").asInt() : regimen.dosesPerDay();
      Optional<BigDecimal> dose = mg(node, "doseMg");
      Optional<BigDecimal> daily = mg(node, "dailyMg");
      if (dose.isEmpty() && daily.isEmpty()) {
        return Optional.empty();
      }
      BigDecimal dailyMg =
          daily.orElseGet(() -> dose.get().multiply(BigDecimal.valueOf(dosesPerDay)));
      BigDecimal doseMg =
          dose.orElseGet(
              () ->
                  dosesPerDay == 0
                      ? BigDecimal.ZERO
                      : dailyMg.divide(BigDecimal.valueOf(dosesPerDay), MathContext.DECIMAL64));
      if (to.isPresent() && to.get().isBefore(from)) {
        return Optional.empty();
      }
      return Optional.of(new RegimenStep(from, to, dosesPerDay, doseMg, dailyMg));
    } catch (DateTimeParseException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Optional<LocalDate> date(JsonNode node, String field) {
    return node.hasNonNull(field)
        ? Optional.of(LocalDate.parse(node.get(field).asText()))
        : Optional.empty();
  }

  private static Optional<LocalDate> day(JsonNode node, String field, Regimen regimen) {
    return node.hasNonNull(field)
        ? Optional.of(regimen.start().plusDays(node.get(field).asLong() - 1))
        : Optional.empty();
  }

  private static Optional<BigDecimal> mg(JsonNode node, String field) {
    return node.hasNonNull(field) && node.get(field).isNumber()
        ? Optional.of(node.get(field).decimalValue())
        : Optional.empty();
  }
}
