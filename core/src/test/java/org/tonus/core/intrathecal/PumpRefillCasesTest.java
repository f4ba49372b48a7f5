package org.tonus.core.intrathecal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tonus.core.intrathecal.CaseFile.number;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.knowledge.Knowledge;
import org.tonus.core.knowledge.KnowledgeLoader;
import org.tonus.core.quantity.Quantity;

/** The pump refills of intrathecal/pump-refills.yaml, each worked by hand in the file. */
class PumpRefillCasesTest {
  private static final Knowledge KNOWLEDGE = KnowledgeLoader.loadBundled();
  private static final PumpRefillCalculator CALCULATOR = new PumpRefillCalculator(KNOWLEDGE);

  static Stream<Arguments> cases() {
    return CaseFile.cases("/intrathecal/pump-refills.yaml");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void refill(String name, JsonNode c) {
    JsonNode expect = c.get("expect");
    PumpRefillOutcome outcome = CALCULATOR.calculate(request(c.get("request")));

    if (expect.path("refused").asBoolean(false)) {
      assertThat(outcome).isInstanceOf(IntrathecalRefusal.class);
    } else {
      assertThat(outcome).isInstanceOf(PumpRefill.class);
      assertNumbers(expect, (PumpRefill) outcome);
    }
    CaseFile.assertAlerts(expect, outcome.alerts());
    CaseFile.assertRules(expect, outcome.rules(), outcome.sources());
  }

  private static void assertNumbers(JsonNode expect, PumpRefill refill) {
    if (expect.has("concentrationMcgPerMl")) {
      assertThat(refill.concentrationMcgPerMl())
          .isEqualByComparingTo(number(expect.get("concentrationMcgPerMl")));
    }
    if (expect.has("totalDailyMcg")) {
      assertThat(refill.totalDailyMcg()).isEqualByComparingTo(number(expect.get("totalDailyMcg")));
    }
    if (expect.has("totalMcg")) {
      assertThat(refill.totalMcg())
          .as("totalMcg")
          .isEqualByComparingTo(number(expect.get("totalMcg")));
    }
    if (expect.has("usableMcg")) {
      assertThat(refill.usableMcg())
          .as("usableMcg")
          .isEqualByComparingTo(number(expect.get("usableMcg")));
    }
    if (expect.has("rateMlPerDay")) {
      assertThat(refill.rateMlPerDay())
          .as("rateMlPerDay")
          .isEqualByComparingTo(number(expect.get("rateMlPerDay")));
    }
    if (expect.has("rateExact")) {
      assertThat(refill.rateExact()).isEqualTo(expect.get("rateExact").asBoolean());
    }
    if (expect.has("daysToReserve")) {
      assertThat(refill.daysToReserve())
          .as("daysToReserve")
          .isEqualTo(expect.get("daysToReserve").asLong());
    }
    if (expect.has("daysToEmpty")) {
      assertThat(refill.daysToEmpty())
          .as("daysToEmpty")
          .isEqualTo(expect.get("daysToEmpty").asLong());
    }
    if (expect.has("alarmDate")) {
      assertThat(refill.alarmDate()).as("alarmDate").isEqualTo(expect.get("alarmDate").asText());
    }
    if (expect.has("refillDueBy")) {
      assertThat(refill.refillDueBy())
          .as("refillDueBy")
          .isEqualTo(expect.get("refillDueBy").asText());
    }
    if (expect.has("emptyDate")) {
      assertThat(refill.emptyDate()).as("emptyDate").isEqualTo(expect.get("emptyDate").asText());
    }
    if (expect.has("marginDays")) {
      assertThat(refill.marginDays()).isEqualTo(expect.get("marginDays").asInt());
    }
  }

  private static PumpRefillRequest request(JsonNode r) {
    return new PumpRefillRequest(
        Jurisdiction.valueOf(r.get("jurisdiction").asText()),
        LocalDate.parse(r.get("refillDate").asText()),
        Quantity.parse(r.get("volume").asText()),
        Quantity.parse(r.get("concentration").asText()),
        Quantity.parse(r.get("dailyDose").asText()),
        optionalQuantity(r, "bolusPerDay"),
        Quantity.parse(r.get("reserve").asText()),
        r.has("marginDays") ? OptionalInt.of(r.get("marginDays").asInt()) : OptionalInt.empty(),
        optionalQuantity(r, "programmedConcentration"),
        r.has("today") ? Optional.of(LocalDate.parse(r.get("today").asText())) : Optional.empty());
  }

  private static Optional<Quantity> optionalQuantity(JsonNode r, String field) {
    return r.has(field) ? Optional.of(Quantity.parse(r.get(field).asText())) : Optional.empty();
  }
}
