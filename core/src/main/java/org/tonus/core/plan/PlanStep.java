package org.tonus.core.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * One stretch of a plan: days {@code fromDay} to {@code toDay} (day 1 is the start date, both ends
 * included) at {@code dosesPerDay} equal doses of {@code doseMg}, and how each dose is made.
 *
 * <p>Invariants: 1 &lt;= fromDay &lt;= toDay; the dates span the same number of days; dailyMg =
 * dosesPerDay x doseMg; a dose of zero is {@link NoDose}.
 */
public record PlanStep(
    int fromDay,
    int toDay,
    LocalDate fromDate,
    LocalDate toDate,
    int dosesPerDay,
    BigDecimal doseMg,
    BigDecimal dailyMg,
    Preparation preparation) {

  public PlanStep {
    Objects.requireNonNull(fromDate, "fromDate");
    Objects.requireNonNull(toDate, "toDate");
    Objects.requireNonNull(preparation, "preparation");
    if (fromDay < 1 || toDay < fromDay) {
      throw new IllegalArgumentException("plan step days " + fromDay + " to " + toDay);
    }
    if (ChronoUnit.DAYS.between(fromDate, toDate) != toDay - fromDay) {
      throw new IllegalArgumentException(
          "plan step dates "
              + fromDate
              + " to "
              + toDate
              + " do not span days "
              + fromDay
              + " to "
              + toDay);
    }
    DoseLevel level = new DoseLevel(dosesPerDay, doseMg);
    if (level.dailyMg().compareTo(dailyMg) != 0) {
      throw new IllegalArgumentException(
          "dailyMg " + dailyMg.toPlainString() + " is not " + level.dailyMg().toPlainString());
    }
    if (level.isNone() != (preparation instanceof NoDose)) {
      throw new IllegalArgumentException("a step without a dose, and only it, is NoDose");
    }
    doseMg = level.doseMg();
    dailyMg = level.dailyMg();
  }

  public int days() {
    return toDay - fromDay + 1;
  }

  public DoseLevel level() {
    return new DoseLevel(dosesPerDay, doseMg);
  }

  /** The tablets of one dose; empty for a liquid, a stop, or a dose that cannot be made. */
  public List<TabletCount> tablets() {
    return preparation instanceof DoseInTablets inTablets ? inTablets.tablets() : List.of();
  }

  public boolean makeable() {
    return !(preparation instanceof NotMakeable);
  }
}
