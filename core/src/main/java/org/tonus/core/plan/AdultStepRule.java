package org.tonus.core.plan;

import java.math.BigDecimal;
import java.util.List;
import org.tonus.core.knowledge.Fact;
import org.tonus.core.knowledge.FactField;

/**
 * The adult daily-total rule: up to the {@code upTo} of POL-04-B a change may be at most its step
 * (15 mg/day), above it at most the step of POL-04-C (20 mg/day); a change is classed by its upper
 * end, and each comes no sooner than the fact's interval.
 *
 * <p>The amounts are read from the two facts once, when the rule is made: a plan asks for them at
 * every level.
 */
final class AdultStepRule implements StepRule {
  private final Fact upToLimit;
  private final Fact aboveLimit;
  private final List<Fact> facts;
  private final BigDecimal upToDailyMg;
  private final BigDecimal stepUpToMg;
  private final BigDecimal stepAboveMg;
  private final int intervalUpToDays;
  private final int intervalAboveDays;

  AdultStepRule(Fact upToLimit, Fact aboveLimit) {
    this.upToLimit = upToLimit;
    this.aboveLimit = aboveLimit;
    this.facts = List.of(upToLimit, aboveLimit);
    this.upToDailyMg = DosingFacts.mgPerDay(upToLimit, FactField.UP_TO);
    this.stepUpToMg = DosingFacts.mgPerDay(upToLimit, FactField.STEP);
    this.stepAboveMg = DosingFacts.mgPerDay(aboveLimit, FactField.STEP);
    this.intervalUpToDays = DosingFacts.intervalDays(upToLimit);
    this.intervalAboveDays = DosingFacts.intervalDays(aboveLimit);
  }

  @Override
  public BigDecimal largestChangeMg(BigDecimal lowerDailyMg, BigDecimal upperDailyMg) {
    // POL-04-B up to its upTo, POL-04-C above
    return withinUpTo(upperDailyMg) ? stepUpToMg : stepAboveMg;
  }

  @Override
  public int intervalDays(BigDecimal lowerDailyMg, BigDecimal upperDailyMg) {
    return withinUpTo(upperDailyMg) ? intervalUpToDays : intervalAboveDays;
  }

  @Override
  public boolean accumulates() {
    return false;
  }

  @Override
  public List<Fact> facts() {
    return facts;
  }

  Fact upToLimit() {
    return upToLimit;
  }

  Fact aboveLimit() {
    return aboveLimit;
  }

  BigDecimal upToDailyMg() {
    return upToDailyMg;
  }

  private boolean withinUpTo(BigDecimal upperDailyMg) {
    return upperDailyMg.compareTo(upToDailyMg) <= 0;
  }
}
