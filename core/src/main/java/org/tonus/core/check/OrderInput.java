package org.tonus.core.check;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A proposed or current baclofen order as the request gives it: free-text directions, a structured
 * order, or a stop. Whether it can be interpreted is the checker's decision (an uninterpretable
 * order is an {@code INVALID_ORDER} alert, not an exception), so the fields are only null-checked.
 */
public sealed interface OrderInput {

  /** Free-text directions ("baclofen 10 mg po tid"). */
  record SigText(String sig) implements OrderInput {
    public SigText {
      Objects.requireNonNull(sig, "sig");
    }
  }

  /** A structured order; absent parts are left for the checker to report. */
  record Structured(
      String drug,
      Optional<BigDecimal> doseValue,
      Optional<String> doseUnit,
      Optional<String> route,
      Optional<Integer> timesPerDay,
      boolean asNeeded,
      Optional<Integer> durationDays)
      implements OrderInput {
    public Structured {
      Objects.requireNonNull(drug, "drug");
      Objects.requireNonNull(doseValue, "doseValue");
      Objects.requireNonNull(doseUnit, "doseUnit");
      Objects.requireNonNull(route, "route");
      Objects.requireNonNull(timesPerDay, "timesPerDay");
      Objects.requireNonNull(durationDays, "durationDays");
    }
  }

  /** Stop baclofen now. */
  record Stop() implements OrderInput {}

  static OrderInput sig(String text) {
    return new SigText(text);
  }

  static OrderInput stop() {
    return new Stop();
  }
}
