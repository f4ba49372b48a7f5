package org.tonus.core.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.tonus.core.alert.Alert;
import org.tonus.core.alert.AlertCode;
import org.tonus.core.alert.Severity;
import org.tonus.core.knowledge.Fact;

/** Builds the alerts planners emit, with evidence kept in the order written. */
final class PlanAlerts {
  /** The policy that doses are given exactly or said to be impossible. */
  static final String EXACT_DOSES_POLICY = "POL-04-G";

  private PlanAlerts() {}

  /** CAUTION (warning) naming the doses of a schedule that cannot be made exactly. */
  static Alert notMakeable(Schedule schedule, Preparer preparer, Fact exactDoses) {
    String doses =
        schedule.notMakeable().stream()
            .map(
                s -> Amounts.plain(s.doseMg()) + " mg (days " + s.fromDay() + "-" + s.toDay() + ")")
            .collect(Collectors.joining(", "));
    return alert(
        AlertCode.CAUTION,
        Severity.WARNING,
        "Some doses cannot be made exactly from "
            + preparer.describe()
            + ": "
            + doses
            + ". Choose other strengths, allow halves of scored tablets, or use an oral liquid.",
        exactDoses.sources(),
        "doses",
        doses,
        "madeFrom",
        preparer.describe());
  }

  static Alert alert(
      AlertCode code, Severity severity, String message, List<String> sources, String... evidence) {
    if (evidence.length % 2 != 0) {
      throw new IllegalArgumentException("evidence comes in key, value pairs");
    }
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < evidence.length; i += 2) {
      map.put(evidence[i], evidence[i + 1]);
    }
    return new Alert(code, severity, message, map, sources);
  }
}
