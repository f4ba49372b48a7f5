package org.tonus.core.plan;

import java.util.List;
import org.tonus.core.alert.Alert;

/**
 * No plan: the knowledge gives no safe schedule for this patient, or the request lacks what the
 * schedule needs. {@code reason} says which in words; the alerts carry the code and sources.
 * Invariant: a reason and at least one alert.
 */
public record PlanRefused(
    String reason, List<Alert> alerts, List<String> rules, List<String> sources)
    implements TitrationOutcome, TaperOutcome {

  public PlanRefused {
    if (reason.isBlank()) {
      throw new IllegalArgumentException("a refused plan needs a reason");
    }
    if (alerts.isEmpty()) {
      throw new IllegalArgumentException("a refused plan needs an alert");
    }
    alerts = List.copyOf(alerts);
    rules = List.copyOf(rules);
    sources = List.copyOf(sources);
  }
}
