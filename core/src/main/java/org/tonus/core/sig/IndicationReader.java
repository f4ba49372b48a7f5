package org.tonus.core.sig;

import java.util.EnumSet;
import java.util.Set;

/**
 * Reads the indication after "for" or "prn" ("for spasms", "prn muscle spasm", "for alcohol
 * cravings"): the words up to the next part of the sig (a frequency, route, limit, food advice,
 * number or comma). The words are kept as written; the condition is looked up later.
 */
final class IndicationReader {
  /** Terms an indication may contain. */
  private static final Set<TermKind> WORDS =
      EnumSet.of(
          TermKind.UNKNOWN,
          TermKind.DRUG,
          TermKind.FILLER,
          TermKind.PER,
          TermKind.AND,
          TermKind.TO,
          TermKind.IN,
          TermKind.DASH,
          TermKind.SLASH);

  /** Terms that carry meaning; an indication starts and ends with one. */
  private static final Set<TermKind> SUBSTANTIVE = EnumSet.of(TermKind.UNKNOWN, TermKind.DRUG);

  private IndicationReader() {}

  /** Reads an indication from {@code k}; returns {@code k} when there is none, or FAILED. */
  static int capture(Reading r, SigDraft sig, int k, int end) {
    int first = k;
    while (first < end && (r.is(first, end, TermKind.FILLER) || r.is(first, end, TermKind.PER))) {
      first++;
    }
    if (!(first < end && SUBSTANTIVE.contains(r.kind(first)))) {
      return k;
    }
    int j = first;
    while (j < end && WORDS.contains(r.kind(j))) {
      j++;
    }
    int last = j;
    while (!SUBSTANTIVE.contains(r.kind(last - 1))) {
      last--;
    }
    return sig.indication(r, Span.of(first, last)) ? last : Reading.FAILED;
  }

  /** After "prn": an optional "for" and the indication. */
  static int afterAsNeeded(Reading r, SigDraft sig, int k, int end) {
    if (r.is(k, end, TermKind.FOR)) {
      int after = capture(r, sig, k + 1, end);
      // "prn for 3 days": no indication, so "for" is left to the duration reader.
      return after == k + 1 ? k : after;
    }
    return capture(r, sig, k, end);
  }
}
