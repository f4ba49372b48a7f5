package org.tonus.core.plan;

import java.math.BigDecimal;
import java.util.List;
import org.tonus.core.knowledge.Fact;
import org.tonus.core.knowledge.FactField;

/**
 * The adult daily-total rule: up to the {@code upTo} of POL-04-B a change may be at most its step
 * (15 mg/day), above it at most the step of POL-04-C (20 mg/day); a change is classed by its upper
 * end, and each comes no sooner than the fact's interval.
 */
record AdultStepRule(Fact upToLimit, Fact aboveLimit) implements StepRule {

  @Override
  public BigDecimal largestChangeMg(BigDecimal lowerDailyMg, BigDecimal upperDailyMg) {
    return DosingFacts.mgPerDay(governing(upperDailyMg), FactField.STEP);
  }

  @Override
  public int intervalDays(BigDecimal lowerDailyMg, BigDecimal upperDailyMg) {
    return DosingFacts.intervalDays(governing(upperDailyMg));
  }

  @Override
  public boolean accumulates() {
    return false;
  }

  @Override
  public List<Fact> facts() {
    return List.of(upToLimit, aboveLimit);
  }

  BigDecimal upToDailyMg() {
    return DosingFacts.mgPerDay(upToLimit, FactField.UP_TO);
  }

  private Fact governing(BigDecimal upperDailyMg) {
    // POL-04-B up to its upTo, POL-04-C above
    return upperDailyMg.compareTo(upToDailyMg()) <= 0 ? upToLimit : aboveLimit;
  }
}
