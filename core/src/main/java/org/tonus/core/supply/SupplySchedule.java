package org.tonus.core.supply;

import java.util.List;

/**
 * What a sig means for counting days' supply: the steps to walk and the unit they are counted in,
 * or the reason the sig cannot be counted (no tablet count, a continuous infusion, a dose that is
 * not a whole or half tablet of its strength). Never a guess.
 */
public sealed interface SupplySchedule {

  /** Steps in order, the unit dispensed (tablets or mL), and the sig steps they came from. */
  record Countable(List<SupplyStep> steps, DispensedUnit unit) implements SupplySchedule {
    public Countable {
      steps = List.copyOf(steps);
      if (steps.isEmpty()) {
        throw new IllegalArgumentException("a countable schedule has at least one step");
      }
    }
  }

  /** The sig cannot be turned into units a day; the reason names what is missing. */
  record NotCountable(String reason) implements SupplySchedule {}
}
