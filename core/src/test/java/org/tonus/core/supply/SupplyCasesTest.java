package org.tonus.core.supply;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tonus.core.knowledge.KnowledgeLoader;

/** The days'-supply cases of supply/supplies.yaml, each worked by hand in the file. */
class SupplyCasesTest {
  private static final SupplyCalculator CALCULATOR =
      new SupplyCalculator(KnowledgeLoader.loadBundled());

  static Stream<Arguments> cases() throws IOException {
    try (InputStream in = SupplyCasesTest.class.getResourceAsStream("/supply/supplies.yaml")) {
      JsonNode root = new YAMLMapper().readTree(in);
      List<Arguments> cases = new ArrayList<>();
      root.get("cases").forEach(c -> cases.add(Arguments.of(c.get("name").asText(), c)));
      return cases.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void supply(String name, JsonNode c) {
    JsonNode expect = c.get("expect");
    SupplyResult result = CALCULATOR.calculate(request(c.get("request")));

    assertThat(result.daysSupply()).as("daysSupply").isEqualTo(expect.get("daysSupply").asLong());
    number(expect, "unitsPerDay", result.unitsPerDay());
    number(expect, "unitsUsed", result.unitsUsed());
    number(expect, "unitsLeftOver", result.unitsLeftOver());
    if (expect.has("dailyMg")) {
      assertThat(result.dailyMg())
          .hasValueSatisfying(
              mg -> assertThat(mg).isEqualByComparingTo(expect.get("dailyMg").asText()));
    }
    if (expect.has("unit")) {
      assertThat(result.unit()).isEqualTo(DispensedUnit.valueOf(expect.get("unit").asText()));
    }
    date(expect, "runsOutOn", result.runsOutOn());
    date(expect, "refillDueOn", result.refillDueOn());
    if (expect.has("coversWholeSchedule")) {
      assertThat(result.coversWholeSchedule())
          .isEqualTo(expect.get("coversWholeSchedule").asBoolean());
    }
    if (expect.has("refillMarginDays")) {
      assertThat(result.refillMarginDays()).isEqualTo(expect.get("refillMarginDays").asInt());
    }
    if (expect.has("periodDays")) {
      List<Long> days = new ArrayList<>();
      expect.get("periodDays").forEach(d -> days.add(d.asLong()));
      assertThat(result.periods()).extracting(SupplyPeriod::days).containsExactlyElementsOf(days);
    }
    List<String> alerts = new ArrayList<>();
    expect.path("alerts").forEach(a -> alerts.add(a.asText()));
    assertThat(result.alerts())
        .extracting(a -> a.code() + " " + a.severity().word())
        .containsExactlyInAnyOrderElementsOf(alerts);
    expect.path("rules").forEach(r -> assertThat(result.rules()).contains(r.asText()));
    assertThat(result.sources()).contains(SupplyCalculator.POLICY_SOURCE);
    assertThat(result.arithmetic()).as("the arithmetic is shown").isNotEmpty();
  }

  private static void number(JsonNode expect, String field, BigDecimal actual) {
    if (expect.has(field)) {
      assertThat(actual).as(field).isEqualByComparingTo(expect.get(field).asText());
    }
  }

  private static void date(JsonNode expect, String field, Optional<LocalDate> actual) {
    if (!expect.has(field)) {
      return;
    }
    String text = expect.get(field).asText();
    if (text.equals("none")) {
      assertThat(actual).as(field).isEmpty();
    } else {
      assertThat(actual).as(field).contains(LocalDate.parse(text));
    }
  }

  private static SupplyRequest request(JsonNode r) {
    List<SupplyStep> steps = new ArrayList<>();
    r.get("steps")
        .forEach(
            s ->
                steps.add(
                    new SupplyStep(
                        new BigDecimal(s.get("unitsPerDay").asText()),
                        s.has("dailyMg")
                            ? Optional.of(new BigDecimal(s.get("dailyMg").asText()))
                            : Optional.empty(),
                        s.has("days") ? OptionalInt.of(s.get("days").asInt()) : OptionalInt.empty(),
                        s.path("asNeeded").asBoolean(false))));
    SupplyRequest request =
        SupplyRequest.of(
            steps,
            r.get("quantity").asText(),
            DispensedUnit.valueOf(r.get("unit").asText().toUpperCase(Locale.ROOT)),
            LocalDate.parse(r.get("fillDate").asText()));
    return r.has("marginDays")
        ? request.withRefillMarginDays(r.get("marginDays").asInt())
        : request;
  }
}
