package org.tonus.core.plan;

import java.util.List;
import org.tonus.core.alert.Alert;

/** The answer to a taper request: a {@link TaperPlan} or a {@link PlanRefused}. */
public sealed interface TaperOutcome permits TaperPlan, PlanRefused {
  List<Alert> alerts();

  List<String> rules();

  List<String> sources();
}
