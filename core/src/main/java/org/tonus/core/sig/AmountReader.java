package org.tonus.core.sig;

import static org.tonus.core.sig.Reading.FAILED;

import java.math.BigDecimal;
import org.tonus.core.quantity.Dimension;
import org.tonus.core.quantity.Quantity;
import org.tonus.core.quantity.QuantityRange;
import org.tonus.core.quantity.Unit;

/**
 * Reads what a number starts: an amount ("10 mg", "5-10 mg"), a concentration ("5 mg/5 mL"), a
 * daily rate ("500 mcg/day"), a volume ("15 mL"), a count ("1/2 tab", "2 x 10 mg"), or a frequency
 * ("3 times a day", "4-6 hourly"). A number followed by none of these is a bare count, which the
 * resolver accepts only when the sig names a counted form.
 */
final class AmountReader {

  /**
   * A reading limit, not a clinical one: more units than this in one dose is far likelier a slip
   * ("25 tabs" for "25 mg") than an order, so the parser asks rather than reads it.
   */
  static final int MOST_UNITS_IN_ONE_DOSE = 20;

  private AmountReader() {}

  /** Reads from number term {@code i}; returns the index after what it read, or FAILED. */
  static int read(Reading r, StepDraft step, int i, int end) {
    step.content = true;
    int low = i;
    int high = i;
    int j = i + 1;
    if ((r.is(j, end, TermKind.DASH) || r.is(j, end, TermKind.TO))
        && r.is(j + 1, end, TermKind.NUMBER)) {
      high = j + 1;
      j += 2;
    }
    if (r.is(j, end, TermKind.UNIT)) {
      return unit(r, step, low, high, j, end);
    }
    if (r.is(j, end, TermKind.FORM)) {
      return count(r, step, low, high, j, end);
    }
    if (r.is(j, end, TermKind.X)
        && r.is(j + 1, end, TermKind.NUMBER)
        && r.is(j + 2, end, TermKind.UNIT)
        && isAmountUnit(r.unit(j + 2))) {
      return countOfStrength(r, step, low, high, j, end);
    }
    if (r.is(j, end, TermKind.X) || r.is(j, end, TermKind.TIMES)) {
      return FrequencyReader.timesPerDay(r, step, low, high, j + 1, end);
    }
    if (r.is(j, end, TermKind.HOURLY)) {
      return FrequencyReader.interval(r, step, low, low, high, j + 1);
    }
    if (low == high && r.is(j, end, TermKind.DASH) && r.is(j + 1, end, TermKind.HOURLY)) {
      return FrequencyReader.interval(r, step, low, low, high, j + 2);
    }
    if (r.is(j, end, TermKind.DAY) || r.is(j, end, TermKind.WEEK)) {
      return r.fail("'" + r.written(low, j + 1) + "' needs 'for' or 'x' before it", low, j + 1);
    }
    if (step.count != null) {
      return r.fail("no unit after " + r.written(low, j), low, j);
    }
    step.count = new StepDraft.Count(null, null, null, null, Span.of(low, j));
    return j;
  }

  private static boolean isAmountUnit(Unit unit) {
    return unit.dimension() == Dimension.MASS || unit.dimension() == Dimension.ACTIVITY;
  }

  private static int unit(Reading r, StepDraft step, int low, int high, int j, int end) {
    Unit unit = r.unit(j);
    int k = j + 1;
    if (low == high
        && r.is(k, end, TermKind.DASH)
        && r.is(k + 1, end, TermKind.NUMBER)
        && r.is(k + 2, end, TermKind.UNIT)) {
      if (r.unit(k + 2) != unit) {
        return r.fail("conflicting units in '" + r.written(low, k + 3) + "'", low, k + 3);
      }
      high = k + 1;
      k += 3;
    }
    if (r.is(k, end, TermKind.UNIT)) {
      return r.fail(
          "two units after "
              + r.written(low, j)
              + ": '"
              + r.written(j, j + 1)
              + "' and '"
              + r.written(k, k + 1)
              + "'",
          low,
          k + 1);
    }
    if (unit.dimension() == Dimension.VOLUME) {
      return volume(r, step, low, high, unit, k, end);
    }
    if (r.is(k, end, TermKind.SLASH) || r.is(k, end, TermKind.PER)) {
      int afterPer = perSomething(r, step, low, high, unit, k, end);
      if (afterPer != NOTHING_PER) {
        return afterPer;
      }
    }
    QuantityRange amount = range(r, low, high, unit, "dose", low, k);
    if (amount == null) {
      return FAILED;
    }
    boolean mention = false;
    if (r.is(k, end, TermKind.FORM)) {
      DoseForm form = r.form(k);
      if (!step.form(r, form, Span.of(k, k + 1))) {
        return FAILED;
      }
      mention = form.counted();
      k++;
    }
    step.addMass(new StepDraft.Mass(amount, Span.of(low, k), mention));
    return k;
  }

  /** {@link #perSomething} found no reading of "per": the amount stands on its own. */
  private static final int NOTHING_PER = -2;

  /** After "mg/" or "mg per": a concentration, a rate, a strength per unit, or a mass per dose. */
  private static int perSomething(
      Reading r, StepDraft step, int low, int high, Unit unit, int k, int end) {
    int m = k + 1;
    if (r.is(m, end, TermKind.UNIT) && r.unit(m) == Unit.ML) {
      return concentration(r, step, low, high, unit, BigDecimal.ONE, m + 1);
    }
    if (r.is(m, end, TermKind.NUMBER)
        && r.is(m + 1, end, TermKind.UNIT)
        && r.unit(m + 1) == Unit.ML) {
      BigDecimal volume = Numbers.exact(r, m);
      if (volume == null) {
        return FAILED;
      }
      if (volume.signum() == 0) {
        return r.fail("a concentration cannot be per 0 mL", low, m + 2);
      }
      return concentration(r, step, low, high, unit, volume, m + 2);
    }
    int perDay = Periods.perDay(r, k, end);
    if (perDay >= 0) {
      if (step.rate != null) {
        return twoDoses(r, step.rate.span(), Span.of(low, perDay));
      }
      QuantityRange rate = range(r, low, high, unit, "dose", low, perDay);
      if (rate == null) {
        return FAILED;
      }
      step.rate = new StepDraft.Measured(rate, Span.of(low, perDay));
      return perDay;
    }
    if (r.is(m, end, TermKind.HOUR)) {
      return r.fail("rates per hour are not read: '" + r.written(low, m + 1) + "'", low, m + 1);
    }
    if (r.is(m, end, TermKind.KG)) {
      return r.fail("weight-based doses are not read: '" + r.written(low, m + 1) + "'", low, m + 1);
    }
    if (r.is(m, end, TermKind.DOSES)) {
      QuantityRange amount = range(r, low, high, unit, "dose", low, m + 1);
      if (amount == null) {
        return FAILED;
      }
      step.addMass(new StepDraft.Mass(amount, Span.of(low, m + 1), false));
      return m + 1;
    }
    if (r.is(m, end, TermKind.FORM) && r.form(m).counted()) {
      QuantityRange amount = range(r, low, high, unit, "dose", low, m + 1);
      if (amount == null || !step.form(r, r.form(m), Span.of(m, m + 1))) {
        return FAILED;
      }
      step.addMass(new StepDraft.Mass(amount, Span.of(low, m + 1), true));
      return m + 1;
    }
    if (r.is(k, end, TermKind.SLASH)) {
      return r.cannotRead(low, Math.min(m + 1, end));
    }
    return NOTHING_PER;
  }

  private static int concentration(
      Reading r, StepDraft step, int low, int high, Unit unit, BigDecimal perMl, int to) {
    if (low != high) {
      return r.fail("a concentration is one amount, not '" + r.written(low, to) + "'", low, to);
    }
    if (unit.dimension() != Dimension.MASS) {
      return r.fail("concentrations in units are not read: '" + r.written(low, to) + "'", low, to);
    }
    BigDecimal amount = Numbers.exact(r, low);
    if (amount == null) {
      return FAILED;
    }
    if (amount.signum() == 0) {
      return r.fail("concentration must be greater than 0", low, to);
    }
    Unit perMlUnit = unit == Unit.MCG ? Unit.MCG_PER_ML : Unit.MG_PER_ML;
    BigDecimal inUnit = unit == Unit.G ? amount.multiply(BigDecimal.valueOf(1000)) : amount;
    BigDecimal value =
        perMl.compareTo(BigDecimal.ONE) == 0 ? inUnit : Decimals.divideExactlyOrNull(inUnit, perMl);
    if (value == null) {
      return r.fail("'" + r.written(low, to) + "' is not an exact concentration", low, to);
    }
    Quantity concentration = new Quantity(value, perMlUnit);
    if (step.concentration != null && !step.concentration.amount().low().equals(concentration)) {
      Span first = step.concentration.span();
      return r.fail(
          "two concentrations: '"
              + r.written(first.from(), first.to())
              + "' and '"
              + r.written(low, to)
              + "'",
          first.from(),
          to);
    }
    step.concentration =
        new StepDraft.Measured(new QuantityRange(concentration, concentration), Span.of(low, to));
    return to;
  }

  private static int volume(
      Reading r, StepDraft step, int low, int high, Unit unit, int k, int end) {
    if (r.is(k, end, TermKind.SLASH)) {
      return r.cannotRead(low, Math.min(k + 2, end));
    }
    QuantityRange volume = range(r, low, high, unit, "dose", low, k);
    if (volume == null) {
      return FAILED;
    }
    if (step.volume != null) {
      return twoDoses(r, step.volume.span(), Span.of(low, k));
    }
    step.volume = new StepDraft.Measured(volume, Span.of(low, k));
    return k;
  }

  private static int count(Reading r, StepDraft step, int low, int high, int j, int end) {
    DoseForm form = r.form(j);
    if (!form.counted()) {
      return r.fail(
          "'"
              + r.written(low, j + 1)
              + "': "
              + form.description()
              + " is measured in mL, not counted",
          low,
          j + 1);
    }
    if (!step.form(r, form, Span.of(j, j + 1))) {
      return FAILED;
    }
    int k = j + 1;
    Quantity strength = null;
    if (r.is(k, end, TermKind.FILLER)
        && r.written(k, k + 1).equalsIgnoreCase("of")
        && r.is(k + 1, end, TermKind.NUMBER)
        && r.is(k + 2, end, TermKind.UNIT)
        && isAmountUnit(r.unit(k + 2))) {
      strength = strength(r, k + 1);
      if (strength == null) {
        return FAILED;
      }
      k += 3;
    }
    return setCount(r, step, low, high, form, strength, Span.of(low, k)) ? k : FAILED;
  }

  private static int countOfStrength(Reading r, StepDraft step, int low, int high, int j, int end) {
    Quantity strength = strength(r, j + 1);
    if (strength == null) {
      return FAILED;
    }
    int k = j + 3;
    DoseForm form = null;
    if (r.is(k, end, TermKind.FORM)) {
      form = r.form(k);
      if (!form.counted()) {
        return r.fail(
            "'" + r.written(low, k + 1) + "': " + form.description() + " is not counted",
            low,
            k + 1);
      }
      if (!step.form(r, form, Span.of(k, k + 1))) {
        return FAILED;
      }
      k++;
    }
    return setCount(r, step, low, high, form, strength, Span.of(low, k)) ? k : FAILED;
  }

  /** The strength written at number term {@code number} and its unit; null after refusing. */
  private static Quantity strength(Reading r, int number) {
    BigDecimal amount = Numbers.exact(r, number);
    if (amount == null) {
      return null;
    }
    if (amount.signum() == 0) {
      r.fail("strength must be greater than 0", number, number + 2);
      return null;
    }
    return new Quantity(amount, r.unit(number + 1));
  }

  private static boolean setCount(
      Reading r, StepDraft step, int low, int high, DoseForm form, Quantity strength, Span span) {
    if (step.count != null) {
      twoDoses(r, step.count.span(), span);
      return false;
    }
    BigDecimal[] ends = countEnds(r, low, high, span);
    if (ends == null) {
      return false;
    }
    step.count = new StepDraft.Count(ends[0], ends[1], form, strength, span);
    return true;
  }

  /** The two ends of a count; null after refusing zero, backward, inexact or too many. */
  static BigDecimal[] countEnds(Reading r, int low, int high, Span span) {
    BigDecimal lowValue = Numbers.exact(r, low);
    BigDecimal highValue = lowValue == null ? null : Numbers.exact(r, high);
    if (highValue == null) {
      return null;
    }
    if (lowValue.signum() == 0 || highValue.signum() == 0) {
      r.fail("dose must be greater than 0", span.from(), span.to());
      return null;
    }
    if (lowValue.compareTo(highValue) > 0) {
      r.fail("range '" + r.written(low, high + 1) + "' starts above its end", low, high + 1);
      return null;
    }
    if (highValue.compareTo(BigDecimal.valueOf(MOST_UNITS_IN_ONE_DOSE)) > 0) {
      r.fail(
          "more than "
              + MOST_UNITS_IN_ONE_DOSE
              + " units in one dose: '"
              + r.written(span.from(), span.to())
              + "'",
          span.from(),
          span.to());
      return null;
    }
    return new BigDecimal[] {lowValue, highValue};
  }

  /** A positive range of one unit from number terms {@code low} and {@code high}; null if not. */
  static QuantityRange range(
      Reading r, int low, int high, Unit unit, String what, int from, int to) {
    BigDecimal lowValue = Numbers.exact(r, low);
    BigDecimal highValue = lowValue == null ? null : Numbers.exact(r, high);
    if (highValue == null) {
      return null;
    }
    if (lowValue.signum() == 0 || highValue.signum() == 0) {
      r.fail(what + " must be greater than 0", from, to);
      return null;
    }
    if (lowValue.compareTo(highValue) > 0) {
      r.fail("range '" + r.written(from, to) + "' starts above its end", from, to);
      return null;
    }
    Quantity lowAmount = new Quantity(lowValue, unit);
    Quantity highAmount = low == high ? lowAmount : new Quantity(highValue, unit);
    return new QuantityRange(lowAmount, highAmount);
  }

  static int twoDoses(Reading r, Span first, Span second) {
    return r.fail(
        "two doses in one step: '"
            + r.written(first.from(), first.to())
            + "' and '"
            + r.written(second.from(), second.to())
            + "'",
        first.from(),
        second.to());
  }
}
