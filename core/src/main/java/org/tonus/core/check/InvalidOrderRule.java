package org.tonus.core.check;

import java.util.List;
import org.tonus.core.alert.Alert;
import org.tonus.core.alert.AlertCode;
import org.tonus.core.alert.Severity;

/**
 * An order that cannot be read, or that is not a baclofen order, is critical: nothing else about it
 * can be judged and nothing is guessed (POL-10).
 */
final class InvalidOrderRule implements CheckRule {
  @Override
  public List<Alert> check(CheckContext context) {
    if (context.order() instanceof ReadOrder.Invalid invalid) {
      return List.of(
          invalid("The order cannot be interpreted: " + invalid.reason() + ".", context));
    }
    if (context.sig().isPresent() && !context.sig().get().isBaclofen()) {
      String drug = context.sig().get().drug().map(d -> d.name()).orElse("no drug");
      return List.of(
          invalid(
              "The order is for " + drug + ", not baclofen; this check is for baclofen.", context));
    }
    if (context.sig().isPresent()
        && context.dosedSteps().stream().anyMatch(s -> s.frequency().isEmpty())) {
      return List.of(
          invalid("The order has no frequency: how often is the dose to be taken?", context));
    }
    if (context.sig().isPresent()
        && context.dosedSteps().stream()
            .anyMatch(s -> s.dose().isEmpty() && s.volume().isEmpty())) {
      return List.of(invalid("The order has no dose with a unit.", context));
    }
    return List.of();
  }

  private static Alert invalid(String message, CheckContext context) {
    return Alerts.of(
        AlertCode.INVALID_ORDER,
        Severity.CRITICAL,
        message,
        List.of(context.facts().fact("POL-10")));
  }
}
