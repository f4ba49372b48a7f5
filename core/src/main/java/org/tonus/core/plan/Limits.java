package org.tonus.core.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.tonus.core.knowledge.Fact;

/**
 * The ceilings that apply to one plan. The plan's maximum is the lowest ceiling that is not the
 * prescriber's target; the plan stops at the lowest of all.
 */
final class Limits {
  private final List<Limit> limits = new ArrayList<>();

  Limits add(Limit.Kind kind, BigDecimal dailyMg, String description, List<Fact> facts) {
    limits.add(new Limit(kind, dailyMg, description, facts));
    return this;
  }

  /** The lowest ceiling, target included. */
  Limit binding() {
    return limits.stream()
        .min(Comparator.comparing(Limit::dailyMg))
        .orElseThrow(() -> new IllegalStateException("a plan needs at least one limit"));
  }

  BigDecimal cap() {
    return binding().dailyMg();
  }

  /** The lowest ceiling that is not the target: the applicable maximum. */
  BigDecimal maximum() {
    return limits.stream()
        .filter(l -> l.kind() != Limit.Kind.TARGET)
        .map(Limit::dailyMg)
        .min(Comparator.naturalOrder())
        .orElseThrow(() -> new IllegalStateException("a plan needs a maximum"));
  }

  /** The lowest ceiling of one kind. */
  Optional<Limit> lowest(Limit.Kind kind) {
    return limits.stream().filter(l -> l.kind() == kind).min(Comparator.comparing(Limit::dailyMg));
  }
}
