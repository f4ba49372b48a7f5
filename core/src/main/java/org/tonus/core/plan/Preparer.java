package org.tonus.core.plan;

import java.math.BigDecimal;

/** Turns a dose into something a person can take, or says that it cannot be done exactly. */
interface Preparer {

  /** The dose as tablets or liquid, {@link NoDose} for zero, or {@link NotMakeable}. */
  Preparation prepare(BigDecimal doseMg);

  /** Every dose this preparer can make is a multiple of this amount. */
  BigDecimal granularityMg();

  /** How the doses are made, in words: "5, 10, 15 and 20 mg tablets". */
  String describe();

  default boolean canMake(BigDecimal doseMg) {
    Preparation p = prepare(doseMg);
    return p instanceof DoseInTablets || p instanceof DoseInLiquid;
  }
}
