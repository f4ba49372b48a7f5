package org.tonus.core.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.function.Predicate;
import org.tonus.core.knowledge.IntRange;

/**
 * Finds dose levels that can be made exactly: equal doses, so many a day within a range, each a
 * multiple of the preparer's granularity. Either more doses a day win (the UK child text prefers 4,
 * PED-UK-01-A/H) or the total closest to the bound wins, more doses breaking a tie (adults).
 */
final class LevelSearch {
  private final Preparer preparer;
  private final IntRange dosesPerDay;
  private final boolean moreDosesFirst;

  LevelSearch(Preparer preparer, IntRange dosesPerDay, boolean moreDosesFirst) {
    this.preparer = preparer;
    this.dosesPerDay = dosesPerDay;
    this.moreDosesFirst = moreDosesFirst;
  }

  /**
   * The level with the largest daily total at most {@code bound} and more than {@code above} that
   * can be made and that {@code accept} takes, trying more doses a day first.
   */
  Optional<DoseLevel> largestAtMost(
      BigDecimal bound, BigDecimal above, Predicate<DoseLevel> accept) {
    Optional<DoseLevel> best = Optional.empty();
    for (int n = dosesPerDay.high(); n >= Math.max(1, dosesPerDay.low()); n--) {
      Optional<DoseLevel> found = largestWith(n, bound, above, accept);
      if (found.isPresent() && moreDosesFirst) {
        return found;
      }
      if (found.isPresent()
          && (best.isEmpty() || found.get().dailyMg().compareTo(best.get().dailyMg()) > 0)) {
        best = found;
      }
    }
    return best;
  }

  private Optional<DoseLevel> largestWith(
      int n, BigDecimal bound, BigDecimal above, Predicate<DoseLevel> accept) {
    BigDecimal grain = preparer.granularityMg();
    BigDecimal times = BigDecimal.valueOf(n);
    BigDecimal dose = bound.divide(times.multiply(grain), 0, RoundingMode.FLOOR).multiply(grain);
    for (;
        dose.signum() > 0 && dose.multiply(times).compareTo(above) > 0;
        dose = dose.subtract(grain)) {
      DoseLevel level = new DoseLevel(n, dose);
      if (preparer.canMake(dose) && accept.test(level)) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }

  /**
   * The level with the smallest daily total at least {@code bound} and below {@code below} that can
   * be made, trying more doses a day first.
   */
  Optional<DoseLevel> smallestAtLeast(BigDecimal bound, BigDecimal below) {
    BigDecimal grain = preparer.granularityMg();
    for (int n = dosesPerDay.high(); n >= Math.max(1, dosesPerDay.low()); n--) {
      BigDecimal times = BigDecimal.valueOf(n);
      BigDecimal dose =
          bound
              .max(BigDecimal.ZERO)
              .divide(times.multiply(grain), 0, RoundingMode.CEILING)
              .multiply(grain)
              .max(grain);
      for (; dose.multiply(times).compareTo(below) < 0; dose = dose.add(grain)) {
        if (preparer.canMake(dose)) {
          return Optional.of(new DoseLevel(n, dose));
        }
      }
    }
    return Optional.empty();
  }

  /** The level with the smallest daily total that can be made at all, at most {@code atMost}. */
  Optional<DoseLevel> smallest(BigDecimal atMost) {
    Optional<DoseLevel> best = Optional.empty();
    BigDecimal grain = preparer.granularityMg();
    for (int n = dosesPerDay.high(); n >= Math.max(1, dosesPerDay.low()); n--) {
      BigDecimal times = BigDecimal.valueOf(n);
      for (BigDecimal dose = grain;
          dose.multiply(times).compareTo(atMost) <= 0;
          dose = dose.add(grain)) {
        if (preparer.canMake(dose)) {
          DoseLevel level = new DoseLevel(n, dose);
          if (best.isEmpty() || level.dailyMg().compareTo(best.get().dailyMg()) < 0) {
            best = Optional.of(level);
          }
          break;
        }
      }
    }
    return best;
  }
}
