package org.tonus.core.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import org.tonus.core.alert.Alert;
import org.tonus.core.alert.AlertCode;
import org.tonus.core.alert.Evidence;
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
    Evidence.Builder map = Evidence.builder(evidence.length / 2 + 1);
    for (int i = 0; i + 1 < evidence.length; i += 2) {
      map.put(evidence[i], evidence[i + 1]);
    }
    if (facts.isEmpty()) {
      return new Alert(code, severity, message, map.build(), List.of());
    }
    map.put("rules", rules(facts));
    return new Alert(code, severity, message, map.build(), sources(facts));
  }

  /** The fact ids, comma separated, as the evidence key "rules" shows them. */
  static String rules(List<Fact> facts) {
    if (facts.size() == 1) {
      return facts.get(0).id();
    }
    StringBuilder rules = new StringBuilder();
    for (Fact fact : facts) {
      if (rules.length() > 0) {
        rules.append(", ");
      }
      rules.append(fact.id());
    }
    return rules.toString();
  }

  /** The sources of the facts, each once, in the order first cited. */
  static List<String> sources(List<Fact> facts) {
    if (facts.size() == 1) {
      return distinct(facts.get(0).sources());
    }
    List<String> sources = new ArrayList<>();
    for (Fact fact : facts) {
      for (String source : fact.sources()) {
        if (!sources.contains(source)) {
          sources.add(source);
        }
      }
    }
    return List.copyOf(sources);
  }

  private static List<String> distinct(List<String> sources) {
    for (int i = 1; i < sources.size(); i++) {
      if (sources.subList(0, i).contains(sources.get(i))) {
        return List.copyOf(new LinkedHashSet<>(sources));
      }
    }
    return List.copyOf(sources);
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
    List<Alert> merged = new ArrayList<>(alerts.size());
    // A check finds a dozen alerts or so: a scan of the few kept beats hashing every subject.
    List<String> subjects = new ArrayList<>(alerts.size());
    for (Alert alert : alerts) {
      String subject = alert.evidence().getOrDefault(ABOUT, alert.message());
      int at = -1;
      for (int i = 0; i < merged.size(); i++) {
        if (merged.get(i).code() == alert.code() && subjects.get(i).equals(subject)) {
          at = i;
          break;
        }
      }
      if (at < 0) {
        merged.add(alert);
        subjects.add(subject);
      } else {
        merged.set(at, combine(merged.get(at), alert));
      }
    }
    merged.sort(BY_SEVERITY);
    return merged;
  }

  private static final Comparator<Alert> BY_SEVERITY = Comparator.comparing(Alert::severity);

  private static Alert combine(Alert kept, Alert other) {
    Alert first = kept.severity().compareTo(other.severity()) <= 0 ? kept : other;
    Alert second = first == kept ? other : kept;
    LinkedHashSet<String> sources = new LinkedHashSet<>(first.sources());
    sources.addAll(second.sources());
    Evidence evidence =
        Evidence.builder(second.evidence().size() + first.evidence().size())
            .putAll(second.evidence())
            .putAll(first.evidence())
            .build();
    return new Alert(
        first.code(), first.severity(), first.message(), evidence, List.copyOf(sources));
  }
}
