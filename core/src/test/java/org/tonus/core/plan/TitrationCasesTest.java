package org.tonus.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tonus.core.alert.Alert;
import org.tonus.core.knowledge.KnowledgeLoader;
import org.tonus.core.renal.CaseFile;

/** The worked titration plans of plan/titration-cases.yaml, each computed by hand in the file. */
class TitrationCasesTest {
  static final LocalDate START = LocalDate.of(2026, 11, 23);
  static TitrationPlanner planner;

  @BeforeAll
  static void load() {
    planner = new TitrationPlanner(KnowledgeLoader.loadBundled());
  }

  static Stream<Arguments> cases() {
    return CaseFile.cases("/plan/titration-cases.yaml");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesTheHandWorkedPlan(String name, JsonNode c) {
    TitrationOutcome outcome = planner.titrate(request(c));
    JsonNode expect = c.get("expect");

    assertThat(alertWords(outcome.alerts()))
        .containsExactlyInAnyOrderElementsOf(CaseFile.texts(expect, "alerts"));
    assertThat(outcome.rules()).containsAll(CaseFile.texts(expect, "rules"));
    assertThat(outcome.sources()).isNotEmpty();
    outcome.alerts().forEach(a -> assertThat(a.sources()).isNotEmpty());
    if (expect.has("refused")) {
      assertThat(outcome).isInstanceOf(PlanRefused.class);
      assertThat(outcome.alerts())
          .extracting(a -> a.code().name())
          .contains(expect.get("refused").asText());
      return;
    }
    assertThat(outcome).isInstanceOf(TitrationPlan.class);
    TitrationPlan plan = (TitrationPlan) outcome;
    assertThat(plan.steps())
        .extracting(StepText::of)
        .containsExactlyElementsOf(CaseFile.texts(expect, "steps"));
    assertThat(plan.steps().get(0).fromDate()).isEqualTo(START);
    if (expect.has("endDate")) {
      assertThat(plan.steps().get(plan.steps().size() - 1).toDate())
          .isEqualTo(LocalDate.parse(expect.get("endDate").asText()));
    }
    assertThat(plan.totalMg()).isEqualByComparingTo(expect.get("totalMg").asText());
    if (expect.has("tabletsNeeded")) {
      assertThat(plan.tabletsNeeded()).isEqualTo(tablets(expect.get("tabletsNeeded")));
    }
    if (expect.has("liquidNeededMl")) {
      assertThat(amounts(plan.liquidNeededMl())).isEqualTo(amounts(expect.get("liquidNeededMl")));
    }
    if (expect.has("maximumDailyMg")) {
      assertThat(plan.maximumDailyMg()).isEqualByComparingTo(expect.get("maximumDailyMg").asText());
    }
  }

  static TitrationRequest request(JsonNode c) {
    TitrationRequest request =
        TitrationRequest.of(CaseFile.jurisdiction(c), CaseFile.patient(c.get("patient")), START);
    JsonNode r = c.path("request");
    if (r.has("targetDailyMg")) {
      request = request.withTargetDailyMg(r.get("targetDailyMg").asText());
    }
    if (r.has("tabletStrengthsMg")) {
      request =
          request.withTabletStrengthsMg(
              CaseFile.texts(r, "tabletStrengthsMg").toArray(String[]::new));
    }
    if (r.path("allowHalves").asBoolean(false)) {
      request = request.withHalvesAllowed(true);
    }
    if (r.has("liquidConcentrationMgPerMl")) {
      request =
          request.withLiquidConcentrationMgPerMl(r.get("liquidConcentrationMgPerMl").asText());
    }
    return request;
  }

  static List<String> alertWords(List<Alert> alerts) {
    List<String> words = new ArrayList<>();
    alerts.forEach(a -> words.add(a.code() + "/" + a.severity().name().toLowerCase(Locale.ROOT)));
    return words;
  }

  static Map<BigDecimal, Integer> tablets(JsonNode node) {
    Map<BigDecimal, Integer> out = new java.util.TreeMap<>();
    node.properties().forEach(e -> out.put(new BigDecimal(e.getKey()), e.getValue().asInt()));
    return out;
  }

  static Map<String, String> amounts(Map<BigDecimal, BigDecimal> map) {
    Map<String, String> out = new java.util.TreeMap<>();
    map.forEach((k, v) -> out.put(Amounts.plain(k), Amounts.plain(v)));
    return out;
  }

  static Map<String, String> amounts(JsonNode node) {
    Map<String, String> out = new java.util.TreeMap<>();
    node.properties()
        .forEach(
            e ->
                out.put(
                    Amounts.plain(new BigDecimal(e.getKey())),
                    Amounts.plain(new BigDecimal(e.getValue().asText()))));
    return out;
  }
}
