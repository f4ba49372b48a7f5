package org.tonus.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tonus.core.alert.Alert;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.knowledge.KnowledgeLoader;
import org.tonus.core.patient.Patient;

/** The diary alert cases of diary-alerts/cases.yaml, on the pure calculation. */
class DiaryAlertCasesTest {
  private static final DiaryAlertRules RULES =
      new DiaryAlertRules(new DiaryFacts(KnowledgeLoader.loadBundled()));

  static Stream<Arguments> cases() {
    try (InputStream in =
        DiaryAlertCasesTest.class.getResourceAsStream("/diary-alerts/cases.yaml")) {
      JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
      List<Arguments> cases = new ArrayList<>();
      for (JsonNode node : root.get("cases")) {
        cases.add(Arguments.of(node.get("name").asText(), node));
      }
      return cases.stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void diaryAlertCase(String name, JsonNode node) {
    Patient patient = Patient.aged(node.get("ageYears").asInt());
    if (node.hasNonNull("weightKg")) {
      patient = patient.withWeightKg(node.get("weightKg").asText());
    }
    List<DiaryDay> days = new ArrayList<>();
    for (JsonNode day : node.get("days")) {
      days.add(
          new DiaryDay(
              LocalDate.parse(day.get("date").asText()),
              new BigDecimal(day.get("takenMg").asText()),
              day.get("missed").asInt(),
              day.hasNonNull("regimenDailyMg")
                  ? Optional.of(new BigDecimal(day.get("regimenDailyMg").asText()))
                  : Optional.empty()));
    }
    Optional<PumpRefillEntry> pump = Optional.empty();
    if (node.hasNonNull("pump")) {
      JsonNode p = node.get("pump");
      pump =
          Optional.of(
              new PumpRefillEntry(
                  1,
                  LocalDate.parse(p.get("refilledOn").asText()),
                  new BigDecimal("20"),
                  new BigDecimal("500"),
                  new BigDecimal("100"),
                  new BigDecimal("2"),
                  LocalDate.parse(p.get("refillDueBy").asText()),
                  LocalDate.parse(p.get("alarmDate").asText())));
    }

    List<Alert> alerts =
        RULES.alerts(
            Jurisdiction.valueOf(node.get("jurisdiction").asText()),
            patient,
            days,
            pump,
            LocalDate.parse(node.get("today").asText()));

    JsonNode expected = node.get("expected");
    assertThat(alerts)
        .extracting(alert -> alert.code() + " " + alert.severity())
        .containsExactlyElementsOf(
            stream(expected)
                .map(e -> e.get("code").asText() + " " + e.get("severity").asText())
                .toList());
    for (int i = 0; i < expected.size(); i++) {
      JsonNode evidence = expected.get(i).get("evidence");
      Alert alert = alerts.get(i);
      for (Map.Entry<String, JsonNode> field : evidence.properties()) {
        assertThat(alert.evidence())
            .as("evidence of alert %d", i)
            .containsEntry(field.getKey(), field.getValue().asText());
      }
      assertThat(alert.sources()).as("sources of alert %d", i).isNotEmpty();
      assertThat(alert.evidence()).containsKey("rules");
    }
  }

  private static Stream<JsonNode> stream(JsonNode array) {
    List<JsonNode> items = new ArrayList<>();
    array.forEach(items::add);
    return items.stream();
  }
}
