package org.tonus.core.intrathecal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.tonus.core.alert.Alert;

/** Reads a YAML file of worked clinical cases from the test resources, one argument set each. */
final class CaseFile {
  private CaseFile() {}

  static Stream<Arguments> cases(String resource) {
    try (InputStream in = CaseFile.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no test resource " + resource);
      }
      JsonNode root = new YAMLMapper().readTree(in);
      List<Arguments> cases = new ArrayList<>();
      root.get("cases").forEach(c -> cases.add(Arguments.of(c.get("name").asText(), c)));
      return cases.stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> texts(JsonNode list) {
    List<String> texts = new ArrayList<>();
    if (list != null) {
      list.forEach(n -> texts.add(n.asText()));
    }
    return texts;
  }

  static BigDecimal number(JsonNode node) {
    return new BigDecimal(node.asText());
  }

  /** Alerts as "CODE severity", the way the case files write them. */
  static List<String> codes(List<Alert> alerts) {
    return alerts.stream().map(a -> a.code() + " " + a.severity().word()).toList();
  }

  /** Checks the alerts, message fragments and evidence a case expects. */
  static void assertAlerts(JsonNode expect, List<Alert> alerts) {
    if (expect.has("alerts")) {
      assertThat(codes(alerts))
          .as("alerts")
          .containsExactlyInAnyOrderElementsOf(texts(expect.get("alerts")));
    }
    String messages = String.join("\n", alerts.stream().map(Alert::message).toList());
    for (String fragment : texts(expect.get("messageContains"))) {
      assertThat(messages).as("alert messages").contains(fragment);
    }
    if (expect.has("evidence")) {
      expect
          .get("evidence")
          .properties()
          .forEach(
              e ->
                  assertThat(alerts)
                      .as("evidence " + e.getKey())
                      .anySatisfy(
                          a ->
                              assertThat(a.evidence())
                                  .containsEntry(e.getKey(), e.getValue().asText())));
    }
    assertThat(alerts).allSatisfy(a -> assertThat(a.sources()).as("alert sources").isNotEmpty());
  }

  /** Every cited rule the case names must be among the result's rules. */
  static void assertRules(JsonNode expect, List<String> rules, List<String> sources) {
    assertThat(rules).as("rules").containsAll(texts(expect.get("rules")));
    assertThat(sources).as("sources").isNotEmpty();
  }
}
