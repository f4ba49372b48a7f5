package org.tonus.core.triage;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.tonus.core.alert.Alert;
import org.tonus.core.alert.AlertCode;
import org.tonus.core.alert.Severity;
import org.tonus.core.knowledge.Fact;

/** The alerts triage raises itself: SEEK_CARE_NOW, OVERDOSE_SIGNS and WITHDRAWAL_SIGNS. */
final class TriageAlerts {
  private TriageAlerts() {}

  /** Critical, naming the reasons and how to reach emergency services (SEEK-12-*). */
  static Alert seekCareNow(Urgency urgency, Fact emergency) {
    List<Fact> basis = new java.util.ArrayList<>(urgency.basis());
    basis.add(emergency);
    Map<String, String> evidence = new LinkedHashMap<>();
    evidence.put("reasons", String.join(", ", urgency.reasons()));
    evidence.put("rules", ids(basis));
    return new Alert(
        AlertCode.SEEK_CARE_NOW,
        Severity.CRITICAL,
        "Seek care now because of "
            + String.join(", ", urgency.reasons())
            + ". "
            + emergency.text(),
        evidence,
        sources(basis));
  }

  static Alert pattern(AlertCode code, Pattern pattern, boolean undecided) {
    String signs =
        pattern.signs().stream()
            .map(g -> g.mention().symptom().name())
            .collect(Collectors.joining(", "));
    StringBuilder message =
        new StringBuilder(
            code == AlertCode.OVERDOSE_SIGNS
                ? "Signs that may mean too much baclofen: "
                : "Signs that may mean baclofen withdrawal: ");
    message.append(signs);
    if (pattern.hasContext()) {
      message.append(", with ").append(String.join(", ", pattern.context()));
    }
    message.append('.');
    if (undecided) {
      message.append(
          " Overdose and withdrawal share these signs; whether a dose was recently raised or"
              + " missed decides which (WD-06).");
    }
    Map<String, String> evidence = new LinkedHashMap<>();
    evidence.put(
        "signs", pattern.signs().stream().map(Graded::id).collect(Collectors.joining(",")));
    evidence.put("context", String.join(",", pattern.context()));
    evidence.put("rules", ids(pattern.basis()));
    return new Alert(
        code, pattern.severity(), message.toString(), evidence, sources(pattern.basis()));
  }

  private static String ids(Collection<Fact> facts) {
    return facts.stream().map(Fact::id).distinct().collect(Collectors.joining(","));
  }

  private static List<String> sources(Collection<Fact> facts) {
    return facts.stream().flatMap(f -> f.sources().stream()).distinct().toList();
  }
}
