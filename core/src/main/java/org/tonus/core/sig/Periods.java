package org.tonus.core.sig;

/**
 * Recognises the "per day" that ends a frequency or a limit: "daily", "a day", "per day", "/day",
 * "/d", "in 24 hours", "per 24 h"; and the longer periods the parser does not read (week, month).
 */
final class Periods {
  private Periods() {}

  /** The index after a per-day period starting at {@code k}, or -1 when there is none. */
  static int perDay(Reading reading, int k, int end) {
    if (reading.is(k, end, TermKind.FREQUENCY) && StepDraft.isPlainDaily(reading.frequency(k))) {
      return k + 1;
    }
    int m = afterConnector(reading, k, end);
    if (reading.is(m, end, TermKind.DAY)) {
      return m + 1;
    }
    if (m > k
        && Numbers.isValue(reading, m, end, Frequency.HOURS_IN_A_DAY)
        && reading.is(m + 1, end, TermKind.HOUR)) {
      return m + 2;
    }
    return -1;
  }

  /** The index of a week or month period starting at {@code k}, or -1. */
  static int longer(Reading reading, int k, int end) {
    int m = afterConnector(reading, k, end);
    return reading.is(m, end, TermKind.WEEK) || reading.is(m, end, TermKind.MONTH) ? m : -1;
  }

  private static int afterConnector(Reading reading, int k, int end) {
    int m = k;
    if (reading.is(m, end, TermKind.SLASH) || reading.is(m, end, TermKind.IN)) {
      m++;
    }
    if (reading.is(m, end, TermKind.PER)) {
      m++;
    }
    return m;
  }
}
