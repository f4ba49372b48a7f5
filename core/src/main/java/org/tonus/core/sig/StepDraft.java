package org.tonus.core.sig;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.tonus.core.quantity.Quantity;
import org.tonus.core.quantity.QuantityRange;

/**
 * What the reader found in one step, before the resolver combines it with earlier steps and the
 * knowledge. Mutable and used by one parse only; absent parts are null here and become Optional in
 * the {@link SigStep} the resolver builds. Setters refuse a second, different value.
 */
final class StepDraft {

  /** An amount of mass or units; {@code productMention} when a form word follows ("10 mg tab"). */
  record Mass(QuantityRange amount, Span span, boolean productMention) {}

  /** A count of units; form null when written bare ("1 po tid" after "10 mg tab"). */
  record Count(BigDecimal low, BigDecimal high, DoseForm form, Quantity strength, Span span) {}

  /** A volume, a daily rate, or a concentration, with where it was written. */
  record Measured(QuantityRange amount, Span span) {}

  final int number;
  final Span span;
  boolean content;

  /** The amounts of mass or units written, in order; see {@link #addMass}. */
  List<Mass> masses = List.of();

  Count count;
  Measured volume;
  Measured rate;
  Measured concentration;
  DoseForm form;
  Span formSpan;
  AdministrationRoute route;
  Span routeSpan;
  Frequency frequency;
  Span frequencySpan;
  Span onceSpan;
  boolean continuous;
  boolean asNeeded;
  Integer maxDoses;

  /** The limit was written "up to": without another frequency it is the frequency. */
  boolean upTo;

  Quantity maxAmount;
  BigDecimal maxCount;
  Span limitSpan;
  Integer durationDays;
  Span durationSpan;
  Span stopSpan;
  boolean divided;
  Integer divisions;
  Span divisionSpan;

  StepDraft(int number, Span span) {
    this.number = number;
    this.span = span;
  }

  void addMass(Mass mass) {
    // Nearly every step writes one mass: a one-element immutable list, one object rather than a
    // list and its array; a mutable list only from the third mass on.
    masses =
        switch (masses.size()) {
          case 0 -> List.of(mass);
          case 1 -> List.of(masses.get(0), mass);
          default -> {
            List<Mass> more = new ArrayList<>(masses);
            more.add(mass);
            yield more;
          }
        };
  }

  boolean stop() {
    return stopSpan != null;
  }

  boolean form(Reading reading, DoseForm written, Span where) {
    if (form != null && form != written) {
      reading.fail(
          "two forms: '"
              + reading.written(formSpan.from(), formSpan.to())
              + "' and '"
              + reading.written(where.from(), where.to())
              + "'",
          formSpan.from(),
          where.to());
      return false;
    }
    if (form == null) {
      form = written;
      formSpan = where;
    }
    return true;
  }

  boolean route(Reading reading, AdministrationRoute written, Span where) {
    if (route != null && route != written) {
      reading.fail(
          "two routes: '"
              + reading.written(routeSpan.from(), routeSpan.to())
              + "' and '"
              + reading.written(where.from(), where.to())
              + "'",
          routeSpan.from(),
          where.to());
      return false;
    }
    if (route == null) {
      route = written;
      routeSpan = where;
    }
    content = true;
    return true;
  }

  /**
   * Sets the frequency. A plain "daily" and a time of day combine ("daily at bedtime"); anything
   * else written twice is refused.
   */
  boolean frequency(Reading reading, Frequency written, Span where) {
    content = true;
    if (frequency == null) {
      frequency = written;
      frequencySpan = where;
      return true;
    }
    if (isPlainDaily(frequency) && written.timeOfDay().isPresent()) {
      frequency = written;
      frequencySpan = Span.of(Math.min(frequencySpan.from(), where.from()), where.to());
      return true;
    }
    if (frequency.timeOfDay().isPresent() && isPlainDaily(written)) {
      return true;
    }
    if (frequency.equals(written)) {
      reading.fail(
          "frequency written twice: '"
              + reading.written(frequencySpan.from(), frequencySpan.to())
              + "' and '"
              + reading.written(where.from(), where.to())
              + "'",
          frequencySpan.from(),
          where.to());
      return false;
    }
    twoFrequencies(reading, frequencySpan, where);
    return false;
  }

  static int twoFrequencies(Reading reading, Span first, Span second) {
    Span earlier = first.from() <= second.from() ? first : second;
    Span later = earlier == first ? second : first;
    return reading.fail(
        "two frequencies: '"
            + reading.written(earlier.from(), earlier.to())
            + "' and '"
            + reading.written(later.from(), later.to())
            + "'",
        earlier.from(),
        later.to());
  }

  static boolean isPlainDaily(Frequency frequency) {
    return frequency.pattern() == FrequencyPattern.REGULAR
        && frequency.timesPerDay().low() == 1
        && frequency.timesPerDay().high() == 1
        && frequency.intervalHours().isEmpty()
        && frequency.timeOfDay().isEmpty()
        && frequency.maxDosesPerDay().isEmpty();
  }

  void once(Span where) {
    content = true;
    if (onceSpan == null) {
      onceSpan = where;
    }
  }

  boolean duration(Reading reading, int days, Span where) {
    if (durationDays != null) {
      reading.fail(
          "two durations: '"
              + reading.written(durationSpan.from(), durationSpan.to())
              + "' and '"
              + reading.written(where.from(), where.to())
              + "'",
          durationSpan.from(),
          where.to());
      return false;
    }
    durationDays = days;
    durationSpan = where;
    content = true;
    return true;
  }

  boolean limit(Reading reading, Span where) {
    if (limitSpan != null) {
      reading.fail(
          "two maximums: '"
              + reading.written(limitSpan.from(), limitSpan.to())
              + "' and '"
              + reading.written(where.from(), where.to())
              + "'",
          limitSpan.from(),
          where.to());
      return false;
    }
    limitSpan = where;
    content = true;
    return true;
  }
}
