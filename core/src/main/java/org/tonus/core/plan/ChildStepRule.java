package org.tonus.core.plan;

import java.math.BigDecimal;
import java.util.List;
import org.tonus.core.knowledge.Fact;
import org.tonus.core.knowledge.FactField;

/**
 * The UK child planning rule (PED-UK-01-H): the daily total changes by at most the weight-based
 * step (0.3 mg/kg/day x weight) for each interval (7 days) since the last change.
 */
record ChildStepRule(Fact step, BigDecimal weightKg) implements StepRule {

  @Override
  public BigDecimal largestChangeMg(BigDecimal lowerDailyMg, BigDecimal upperDailyMg) {
    return stepMg();
  }

  @Override
  public int intervalDays(BigDecimal lowerDailyMg, BigDecimal upperDailyMg) {
    return DosingFacts.intervalDays(step);
  }

  @Override
  public boolean accumulates() {
    return true;
  }

  @Override
  public List<Fact> facts() {
    return List.of(step);
  }

  BigDecimal stepMg() {
    return Amounts.normal(DosingFacts.mgPerDay(step, FactField.STEP).multiply(weightKg));
  }

  int interval() {
    return DosingFacts.intervalDays(step);
  }
}
