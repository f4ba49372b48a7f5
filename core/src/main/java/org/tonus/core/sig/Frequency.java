package org.tonus.core.sig;

import java.util.Objects;
import java.util.Optional;
import org.tonus.core.knowledge.IntRange;
import org.tonus.core.quantity.Dimension;
import org.tonus.core.quantity.Quantity;

/**
 * How often a dose is given.
 *
 * <ul>
 *   <li>{@code timesPerDay} is a range: "tid" is 3-3, "q4-6h" is 4-6, "up to 3 times a day" is 1-3.
 *       An interval of h hours allows ceil(24 / h) doses in a day (q8h: 3, q5h: 5), the most that
 *       fit in 24 hours.
 *   <li>{@code intervalHours} keeps the interval as written ("q4-6h": 4-6) when there was one.
 *   <li>{@code timeOfDay} names the time of a once-a-day dose ("hs", "mane").
 *   <li>{@code maxDosesPerDay} and {@code maxDailyAmount} are written limits ("max 4 doses/day",
 *       "max 40 mg/day"), usually on as-needed orders.
 * </ul>
 *
 * <p>As-needed rule: an as-needed order counts at its maximum use, {@link #maxTimesPerDay()}: the
 * written maximum of doses when there is one, else the frequency written ("q8h prn" is up to 3 a
 * day). A written maximum never exceeds what the frequency allows; the parser refuses "q8h prn max
 * 4 doses/day". {@link FrequencyPattern#ONCE} and {@link FrequencyPattern#CONTINUOUS} count as one
 * a day: a single dose, or a daily dose given by infusion.
 */
public record Frequency(
    FrequencyPattern pattern,
    IntRange timesPerDay,
    Optional<IntRange> intervalHours,
    Optional<TimeOfDay> timeOfDay,
    Optional<Integer> maxDosesPerDay,
    Optional<Quantity> maxDailyAmount) {

  /** Hours in a day: the calendar, not a dosing number. */
  static final int HOURS_IN_A_DAY = 24;

  private static final IntRange ONE = new IntRange(1, 1);

  public Frequency {
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(timesPerDay, "timesPerDay");
    Objects.requireNonNull(intervalHours, "intervalHours");
    Objects.requireNonNull(timeOfDay, "timeOfDay");
    Objects.requireNonNull(maxDosesPerDay, "maxDosesPerDay");
    Objects.requireNonNull(maxDailyAmount, "maxDailyAmount");
    if (timesPerDay.low() < 1) {
      throw new IllegalArgumentException("timesPerDay must start at 1 or more: " + timesPerDay);
    }
    if (pattern != FrequencyPattern.REGULAR
        && (!timesPerDay.equals(ONE) || intervalHours.isPresent() || timeOfDay.isPresent())) {
      throw new IllegalArgumentException(
          pattern + " is one administration a day, without interval or time: " + timesPerDay);
    }
    if (timeOfDay.isPresent() && !timesPerDay.equals(ONE)) {
      throw new IllegalArgumentException(
          "a time of day names one dose a day, not " + timesPerDay + " " + timeOfDay.get());
    }
    if (intervalHours.isPresent() && intervalHours.get().low() < 1) {
      throw new IllegalArgumentException("intervalHours must be 1 or more: " + intervalHours.get());
    }
    maxDosesPerDay.ifPresent(
        max -> {
          if (max < 1 || max > timesPerDay.high()) {
            throw new IllegalArgumentException(
                "maxDosesPerDay " + max + " is outside 1.." + timesPerDay.high());
          }
        });
    maxDailyAmount.ifPresent(
        max -> {
          if (max.amount().signum() <= 0
              || (max.dimension() != Dimension.MASS && max.dimension() != Dimension.ACTIVITY)) {
            throw new IllegalArgumentException("maxDailyAmount must be a positive amount: " + max);
          }
        });
  }

  /** A regular frequency of {@code low}-{@code high} doses a day. */
  public static Frequency timesPerDay(int low, int high) {
    return new Frequency(
        FrequencyPattern.REGULAR,
        new IntRange(low, high),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** Once a day at a named time ("at bedtime"). */
  public static Frequency at(TimeOfDay time) {
    return new Frequency(
        FrequencyPattern.REGULAR,
        ONE,
        Optional.empty(),
        Optional.of(time),
        Optional.empty(),
        Optional.empty());
  }

  /** Every {@code lowHours}-{@code highHours} hours; the doses a day follow from the interval. */
  public static Frequency everyHours(int lowHours, int highHours) {
    return new Frequency(
        FrequencyPattern.REGULAR,
        new IntRange(dosesInADay(highHours), dosesInADay(lowHours)),
        Optional.of(new IntRange(lowHours, highHours)),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  public static Frequency once() {
    return new Frequency(
        FrequencyPattern.ONCE,
        ONE,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  public static Frequency continuous() {
    return new Frequency(
        FrequencyPattern.CONTINUOUS,
        ONE,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** The doses that fit in 24 hours at an interval of {@code hours}: ceil(24 / hours). */
  static int dosesInADay(int hours) {
    return (HOURS_IN_A_DAY + hours - 1) / hours;
  }

  public Frequency withMaxDosesPerDay(int max) {
    return new Frequency(
        pattern, timesPerDay, intervalHours, timeOfDay, Optional.of(max), maxDailyAmount);
  }

  public Frequency withMaxDailyAmount(Quantity max) {
    return new Frequency(
        pattern, timesPerDay, intervalHours, timeOfDay, maxDosesPerDay, Optional.of(max));
  }

  /** The most doses a day this frequency allows: the written maximum, else the frequency. */
  public int maxTimesPerDay() {
    return maxDosesPerDay.orElse(timesPerDay.high());
  }
}
