package org.tonus.core.plan;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The UK child way down (WD-04-E with PED-UK-01-H): each cut as large as the weekly step allows, to
 * the smallest level that can be made, weeks adding up when nothing in reach can be made. A regimen
 * already within one step of zero drops one daily dose at a time instead.
 */
final class ChildTaper {
  private ChildTaper() {}

  static List<Hold> rungs(DoseLevel current, ChildStepRule rule, LevelSearch search) {
    BigDecimal step = rule.stepMg();
    int interval = rule.interval();
    if (current.dailyMg().compareTo(step) <= 0) {
      return AdultTaper.holds(AdultTaper.dropDoses(current), rule);
    }
    List<Hold> rungs = new ArrayList<>();
    DoseLevel level = current;
    boolean atCurrent = true;
    int weeks = 1;
    while (true) {
      BigDecimal reach = step.multiply(BigDecimal.valueOf(weeks));
      // spread what is left over equal cuts, so the last level is not a token dose
      int cutsLeft = level.dailyMg().divide(reach, 0, RoundingMode.CEILING).intValueExact();
      if (cutsLeft <= 1) {
        break;
      }
      BigDecimal target =
          level
              .dailyMg()
              .multiply(BigDecimal.valueOf(cutsLeft - 1L))
              .divide(BigDecimal.valueOf(cutsLeft), MathContext.DECIMAL64);
      Optional<DoseLevel> next = search.smallestAtLeast(target, level.dailyMg());
      if (next.isEmpty()) {
        weeks++;
        continue;
      }
      // the current regimen counts as held one interval already; only extra waiting is planned
      if (!atCurrent) {
        rungs.add(new Hold(level, interval * weeks));
      } else if (weeks > 1) {
        rungs.add(new Hold(current, interval * (weeks - 1)));
      }
      level = next.get();
      atCurrent = false;
      weeks = 1;
    }
    rungs.add(
        atCurrent ? new Hold(current, interval * (weeks - 1)) : new Hold(level, interval * weeks));
    return rungs;
  }
}
