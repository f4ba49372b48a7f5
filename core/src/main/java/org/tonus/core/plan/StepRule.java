package org.tonus.core.plan;

import java.math.BigDecimal;
import java.util.List;
import org.tonus.core.knowledge.Fact;

/**
 * How far and how often the daily total may change, in either direction: the titration rule, which
 * a taper runs backwards (WD-04-E). A change is described by its lower and upper daily totals.
 */
interface StepRule {

  /** The largest change of the daily total allowed in one step between these totals. */
  BigDecimal largestChangeMg(BigDecimal lowerDailyMg, BigDecimal upperDailyMg);

  /** The fewest days a level must be held before changing between these totals. */
  int intervalDays(BigDecimal lowerDailyMg, BigDecimal upperDailyMg);

  /**
   * True when time without a change adds up, so that after two intervals two steps' worth may be
   * changed at once (the child policy, PED-UK-01-H); false when each change is limited to one step
   * however long the level was held (the adult policy, POL-04-B/C).
   */
  boolean accumulates();

  List<Fact> facts();

  /**
   * The change allowed after holding a level for {@code heldDays}: nothing before the interval,
   * then one step, or one step per interval held when the rule accumulates.
   */
  default BigDecimal allowedChangeMg(
      BigDecimal lowerDailyMg, BigDecimal upperDailyMg, int heldDays) {
    int interval = intervalDays(lowerDailyMg, upperDailyMg);
    int steps = heldDays < interval ? 0 : accumulates() ? heldDays / interval : 1;
    return largestChangeMg(lowerDailyMg, upperDailyMg).multiply(BigDecimal.valueOf(steps));
  }
}
