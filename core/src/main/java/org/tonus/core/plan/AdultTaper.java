package org.tonus.core.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The adult way down (WD-04-E): the titration levels below the current regimen, highest first, each
 * held for the interval of the cut that follows it. At or below the starting level, one daily dose
 * is dropped at a time instead, down to a single daily dose, from which the taper stops.
 */
final class AdultTaper {
  private AdultTaper() {}

  static List<Hold> rungs(DoseLevel current, AdultLadder ladder, StepRule rule) {
    List<DoseLevel> below =
        new ArrayList<>(
            ladder.through(current.dailyMg()).stream()
                .filter(l -> l.dailyMg().compareTo(current.dailyMg()) < 0)
                .toList());
    Collections.reverse(below);
    if (below.isEmpty()) {
      below = dropDoses(current);
    } else {
      BigDecimal firstCut = current.dailyMg().subtract(below.get(0).dailyMg());
      if (firstCut.compareTo(rule.largestChangeMg(below.get(0).dailyMg(), current.dailyMg())) > 0) {
        throw new IllegalStateException(
            "the titration levels leave a gap larger than the rule below " + current);
      }
    }
    return holds(below, rule);
  }

  /** One dose a day fewer at a time; a single daily dose is already the last level. */
  static List<DoseLevel> dropDoses(DoseLevel current) {
    List<DoseLevel> levels = new ArrayList<>();
    for (int n = current.dosesPerDay() - 1; n >= 1; n--) {
      levels.add(new DoseLevel(n, current.doseMg()));
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
