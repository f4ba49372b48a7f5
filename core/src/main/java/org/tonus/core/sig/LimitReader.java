package org.tonus.core.sig;

import static org.tonus.core.sig.Reading.FAILED;

import java.math.BigDecimal;
import org.tonus.core.quantity.Dimension;
import org.tonus.core.quantity.Quantity;
import org.tonus.core.quantity.Unit;

/**
 * Reads written limits: "max 4 doses/day", "not to exceed 40 mg in 24 hours", "max 8 tabs/day", and
 * "up to 3 times a day". A limit is always per day; one that does not say per what is refused.
 */
final class LimitReader {
  private LimitReader() {}

  static int read(Reading r, StepDraft step, int i, int end) {
    boolean upTo = r.kind(i) == TermKind.UP_TO;
    int k = i + 1;
    if (!r.is(k, end, TermKind.NUMBER)) {
      return r.fail("no amount after '" + r.written(i, i + 1) + "'", i, i + 1);
    }
    int m = k + 1;
    if ((r.is(m, end, TermKind.DASH) || r.is(m, end, TermKind.TO))
        && r.is(m + 1, end, TermKind.NUMBER)) {
      return r.fail("a maximum is one amount, not '" + r.written(i, m + 2) + "'", i, m + 2);
    }
    if (r.is(m, end, TermKind.UNIT)) {
      Unit unit = r.unit(m);
      if (unit.dimension() != Dimension.MASS && unit.dimension() != Dimension.ACTIVITY) {
        return r.cannotRead(i, m + 1);
      }
      int after = perDay(r, i, m + 1, end);
      BigDecimal amount = after == FAILED ? null : positive(r, k, i, after);
      if (amount == null || !step.limit(r, Span.of(i, after))) {
        return FAILED;
      }
      step.maxAmount = new Quantity(amount, unit);
      return after;
    }
    if (r.is(m, end, TermKind.FORM) && r.form(m).counted()) {
      int after = perDay(r, i, m + 1, end);
      BigDecimal count = after == FAILED ? null : positive(r, k, i, after);
      if (count == null || !step.limit(r, Span.of(i, after))) {
        return FAILED;
      }
      step.maxCount = count;
      return after;
    }
    int q = m;
    if (r.is(q, end, TermKind.DOSES) || r.is(q, end, TermKind.TIMES) || r.is(q, end, TermKind.X)) {
      q++;
    }
    int after = perDay(r, i, q, end);
    int doses = after == FAILED ? FAILED : Numbers.whole(r, k);
    if (doses == FAILED) {
      return FAILED;
    }
    if (doses == 0) {
      return r.fail("maximum must be greater than 0", i, after);
    }
    if (!step.limit(r, Span.of(i, after))) {
      return FAILED;
    }
    step.maxDoses = doses;
    step.upTo = upTo;
    return after;
  }

  private static int perDay(Reading r, int from, int k, int end) {
    int after = Periods.perDay(r, k, end);
    if (after < 0) {
      return r.fail(
          "'" + r.written(from, k) + "' does not say per what: write it per day", from, k);
    }
    return after;
  }

  private static BigDecimal positive(Reading r, int number, int from, int to) {
    BigDecimal value = Numbers.exact(r, number);
    if (value != null && value.signum() == 0) {
      r.fail("maximum must be greater than 0", from, to);
      return null;
    }
    return value;
  }
}
