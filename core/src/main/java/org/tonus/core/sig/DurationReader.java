package org.tonus.core.sig;

import static org.tonus.core.sig.Reading.FAILED;

import java.math.BigDecimal;

/**
 * Reads "x 3 days", "for 2 weeks", "x3/7" (three sevenths of a week: UK shorthand for three days)
 * and "x1" (a single dose). Months are refused: they differ in length. "for" followed by words is
 * an indication, handed to {@link IndicationReader}. Each method returns the index after what it
 * read, or FAILED.
 */
final class DurationReader {
  private static final int DAYS_IN_A_WEEK = 7;

  private DurationReader() {}

  static int x(Reading r, StepDraft step, int i, int end) {
    if (!r.is(i + 1, end, TermKind.NUMBER)) {
      return r.cannotRead(i, i + 1);
    }
    return durationOrOnce(r, step, i, i + 1, end, true);
  }

  static int forWhat(Reading r, SigDraft sig, StepDraft step, int i, int end) {
    int k = i + 1;
    if (r.is(k, end, TermKind.NUMBER)) {
      return durationOrOnce(r, step, i, k, end, false);
    }
    if (r.is(k, end, TermKind.PER) && r.is(k + 1, end, TermKind.DAY)) {
      return step.duration(r, 1, Span.of(i, k + 2)) ? k + 2 : FAILED;
    }
    if (r.is(k, end, TermKind.PER) && r.is(k + 1, end, TermKind.WEEK)) {
      return step.duration(r, DAYS_IN_A_WEEK, Span.of(i, k + 2)) ? k + 2 : FAILED;
    }
    if (r.is(k, end, TermKind.PER) && r.is(k + 1, end, TermKind.MONTH)) {
      return months(r, i, k + 2);
    }
    int after = IndicationReader.capture(r, sig, k, end);
    if (after == k) {
      return r.fail("nothing after '" + r.written(i, i + 1) + "'", i, i + 1);
    }
    return after;
  }

  private static int durationOrOnce(
      Reading r, StepDraft step, int from, int k, int end, boolean afterX) {
    int m = k + 1;
    if ((r.is(m, end, TermKind.DASH) || r.is(m, end, TermKind.TO))
        && r.is(m + 1, end, TermKind.NUMBER)) {
      int to = isPeriod(r, m + 2, end) ? m + 3 : m + 2;
      return r.fail(
          "a duration is one number of days, not '" + r.written(from, to) + "'", from, to);
    }
    Numeral numeral = r.numeral(k);
    if (numeral.denominator() == DAYS_IN_A_WEEK && Decimals.isWhole(numeral.numerator())) {
      return setDays(r, step, numeral.numerator(), 1, from, m);
    }
    if (r.is(m, end, TermKind.DAY) || r.is(m, end, TermKind.WEEK)) {
      BigDecimal count = Numbers.exact(r, k);
      if (count == null) {
        return FAILED;
      }
      int daysEach = r.is(m, end, TermKind.DAY) ? 1 : DAYS_IN_A_WEEK;
      return setDays(r, step, count, daysEach, from, m + 1);
    }
    if (r.is(m, end, TermKind.MONTH)) {
      return months(r, from, m + 1);
    }
    if (r.is(m, end, TermKind.DOSES)) {
      if (Numbers.isValue(r, k, end, 1)) {
        step.once(Span.of(from, m + 1));
        return m + 1;
      }
      return r.fail(
          "'" + r.written(from, m + 1) + "' is not read: write how many days", from, m + 1);
    }
    if (afterX && Numbers.isValue(r, k, end, 1)) {
      step.once(Span.of(from, m));
      return m;
    }
    return r.fail("no unit after " + r.written(from, m), from, m);
  }

  private static boolean isPeriod(Reading r, int i, int end) {
    return r.is(i, end, TermKind.DAY)
        || r.is(i, end, TermKind.WEEK)
        || r.is(i, end, TermKind.MONTH);
  }

  private static int setDays(
      Reading r, StepDraft step, BigDecimal count, int daysEach, int from, int to) {
    BigDecimal days = count.multiply(BigDecimal.valueOf(daysEach));
    if (days.signum() == 0) {
      return r.fail("duration must be greater than 0", from, to);
    }
    Integer whole = Decimals.wholeNumberOrNull(days);
    if (whole == null) {
      return r.fail("'" + r.written(from, to) + "' is not a whole number of days", from, to);
    }
    return step.duration(r, whole, Span.of(from, to)) ? to : FAILED;
  }

  private static int months(Reading r, int from, int to) {
    return r.fail(
        "'" + r.written(from, to) + "': months differ in length, write days or weeks", from, to);
  }
}
