package org.tonus.core.check;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tonus.core.alert.Alert;

/**
 * What the check found: the order as read (absent when it could not be read), the alerts (one per
 * problem, most severe first) and the mentions it could not recognise.
 */
public record CheckResult(
    Optional<ParsedOrder> parsedOrder, List<Alert> alerts, List<String> unrecognised) {
  public CheckResult {
    Objects.requireNonNull(parsedOrder, "parsedOrder");
    alerts = List.copyOf(alerts);
    unrecognised = List.copyOf(unrecognised);
  }
}
