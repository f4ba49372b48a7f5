package org.tonus.core.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tonus.core.alert.Alert;
import org.tonus.core.alert.AlertCode;
import org.tonus.core.alert.Severity;

/** Builds the alerts planners emit, with evidence kept in the order written. */
final class PlanAlerts {
  private PlanAlerts() {}

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
