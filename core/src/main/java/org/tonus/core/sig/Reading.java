package org.tonus.core.sig;

/**
 * The text and terms of the sig being read, and the first refusal met, if any. Readers return
 * {@link #FAILED} (or null, or false) after {@link #fail} and every caller passes that straight up:
 * a refusal is a value carried back to {@link SigParser}, never an exception, so a refused sig
 * costs no more than a parsed one.
 */
final class Reading {
  /** The index a reader returns when it refused; the refusal is in {@link #refusal()}. */
  static final int FAILED = -1;

  private final String text;
  private final Term[] terms;
  private Refused refusal;

  Reading(String text, Term[] terms) {
    this.text = text;
    this.terms = terms;
  }

  String text() {
    return text;
  }

  int size() {
    return terms.length;
  }

  Term term(int i) {
    return terms[i];
  }

  /** True when term {@code i} exists below {@code end} and is of {@code kind}. */
  boolean is(int i, int end, TermKind kind) {
    return i < end && terms[i].kind() == kind;
  }

  /** The text of terms {@code from} to {@code to} (exclusive), as written. */
  String written(int from, int to) {
    return text.substring(terms[from].start(), terms[to - 1].end());
  }

  /**
   * Records a refusal spanning terms {@code from} to {@code to} (exclusive) and returns {@link
   * #FAILED}. Only the first refusal is kept: it names the part that stopped the reading.
   */
  int fail(String message, int from, int to) {
    if (refusal == null) {
      int start = Math.min(terms[from].start(), terms[to - 1].start());
      int end = Math.max(terms[from].end(), terms[to - 1].end());
      refusal = new Refused(message, start, end);
    }
    return FAILED;
  }

  /** "could not read 'x'" for terms {@code from} to {@code to} (exclusive). */
  int cannotRead(int from, int to) {
    return fail("could not read '" + written(from, to) + "'", from, to);
  }

  boolean failed() {
    return refusal != null;
  }

  Refused refusal() {
    return refusal;
  }
}
