package org.tonus.core.plan;

import java.util.List;

/**
 * A prescriber's own way down, to be judged: these steps in order, then stop. No steps means stop
 * now.
 */
public record ProposedTaper(List<Step> steps) {

  public ProposedTaper {
    steps = List.copyOf(steps);
  }

  /** Stopping at once, with no reduced steps. */
  public static ProposedTaper stopNow() {
    return new ProposedTaper(List.of());
  }

  public static ProposedTaper of(Step... steps) {
    return new ProposedTaper(List.of(steps));
  }

  /** Days until the first day without baclofen. */
  public int days() {
    return steps.stream().mapToInt(Step::days).sum();
  }

  /** One proposed level held for some days. Invariant: a real dose, held at least one day. */
  public record Step(DoseLevel level, int days) {
    public Step {
      if (level.isNone()) {
        throw new IllegalArgumentException(
            "a proposed taper step needs a dose; the stop comes last");
      }
      if (days < 1) {
        throw new IllegalArgumentException("proposed step " + level + " lasts " + days + " days");
      }
    }
  }
}
