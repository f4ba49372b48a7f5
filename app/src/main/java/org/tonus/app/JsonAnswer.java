package org.tonus.app;

import java.util.List;
import java.util.Objects;
import org.tonus.app.output.JsonOutput;
import org.tonus.core.alert.Alert;
import org.tonus.core.alert.Severity;
import org.tonus.core.monograph.Monograph;

/**
 * The answer to one JSON request of a contract in DESIGN.md: the response body (written with its
 * disclaimer added at the end) and the alerts it carries, which decide the command line's exit
 * code. The disclaimer is the not-medical-advice statement unless the answer has its own (triage:
 * not a diagnosis).
 */
public record JsonAnswer(Object body, List<Alert> alerts, String disclaimer) {
  public JsonAnswer {
    alerts = List.copyOf(alerts);
    Objects.requireNonNull(disclaimer, "disclaimer");
  }

  public JsonAnswer(Object body, List<Alert> alerts) {
    this(body, alerts, Monograph.DISCLAIMER);
  }

  /** The body as the contract's JSON, ending with the disclaimer. */
  public String json() {
    return new JsonOutput().writeWith(body, "disclaimer", disclaimer);
  }

  /** True when any alert is critical: exit code 1 on the command line. */
  public boolean critical() {
    return alerts.stream().anyMatch(alert -> alert.severity() == Severity.CRITICAL);
  }
}
