package org.tonus.dur;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The synthetic population's ground truth, and precision and recall of alerts against it. */
final class GroundTruth {
  private GroundTruth() {}

  /** Expected (prescription, code) pairs: "MedicationRequest/p1-b2 DOSE_ABOVE_MAX". */
  static Set<String> expected(Path dir) {
    ObjectMapper json = new ObjectMapper();
    Set<String> pairs = new TreeSet<>();
    try {
      for (String line : Files.readAllLines(dir.resolve("ground-truth.ndjson"))) {
        JsonNode node = json.readTree(line);
        for (JsonNode code : node.get("expected")) {
          pairs.add(node.get("prescription").asText() + " " + code.asText());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pairs;
  }

  static Set<String> found(Collection<AlertRow> alerts) {
    Set<String> pairs = new TreeSet<>();
    alerts.forEach(a -> pairs.add(a.prescription() + " " + a.code()));
    return pairs;
  }

  /** Precision, recall, and the pairs missed and extra, as one line per measure. */
  record Score(double precision, double recall, List<String> missed, List<String> extra) {
    static Score of(Set<String> expected, Set<String> found) {
      List<String> missed = new ArrayList<>();
      List<String> extra = new ArrayList<>();
      expected.stream().filter(e -> !found.contains(e)).forEach(missed::add);
      found.stream().filter(f -> !expected.contains(f)).forEach(extra::add);
      long hits = expected.size() - missed.size();
      return new Score(
          found.isEmpty() ? 1.0 : hits / (double) found.size(),
          expected.isEmpty() ? 1.0 : hits / (double) expected.size(),
          missed,
          extra);
    }
  }
}
