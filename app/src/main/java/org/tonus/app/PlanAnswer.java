package org.tonus.app;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.tonus.core.alert.Alert;
import org.tonus.core.plan.DoseInLiquid;
import org.tonus.core.plan.DoseInTablets;
import org.tonus.core.plan.NoDose;
import org.tonus.core.plan.NotMakeable;
import org.tonus.core.plan.PlanStep;
import org.tonus.core.plan.TabletCount;

/**
 * A titration or taper plan in the contract's shape (DESIGN.md, "plan titrate" and "plan taper"):
 * steps with day numbers, dates, doses, and the tablets or liquid volume of one dose.
 */
record PlanAnswer(
    List<Step> steps,
    int days,
    BigDecimal totalMg,
    SortedMap<BigDecimal, Integer> tabletsNeeded,
    SortedMap<BigDecimal, BigDecimal> liquidNeededMl,
    Optional<BigDecimal> maximumDailyMg,
    List<Alert> alerts,
    List<String> rules,
    List<String> sources) {

  record Tablets(BigDecimal strengthMg, BigDecimal count) {}

  record Step(
      int fromDay,
      int toDay,
      LocalDate fromDate,
      LocalDate toDate,
      int dosesPerDay,
      BigDecimal doseMg,
      BigDecimal dailyMg,
      List<Tablets> tablets,
      Optional<BigDecimal> liquidMlPerDose,
      Optional<BigDecimal> liquidMgPerMl,
      Optional<String> cannotBeMade) {

    static Step of(PlanStep step) {
      Optional<BigDecimal> ml = Optional.empty();
      Optional<BigDecimal> concentration = Optional.empty();
      Optional<String> cannot = Optional.empty();
      if (step.preparation() instanceof DoseInLiquid liquid) {
        ml = Optional.of(liquid.mlPerDose());
        concentration = Optional.of(liquid.concentrationMgPerMl());
      } else if (step.preparation() instanceof NotMakeable notMakeable) {
        cannot = Optional.of(notMakeable.reason());
      }
      return new Step(
          step.fromDay(),
          step.toDay(),
          step.fromDate(),
          step.toDate(),
          step.dosesPerDay(),
          step.doseMg(),
          step.dailyMg(),
          step.tablets().stream().map(t -> new Tablets(t.strengthMg(), t.count())).toList(),
          ml,
          concentration,
          cannot);
    }
  }

  /** One dose in words a patient follows: "1 x 10 mg tablet", "5 mL of 1 mg/mL", "none". */
  static String eachDose(PlanStep step) {
    if (step.preparation() instanceof DoseInTablets inTablets) {
      return describe(inTablets.tablets());
    }
    if (step.preparation() instanceof DoseInLiquid liquid) {
      return liquid.mlPerDose().toPlainString()
          + " mL of "
          + liquid.concentrationMgPerMl().toPlainString()
          + " mg/mL";
    }
    if (step.preparation() instanceof NoDose) {
      return "none (stopped)";
    }
    return "cannot be made: " + ((NotMakeable) step.preparation()).reason();
  }

  private static String describe(List<TabletCount> tablets) {
    StringBuilder out = new StringBuilder();
    for (TabletCount tablet : tablets) {
      if (out.length() > 0) {
        out.append(" + ");
      }
      out.append(count(tablet.count()))
          .append(" x ")
          .append(tablet.strengthMg().toPlainString())
          .append(" mg tablet");
    }
    return out.toString();
  }

  private static String count(BigDecimal count) {
    BigDecimal whole = count.setScale(0, RoundingMode.DOWN);
    boolean half = count.subtract(whole).signum() != 0;
    if (!half) {
      return whole.toPlainString();
    }
    return whole.signum() == 0 ? "½" : whole.toPlainString() + "½";
  }
}
