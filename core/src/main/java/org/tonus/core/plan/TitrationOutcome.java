package org.tonus.core.plan;

import java.util.List;
import org.tonus.core.alert.Alert;

/** The answer to a titration request: a {@link TitrationPlan} or a {@link PlanRefused}. */
public sealed interface TitrationOutcome permits TitrationPlan, PlanRefused {
  List<Alert> alerts();

  List<String> rules();

  List<String> sources();
}
