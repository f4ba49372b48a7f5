package org.tonus.core.sig;

import static org.tonus.core.sig.Reading.FAILED;

/**
 * Reads frequencies built from parts: "3 times a day", "twice daily", "once", "q8h", "q4-6h",
 * "every 8 hours", "8 hourly". Single words ("bid", "hs") are whole terms already. Intervals longer
 * than a day are refused, not read. Each method returns the index after what it read, or FAILED.
 */
final class FrequencyReader {
  private FrequencyReader() {}

  /** After "N times" or "N x": the per-day period; "1 time" alone is a single dose. */
  static int timesPerDay(Reading r, StepDraft step, int low, int high, int k, int end) {
    int after = Periods.perDay(r, k, end);
    if (after < 0) {
      int longer = Periods.longer(r, k, end);
      if (longer >= 0) {
        return lessOftenThanDaily(r, low, longer + 1);
      }
      if (low == high && Numbers.isValue(r, low, end, 1)) {
        step.once(Span.of(low, k));
        return k;
      }
      return r.fail("'" + r.written(low, k) + "' does not say per what: write it per day", low, k);
    }
    int lowTimes = Numbers.whole(r, low);
    int highTimes = lowTimes == FAILED ? FAILED : Numbers.whole(r, high);
    if (highTimes == FAILED || !checkRange(r, lowTimes, highTimes, "frequency", low, after)) {
      return FAILED;
    }
    return set(r, step, Frequency.timesPerDay(lowTimes, highTimes), low, after);
  }

  /** "once", "twice", "thrice", with what follows. */
  static int timesWord(Reading r, StepDraft step, int i, int end) {
    int times = r.times(i);
    int k = i + 1;
    int after = Periods.perDay(r, k, end);
    if (after >= 0) {
      return set(r, step, Frequency.timesPerDay(times, times), i, after);
    }
    if (times == 1 && r.is(k, end, TermKind.FREQUENCY) && r.frequency(k).timeOfDay().isPresent()) {
      return set(r, step, r.frequency(k), i, k + 1);
    }
    int longer = Periods.longer(r, k, end);
    if (longer >= 0) {
      return lessOftenThanDaily(r, i, longer + 1);
    }
    if (times == 1) {
      step.once(Span.of(i, k));
      return k;
    }
    return r.fail("'" + r.written(i, k) + "' does not say per what: write it per day", i, k);
  }

  /** A frequency word, or a range of two: "tid-qid" is 3-4 doses a day. */
  static int word(Reading r, StepDraft step, int i, int end) {
    Frequency first = r.frequency(i);
    if (r.is(i + 1, end, TermKind.DASH) && r.is(i + 2, end, TermKind.FREQUENCY)) {
      Frequency second = r.frequency(i + 2);
      if (isTimesOnly(first)
          && isTimesOnly(second)
          && first.timesPerDay().high() < second.timesPerDay().low()) {
        Frequency range =
            Frequency.timesPerDay(first.timesPerDay().low(), second.timesPerDay().high());
        return set(r, step, range, i, i + 3);
      }
    }
    return set(r, step, first, i, i + 1);
  }

  private static boolean isTimesOnly(Frequency frequency) {
    return frequency.intervalHours().isEmpty() && frequency.timeOfDay().isEmpty();
  }

  /** "q" or "every", followed by hours or a day. */
  static int everyOrQ(Reading r, StepDraft step, int i, int end) {
    int k = skipDots(r, i + 1, end);
    if (r.is(k, end, TermKind.NUMBER)) {
      int high = k;
      int m = k + 1;
      if ((r.is(m, end, TermKind.DASH) || r.is(m, end, TermKind.TO))
          && r.is(m + 1, end, TermKind.NUMBER)) {
        high = m + 1;
        m += 2;
      }
      m = skipDots(r, m, end);
      if (r.is(m, end, TermKind.HOUR)) {
        return interval(r, step, i, k, high, m + 1);
      }
      if (r.is(m, end, TermKind.DAY)) {
        if (high == k && Numbers.isValue(r, k, end, 1)) {
          return set(r, step, Frequency.timesPerDay(1, 1), i, m + 1);
        }
        return lessOftenThanDaily(r, i, m + 1);
      }
      if (r.is(m, end, TermKind.WEEK) || r.is(m, end, TermKind.MONTH)) {
        return lessOftenThanDaily(r, i, m + 1);
      }
      return r.fail("no unit after " + r.written(i, m), i, m);
    }
    if (r.is(k, end, TermKind.HOUR)) {
      return set(r, step, Frequency.everyHours(1, 1), i, k + 1);
    }
    if (r.is(k, end, TermKind.DAY)) {
      return set(r, step, Frequency.timesPerDay(1, 1), i, k + 1);
    }
    if (r.is(k, end, TermKind.WEEK) || r.is(k, end, TermKind.MONTH)) {
      return lessOftenThanDaily(r, i, k + 1);
    }
    return r.cannotRead(i, i + 1);
  }

  /** Skips the dots of "q.8.h.", which the tokenizer leaves as punctuation. */
  private static int skipDots(Reading r, int k, int end) {
    int at = k;
    while (r.is(at, end, TermKind.PUNCT) && r.written(at, at + 1).equals(".")) {
      at++;
    }
    return at;
  }

  /** An interval of hours from number terms {@code low}-{@code high}, written from..to. */
  static int interval(Reading r, StepDraft step, int from, int low, int high, int to) {
    int lowHours = Numbers.whole(r, low);
    int highHours = lowHours == FAILED ? FAILED : Numbers.whole(r, high);
    if (highHours == FAILED || !checkRange(r, lowHours, highHours, "interval", from, to)) {
      return FAILED;
    }
    if (highHours > Frequency.HOURS_IN_A_DAY) {
      return lessOftenThanDaily(r, from, to);
    }
    return set(r, step, Frequency.everyHours(lowHours, highHours), from, to);
  }

  private static int set(Reading r, StepDraft step, Frequency frequency, int from, int to) {
    return step.frequency(r, frequency, Span.of(from, to)) ? to : FAILED;
  }

  private static boolean checkRange(Reading r, int low, int high, String what, int from, int to) {
    if (low == 0 || high == 0) {
      r.fail(what + " must be greater than 0", from, to);
      return false;
    }
    if (low > high) {
      r.fail("range '" + r.written(from, to) + "' starts above its end", from, to);
      return false;
    }
    return true;
  }

  static int lessOftenThanDaily(Reading r, int from, int to) {
    return r.fail(
        "'" + r.written(from, to) + "': doses less often than daily are not read", from, to);
  }
}
