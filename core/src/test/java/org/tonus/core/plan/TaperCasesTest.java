package org.tonus.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tonus.core.alert.Alert;
import org.tonus.core.alert.AlertCode;
import org.tonus.core.knowledge.KnowledgeLoader;
import org.tonus.core.renal.CaseFile;

/** The worked tapers of plan/taper-cases.yaml, each computed by hand in the file. */
class TaperCasesTest {
  static final LocalDate START = LocalDate.of(2026, 11, 23);
  static TaperPlanner planner;

  @BeforeAll
  static void load() {
    planner = new TaperPlanner(KnowledgeLoader.loadBundled());
  }

  static Stream<Arguments> cases() {
    return CaseFile.cases("/plan/taper-cases.yaml");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesTheHandWorkedTaper(String name, JsonNode c) {
    TaperOutcome outcome = planner.taper(request(c));
    JsonNode expect = c.get("expect");

    assertThat(TitrationCasesTest.alertWords(outcome.alerts()))
        .containsExactlyInAnyOrderElementsOf(CaseFile.texts(expect, "alerts"));
    assertThat(outcome.rules()).containsAll(CaseFile.texts(expect, "rules"));
    outcome.alerts().forEach(a -> assertThat(a.sources()).isNotEmpty());
    if (expect.has("refused")) {
      assertThat(outcome).isInstanceOf(PlanRefused.class);
      assertThat(outcome.alerts())
          .extracting(a -> a.code().name())
          .contains(expect.get("refused").asText());
      return;
    }
    assertThat(outcome).isInstanceOf(TaperPlan.class);
    TaperPlan plan = (TaperPlan) outcome;
    if (expect.has("steps")) {
      assertThat(plan.steps())
          .extracting(StepText::of)
          .containsExactlyElementsOf(CaseFile.texts(expect, "steps"));
    }
    assertThat(plan.days()).isEqualTo(expect.get("days").asInt());
    assertThat(plan.steps().get(plan.steps().size() - 1).fromDate())
        .isEqualTo(START.plusDays(plan.days()));
    assertThat(plan.totalMg()).isEqualByComparingTo(expect.get("totalMg").asText());
    if (expect.has("tabletsNeeded")) {
      assertThat(plan.tabletsNeeded())
          .isEqualTo(TitrationCasesTest.tablets(expect.get("tabletsNeeded")));
    }
    if (expect.has("liquidNeededMl")) {
      assertThat(TitrationCasesTest.amounts(plan.liquidNeededMl()))
          .isEqualTo(TitrationCasesTest.amounts(expect.get("liquidNeededMl")));
    }
    if (expect.has("evidence")) {
      Alert abrupt =
          outcome.alerts().stream()
              .filter(a -> a.code() == AlertCode.ABRUPT_STOP_RISK)
              .findFirst()
              .orElseThrow();
      expect
          .get("evidence")
          .properties()
          .forEach(
              e -> assertThat(abrupt.evidence()).containsEntry(e.getKey(), e.getValue().asText()));
    }
  }

  static TaperRequest request(JsonNode c) {
    JsonNode current = c.get("current");
    TaperRequest request =
        TaperRequest.of(
            CaseFile.jurisdiction(c),
            CaseFile.patient(c.get("patient")),
            START,
            DoseLevel.of(current.get("dosesPerDay").asInt(), current.get("doseMg").asText()));
    if (c.has("days")) {
      request = request.withDays(c.get("days").asInt());
    }
    if (c.has("proposal")) {
      List<ProposedTaper.Step> steps = new ArrayList<>();
      c.get("proposal")
          .forEach(
              s ->
                  steps.add(
                      new ProposedTaper.Step(
                          DoseLevel.of(s.get("dosesPerDay").asInt(), s.get("doseMg").asText()),
                          s.get("days").asInt())));
      request = request.withProposal(new ProposedTaper(steps));
    }
    JsonNode r = c.path("request");
    if (r.has("liquidConcentrationMgPerMl")) {
      request =
          request.withLiquidConcentrationMgPerMl(r.get("liquidConcentrationMgPerMl").asText());
    }
    return request;
  }
}
