package org.tonus.core.intrathecal;

import java.util.List;
import org.tonus.core.alert.Alert;

/**
 * No intrathecal plan or refill calculation was made, because an input could not be trusted (a dose
 * in mg, an unknown concentration, a mismatched pump) or the patient is outside the established
 * range. Invariant: at least one alert says why.
 */
public record IntrathecalRefusal(List<Alert> alerts, List<String> rules, List<String> sources)
    implements IntrathecalStartOutcome, PumpRefillOutcome {

  public IntrathecalRefusal {
    alerts = List.copyOf(alerts);
    rules = List.copyOf(rules);
    sources = List.copyOf(sources);
    if (alerts.isEmpty()) {
      throw new IllegalArgumentException("a refusal needs at least one alert that says why");
    }
  }
}
