package org.tonus.core.intrathecal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.knowledge.KnowledgeLoader;
import org.tonus.core.knowledge.SpasticityOrigin;
import org.tonus.core.patient.Patient;
import org.tonus.core.quantity.Quantity;

/** The intrathecal starts of intrathecal/starts.yaml, each worked by hand in the file. */
class IntrathecalStartCasesTest {
  private static final IntrathecalStartPlanner PLANNER =
      new IntrathecalStartPlanner(KnowledgeLoader.loadBundled());

  static Stream<Arguments> cases() {
    return CaseFile.cases("/intrathecal/starts.yaml");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void start(String name, JsonNode c) {
    JsonNode expect = c.get("expect");
    IntrathecalStartOutcome outcome = PLANNER.plan(request(c.get("request")));

    if (expect.path("refused").asBoolean(false)) {
      assertThat(outcome).isInstanceOf(IntrathecalRefusal.class);
    } else {
      assertThat(outcome).isInstanceOf(IntrathecalStartPlan.class);
      assertPlan(expect, (IntrathecalStartPlan) outcome);
    }
    CaseFile.assertAlerts(expect, outcome.alerts());
    CaseFile.assertRules(expect, outcome.rules(), outcome.sources());
  }

  private static void assertPlan(JsonNode expect, IntrathecalStartPlan plan) {
    number(expect, "initialDailyDoseMcg", plan.initialDailyDoseMcg());
    number(expect, "rateMlPerDay", plan.rateMlPerDay());
    number(expect, "maxIncreasePercent", plan.maxIncreasePercent());
    number(expect, "maxNextDayDoseMcg", plan.maxNextDayDoseMcg());
    number(expect, "multiplier", plan.multiplier());
    number(expect, "concentrationMcgPerMl", plan.concentrationMcgPerMl());
    if (expect.has("child")) {
      assertThat(plan.child()).as("child").isEqualTo(expect.get("child").asBoolean());
    }
    if (expect.has("spasticityOrigin")) {
      assertThat(plan.spasticityOrigin().code()).isEqualTo(expect.get("spasticityOrigin").asText());
    }
    numbers(expect, "screeningDoses", plan.screening(), ScreeningStep::doseMcg);
    numbers(expect, "screeningVolumes", plan.screening(), ScreeningStep::volumeMl);
    numbers(expect, "smallChildDoses", plan.smallChildFirstDoses(), ScreeningStep::doseMcg);
    numbers(expect, "smallChildVolumes", plan.smallChildFirstDoses(), ScreeningStep::volumeMl);
    assertThat(plan.arithmetic()).as("the arithmetic is shown").isNotEmpty();
  }

  private static void number(JsonNode expect, String field, BigDecimal actual) {
    if (expect.has(field)) {
      assertThat(actual).as(field).isEqualByComparingTo(CaseFile.number(expect.get(field)));
    }
  }

  private static void numbers(
      JsonNode expect,
      String field,
      List<ScreeningStep> steps,
      Function<ScreeningStep, BigDecimal> value) {
    if (expect.has(field)) {
      List<BigDecimal> expected =
          CaseFile.texts(expect.get(field)).stream().map(BigDecimal::new).toList();
      assertThat(steps.stream().map(value).toList())
          .as(field)
          .usingElementComparator(BigDecimal::compareTo)
          .containsExactlyElementsOf(expected);
    }
  }

  private static IntrathecalStartRequest request(JsonNode r) {
    Patient patient = Patient.aged(r.get("age").asInt());
    if (r.has("patientOrigin")) {
      patient = patient.withSpasticityOrigin(origin(r.get("patientOrigin")));
    }
    return new IntrathecalStartRequest(
        Jurisdiction.valueOf(r.get("jurisdiction").asText()),
        patient,
        Quantity.parse(r.get("screeningDose").asText()),
        CaseFile.number(r.get("effectHours")),
        r.has("origin") ? Optional.of(origin(r.get("origin"))) : Optional.empty(),
        Quantity.parse(r.get("concentration").asText()));
  }

  private static SpasticityOrigin origin(JsonNode node) {
    return SpasticityOrigin.valueOf(node.asText().toUpperCase(Locale.ROOT));
  }
}
