package org.tonus.core.sig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Reads the hand-written case files under {@code sig/}. Unknown keys are errors, so a typo in an
 * expectation ("dosse") fails loudly instead of silently checking nothing.
 */
final class SigCases {
  private SigCases() {}

  static final Set<String> CASE_KEYS =
      Set.of(
          "sig",
          "jurisdiction",
          "drug",
          "brand",
          "verb",
          "indication",
          "condition",
          "food",
          "rules",
          "steps");
  static final Set<String> STEP_KEYS =
      Set.of(
          "dose",
          "strength",
          "strengthFact",
          "count",
          "volume",
          "form",
          "route",
          "times",
          "every",
          "at",
          "pattern",
          "prn",
          "maxDoses",
          "maxDaily",
          "days",
          "stop",
          "daily");
  static final Set<String> REFUSAL_KEYS = Set.of("sig", "jurisdiction", "message", "part");

  static Stream<Arguments> load(String resource, Set<String> keys) {
    JsonNode root = read(resource);
    List<Arguments> cases = new ArrayList<>();
    for (JsonNode node : root) {
      checkKeys(node, keys, node.path("sig").asText("?"));
      for (JsonNode step : node.path("steps")) {
        checkKeys(step, STEP_KEYS, node.path("sig").asText("?"));
      }
      cases.add(Arguments.of(node.path("sig").asText(), node));
    }
    return cases.stream();
  }

  private static JsonNode read(String resource) {
    try (InputStream in = SigCases.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      return new ObjectMapper(new YAMLFactory()).readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void checkKeys(JsonNode node, Set<String> allowed, String sig) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw new IllegalStateException("case '" + sig + "' has an unknown key '" + name + "'");
      }
    }
  }
}
