package org.tonus.core.plan;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.tonus.core.alert.Alert;

/**
 * A start-and-raise schedule. The last step is the dose reached, shown for one interval; after it
 * the patient continues as the prescriber directs. {@code maximumDailyMg} is the applicable ceiling
 * (jurisdiction, child and kidney limits together); {@code totalMg}, {@code tabletsNeeded} (whole
 * tablets per strength in mg) and {@code liquidNeededMl} (per concentration in mg/mL) cover the
 * steps.
 *
 * <p>Invariants: at least one step; the steps follow each other day by day; no step's daily total
 * is above {@code maximumDailyMg}.
 */
public record TitrationPlan(
    List<PlanStep> steps,
    BigDecimal totalMg,
    SortedMap<BigDecimal, Integer> tabletsNeeded,
    SortedMap<BigDecimal, BigDecimal> liquidNeededMl,
    BigDecimal maximumDailyMg,
    List<Alert> alerts,
    List<String> rules,
    List<String> sources)
    implements TitrationOutcome {

  public TitrationPlan {
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("a titration plan needs at least one step");
    }
    for (int i = 0; i < steps.size(); i++) {
      PlanStep step = steps.get(i);
      if (step.dailyMg().compareTo(maximumDailyMg) > 0) {
        throw new IllegalArgumentException(
            "step "
                + (i + 1)
                + " gives "
                + step.dailyMg().toPlainString()
                + " mg/day, above the maximum "
                + maximumDailyMg.toPlainString());
      }
      int expectedFrom = i == 0 ? 1 : steps.get(i - 1).toDay() + 1;
      if (step.fromDay() != expectedFrom) {
        throw new IllegalArgumentException(
            "step " + (i + 1) + " starts on day " + step.fromDay() + ", not " + expectedFrom);
      }
    }
    steps = List.copyOf(steps);
    tabletsNeeded = Collections.unmodifiableSortedMap(new TreeMap<>(tabletsNeeded));
    liquidNeededMl = Collections.unmodifiableSortedMap(new TreeMap<>(liquidNeededMl));
    alerts = List.copyOf(alerts);
    rules = List.copyOf(rules);
    sources = List.copyOf(sources);
  }

  /** The daily total the plan reaches. */
  public BigDecimal finalDailyMg() {
    return steps.get(steps.size() - 1).dailyMg();
  }

  /** Days the plan covers. */
  public int days() {
    return steps.get(steps.size() - 1).toDay();
  }
}
