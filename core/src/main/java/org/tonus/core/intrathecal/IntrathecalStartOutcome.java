package org.tonus.core.intrathecal;

import java.util.List;
import org.tonus.core.alert.Alert;

/**
 * What the intrathecal start planner returns: a plan, or a refusal that says why no plan was made.
 * Both carry the alerts, the fact ids applied and their sources.
 */
public sealed interface IntrathecalStartOutcome permits IntrathecalStartPlan, IntrathecalRefusal {
  List<Alert> alerts();

  List<String> rules();

  List<String> sources();
}
