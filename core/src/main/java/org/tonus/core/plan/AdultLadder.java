package org.tonus.core.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The adult titration levels in order: the labelled start, the labelled per-dose step up to its
 * {@code upTo} (DOSE-US-01-B, DOSE-UK-01-B), then, per POL-04-E, one more dose of the same size up
 * to the usual most doses a day (ADM-06), then the per-dose step again. Every rise is checked
 * against the daily-total rule; a pack whose steps break it is refused loudly.
 */
final class AdultLadder {
  private final DoseLevel start;
  private final BigDecimal perDoseStepMg;
  private final BigDecimal upToDailyMg;
  private final int mostDosesPerDay;
  private final StepRule rule;

  AdultLadder(
      DoseLevel start,
      BigDecimal perDoseStepMg,
      BigDecimal upToDailyMg,
      int mostDosesPerDay,
      StepRule rule) {
    this.start = start;
    this.perDoseStepMg = perDoseStepMg;
    this.upToDailyMg = upToDailyMg;
    this.mostDosesPerDay = mostDosesPerDay;
    this.rule = rule;
  }

  /** The levels from the start whose daily total is at most {@code boundDailyMg}. */
  List<DoseLevel> upTo(BigDecimal boundDailyMg) {
    List<DoseLevel> levels = new ArrayList<>();
    for (DoseLevel level = start;
        level.dailyMg().compareTo(boundDailyMg) <= 0;
        level = next(level)) {
      levels.add(level);
    }
    return levels;
  }

  /** The levels from the start up to and including the first that reaches {@code dailyMg}. */
  List<DoseLevel> through(BigDecimal dailyMg) {
    List<DoseLevel> levels = new ArrayList<>();
    DoseLevel level = start;
    levels.add(level);
    while (level.dailyMg().compareTo(dailyMg) < 0) {
      level = next(level);
      levels.add(level);
    }
    return levels;
  }

  DoseLevel start() {
    return start;
  }

  /** True when the level lies beyond the labelled steps, where POL-04-E decides. */
  boolean beyondLabelledSteps(DoseLevel level) {
    return level.dailyMg().compareTo(upToDailyMg) > 0;
  }

  private DoseLevel next(DoseLevel level) {
    BigDecimal perDose = level.doseMg().add(perDoseStepMg);
    DoseLevel raised = new DoseLevel(level.dosesPerDay(), perDose);
    DoseLevel next;
    if (raised.dailyMg().compareTo(upToDailyMg) <= 0) {
      next = raised;
    } else if (level.dosesPerDay() < mostDosesPerDay) {
      next = new DoseLevel(level.dosesPerDay() + 1, level.doseMg()); // POL-04-E
    } else {
      next = raised;
    }
    BigDecimal rise = next.dailyMg().subtract(level.dailyMg());
    if (rise.compareTo(rule.largestChangeMg(level.dailyMg(), next.dailyMg())) > 0) {
      throw new IllegalStateException(
          "the titration step from " + level + " to " + next + " breaks the daily-total rule");
    }
    return next;
  }
}
