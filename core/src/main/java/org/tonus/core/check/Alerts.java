package org.tonus.core.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.tonus.core.alert.Alert;
import org.tonus.core.alert.AlertCode;
import org.tonus.core.alert.Severity;
import org.tonus.core.knowledge.Fact;
import org.tonus.core.knowledge.InteractionSeverity;

/**
 * Building and merging alerts. The evidence key {@value #ABOUT} names the problem an alert is
 * about; two alerts with the same code and the same subject are one problem and are merged.
 */
final class Alerts {
  static final String ABOUT = "about";

  private Alerts() {}

  /** An alert citing the sources of {@code facts}; evidence as key, value pairs. */
  static Alert of(
      AlertCode code, Severity severity, String message, List<Fact> facts, String... evidence) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i + 1 < evidence.length; i += 2) {
      map.put(evidence[i], evidence[i + 1]);
    }
    LinkedHashSet<String> sources = new LinkedHashSet<>();
    if (!facts.isEmpty()) {
      StringJoiner rules = new StringJoiner(", ");
      for (Fact fact : facts) {
        rules.add(fact.id());
        sources.addAll(fact.sources());
      }
      map.put("rules", rules.toString());
    }
    return new Alert(code, severity, message, map, List.copyOf(sources));
  }

  /**
   * The severity mapping of the knowledge's words: high and moderate need a clinician's decision
   * (warning), low is for information. Critical is never read from a fact; it is set by the rules
   * that the policies call critical (POL-02, POL-07, POL-09, POL-18).
   */
  static Severity severity(InteractionSeverity word) {
    return switch (word) {
      case HIGH, MODERATE -> Severity.WARNING;
      case LOW -> Severity.INFO;
    };
  }

  /** One alert per problem: same code and subject merge, keeping the gravest and all sources. */
  static List<Alert> merge(List<Alert> alerts) {
    Map<String, Alert> byProblem = new LinkedHashMap<>();
    for (Alert alert : alerts) {
      String key = alert.code() + "|" + alert.evidence().getOrDefault(ABOUT, alert.message());
      byProblem.merge(key, alert, Alerts::combine);
    }
    List<Alert> merged = new ArrayList<>(byProblem.values());
    merged.sort(Comparator.comparing(Alert::severity));
    return merged;
  }

  private static Alert combine(Alert kept, Alert other) {
    Alert first = kept.severity().compareTo(other.severity()) <= 0 ? kept : other;
    Alert second = first == kept ? other : kept;
    LinkedHashSet<String> sources = new LinkedHashSet<>(first.sources());
    sources.addAll(second.sources());
    Map<String, String> evidence = new LinkedHashMap<>(second.evidence());
    evidence.putAll(first.evidence());
    return new Alert(
        first.code(), first.severity(), first.message(), evidence, List.copyOf(sources));
  }
}
