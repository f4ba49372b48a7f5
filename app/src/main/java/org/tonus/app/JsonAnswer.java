package org.tonus.app;

import java.util.List;
import org.tonus.core.alert.Alert;
import org.tonus.core.alert.Severity;

/**
 * The answer to one JSON request of a contract in DESIGN.md: the response body (written with the
 * disclaimer added at the end) and the alerts it carries, which decide the command line's exit
 * code.
 */
public record JsonAnswer(Object body, List<Alert> alerts) {
  public JsonAnswer {
    alerts = List.copyOf(alerts);
  }

  /** The body as the contract's JSON, ending with the not-medical-advice statement. */
  public String json() {
    return Answers.json(body);
  }

  /** True when any alert is critical: exit code 1 on the command line. */
  public boolean critical() {
    return alerts.stream().anyMatch(alert -> alert.severity() == Severity.CRITICAL);
  }
}
