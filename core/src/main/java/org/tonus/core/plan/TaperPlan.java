package org.tonus.core.plan;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.tonus.core.alert.Alert;

/**
 * A gradual stop: reduced steps, then a last step at zero. {@code days} counts the days on a
 * reduced dose, so the first day without baclofen is day {@code days + 1}. Totals as in {@link
 * TitrationPlan}.
 *
 * <p>Invariants: the last step, and only it, is at zero; it starts on day {@code days + 1}; each
 * step is lower than the one before.
 */
public record TaperPlan(
    List<PlanStep> steps,
    int days,
    BigDecimal totalMg,
    SortedMap<BigDecimal, Integer> tabletsNeeded,
    SortedMap<BigDecimal, BigDecimal> liquidNeededMl,
    List<Alert> alerts,
    List<String> rules,
    List<String> sources)
    implements TaperOutcome {

  public TaperPlan {
    if (steps.isEmpty() || !steps.get(steps.size() - 1).level().isNone()) {
      throw new IllegalArgumentException("a taper must end at zero");
    }
    if (steps.get(steps.size() - 1).fromDay() != days + 1) {
      throw new IllegalArgumentException(
          "a taper of " + days + " days must stop on day " + (days + 1));
    }
    for (int i = 1; i < steps.size(); i++) {
      if (steps.get(i).dailyMg().compareTo(steps.get(i - 1).dailyMg()) > 0) {
        throw new IllegalArgumentException("taper step " + (i + 1) + " rises");
      }
    }
    steps = List.copyOf(steps);
    tabletsNeeded = Collections.unmodifiableSortedMap(new TreeMap<>(tabletsNeeded));
    liquidNeededMl = Collections.unmodifiableSortedMap(new TreeMap<>(liquidNeededMl));
    alerts = List.copyOf(alerts);
    rules = List.copyOf(rules);
    sources = List.copyOf(sources);
  }
}
