package org.tonus.core.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Judges a way down from a current regimen against the taper policy (WD-04-E): it must take at
 * least the minimum days (WD-04-A), and each cut must be no larger than the titration rule allows
 * and come no sooner than its interval (POL-04-B/C, or PED-UK-01-H for a UK child). The current
 * regimen counts as held for one interval. A step that rises is reported separately: it is not a
 * taper.
 */
final class TaperJudge {

  /** What was found; no problems and no rises means the way down keeps to the rule. */
  record Judgement(
      int days,
      List<String> problems,
      List<String> rises,
      BigDecimal largestCutMg,
      BigDecimal shortestHoldDays) {

    boolean keepsToTheRule() {
      return problems.isEmpty() && rises.isEmpty();
    }
  }

  private TaperJudge() {}

  static Judgement judge(
      DoseLevel current, List<ProposedTaper.Step> steps, StepRule rule, int minimumDays) {
    List<String> problems = new ArrayList<>();
    List<String> rises = new ArrayList<>();
    int days = steps.stream().mapToInt(ProposedTaper.Step::days).sum();
    if (days < minimumDays) {
      problems.add(
          (days == 0 ? "it stops at once" : "it reaches zero after " + days + " days")
              + ", but a taper should last at least "
              + minimumDays
              + " days");
    }
    BigDecimal previous = current.dailyMg();
    int held = rule.intervalDays(BigDecimal.ZERO, previous);
    BigDecimal largestCut = BigDecimal.ZERO;
    int shortestHold = Integer.MAX_VALUE;
    List<ProposedTaper.Step> withStop = new ArrayList<>(steps);
    for (int i = 0; i <= withStop.size(); i++) {
      BigDecimal next = i < withStop.size() ? withStop.get(i).level().dailyMg() : BigDecimal.ZERO;
      int nextDays = i < withStop.size() ? withStop.get(i).days() : 0;
      int compared = next.compareTo(previous);
      if (compared > 0) {
        rises.add(
            "step "
                + (i + 1)
                + " rises from "
                + Amounts.plain(previous)
                + " to "
                + Amounts.plain(next)
                + " mg a day");
      } else if (compared < 0) {
        BigDecimal cut = previous.subtract(next);
        largestCut = largestCut.max(cut);
        if (i > 0) {
          shortestHold = Math.min(shortestHold, held);
        }
        int interval = rule.intervalDays(next, previous);
        BigDecimal allowed = rule.allowedChangeMg(next, previous, held);
        if (held < interval) {
          problems.add(
              "the cut from "
                  + Amounts.plain(previous)
                  + " to "
                  + Amounts.plain(next)
                  + " mg a day comes after "
                  + held
                  + " days, sooner than the "
                  + interval
                  + " days between steps");
        } else if (cut.compareTo(allowed) > 0) {
          problems.add(
              "the cut from "
                  + Amounts.plain(previous)
                  + " to "
                  + Amounts.plain(next)
                  + " mg a day ("
                  + Amounts.plain(cut)
                  + " mg) is larger than the "
                  + Amounts.plain(allowed)
                  + " mg a day one step allows");
        }
        held = 0;
      }
      previous = next.max(BigDecimal.ZERO);
      held += nextDays;
    }
    return new Judgement(
        days,
        problems,
        rises,
        largestCut,
        BigDecimal.valueOf(shortestHold == Integer.MAX_VALUE ? 0 : shortestHold));
  }
}
