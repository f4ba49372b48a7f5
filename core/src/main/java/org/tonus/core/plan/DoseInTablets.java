package org.tonus.core.plan;

import java.math.BigDecimal;
import java.util.List;

/**
 * A dose made of real tablets, largest strength first. Invariant: at least one tablet; the tablets
 * add up exactly to the dose they were made for.
 */
public record DoseInTablets(List<TabletCount> tablets) implements Preparation {

  public DoseInTablets {
    if (tablets.isEmpty()) {
      throw new IllegalArgumentException("a dose in tablets needs at least one tablet");
    }
    tablets = List.copyOf(tablets);
  }

  public BigDecimal totalMg() {
    return Amounts.normal(
        tablets.stream().map(TabletCount::mg).reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  /** All the tablets and halves, counted as pieces to swallow. */
  public BigDecimal pieces() {
    return tablets.stream().map(TabletCount::count).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
