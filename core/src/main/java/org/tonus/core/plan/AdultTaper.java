package org.tonus.core.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.tonus.core.knowledge.IntRange;

/**
 * The adult way down (WD-04-E): the titration levels below the current regimen, highest first, each
 * held for the interval of the cut that follows it. At or below the starting level, one daily dose
 * is dropped at a time instead; a single daily dose goes to the next smaller dose that can be made,
 * if any.
 */
final class AdultTaper {
  private AdultTaper() {}

  static List<Hold> rungs(DoseLevel current, AdultLadder ladder, StepRule rule, Preparer preparer) {
    List<DoseLevel> below =
        new ArrayList<>(
            ladder.through(current.dailyMg()).stream()
                .filter(l -> l.dailyMg().compareTo(current.dailyMg()) < 0)
                .toList());
    Collections.reverse(below);
    if (below.isEmpty()) {
      below = dropDoses(current, preparer);
    } else {
      BigDecimal firstCut = current.dailyMg().subtract(below.get(0).dailyMg());
      if (firstCut.compareTo(rule.largestChangeMg(below.get(0).dailyMg(), current.dailyMg())) > 0) {
        throw new IllegalStateException(
            "the titration levels leave a gap larger than the rule below " + current);
      }
    }
    return holds(below, rule);
  }

  /**
   * One dose a day fewer at a time; from a single dose, the largest smaller dose that can be made.
   */
  static List<DoseLevel> dropDoses(DoseLevel current, Preparer preparer) {
    List<DoseLevel> levels = new ArrayList<>();
    for (int n = current.dosesPerDay() - 1; n >= 1; n--) {
      levels.add(new DoseLevel(n, current.doseMg()));
    }
    if (levels.isEmpty()) {
      new LevelSearch(preparer, new IntRange(1, 1), false)
          .largestAtMost(
              current.dailyMg(), BigDecimal.ZERO, l -> l.dailyMg().compareTo(current.dailyMg()) < 0)
          .ifPresent(levels::add);
    }
    return levels;
  }

  /** Each level held for the interval of the cut that follows it (the last, of the cut to zero). */
  static List<Hold> holds(List<DoseLevel> descending, StepRule rule) {
    List<Hold> holds = new ArrayList<>();
    for (int i = 0; i < descending.size(); i++) {
      BigDecimal next =
          i + 1 < descending.size() ? descending.get(i + 1).dailyMg() : BigDecimal.ZERO;
      holds.add(new Hold(descending.get(i), rule.intervalDays(next, descending.get(i).dailyMg())));
    }
    return holds;
  }
}
