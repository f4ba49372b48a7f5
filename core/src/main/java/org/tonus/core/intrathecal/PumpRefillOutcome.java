package org.tonus.core.intrathecal;

import java.util.List;
import org.tonus.core.alert.Alert;

/**
 * What the pump refill calculator returns: the refill arithmetic, or a refusal that says which
 * input it could not trust. Both carry the alerts, the fact ids applied and their sources.
 */
public sealed interface PumpRefillOutcome permits PumpRefill, IntrathecalRefusal {
  List<Alert> alerts();

  List<String> rules();

  List<String> sources();
}
