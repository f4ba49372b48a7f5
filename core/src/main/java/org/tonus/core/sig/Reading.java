package org.tonus.core.sig;

import org.tonus.core.quantity.Unit;

/**
 * The text and terms of the sig being read, and the first refusal met, if any. Terms are parallel
 * arrays (kind, span, value) rather than objects, to keep the hot path light; the typed accessors
 * cast a term's value to what its kind carries (see {@link TermKind}). Readers return {@link
 * #FAILED} (or null, or false) after {@link #fail} and every caller passes that straight up: a
 * refusal is a value carried back to {@link SigParser}, never an exception, so a refused sig costs
 * no more than a parsed one.
 */
final class Reading {
  /** The index a reader returns when it refused; the refusal is in {@link #refusal()}. */
  static final int FAILED = -1;

  /** Every term kind by ordinal, to decode the byte each term stores (never written after). */
  private static final TermKind[] KINDS = TermKind.values();

  private final String text;

  /** Term kinds as {@link #code(TermKind)}: the token kinds' array, reused in place. */
  private final byte[] kinds;

  private final int[] starts;
  private final int[] ends;
  private final Object[] values;
  private final int size;
  private Refused refusal;

  Reading(String text, byte[] kinds, int[] starts, int[] ends, Object[] values, int size) {
    this.text = text;
    this.kinds = kinds;
    this.starts = starts;
    this.ends = ends;
    this.values = values;
    this.size = size;
  }

  String text() {
    return text;
  }

  int size() {
    return size;
  }

  /** The byte a term kind is stored as; fewer than 128 kinds, so the ordinal fits. */
  static byte code(TermKind kind) {
    return (byte) kind.ordinal();
  }

  TermKind kind(int i) {
    return KINDS[kinds[i]];
  }

  int start(int i) {
    return starts[i];
  }

  int end(int i) {
    return ends[i];
  }

  Numeral numeral(int i) {
    return (Numeral) values[i];
  }

  Unit unit(int i) {
    return (Unit) values[i];
  }

  DoseForm form(int i) {
    return (DoseForm) values[i];
  }

  AdministrationRoute route(int i) {
    return (AdministrationRoute) values[i];
  }

  Frequency frequency(int i) {
    return (Frequency) values[i];
  }

  int times(int i) {
    return (Integer) values[i];
  }

  OrderVerb verb(int i) {
    return (OrderVerb) values[i];
  }

  FoodAdvice food(int i) {
    return (FoodAdvice) values[i];
  }

  DrugName drug(int i) {
    return (DrugName) values[i];
  }

  String message(int i) {
    return (String) values[i];
  }

  /** True when term {@code i} exists below {@code end} and is of {@code kind}. */
  boolean is(int i, int end, TermKind kind) {
    return i < end && kinds[i] == kind.ordinal();
  }

  /** The text of terms {@code from} to {@code to} (exclusive), as written. */
  String written(int from, int to) {
    return text.substring(starts[from], ends[to - 1]);
  }

  /**
   * Records a refusal spanning terms {@code from} to {@code to} (exclusive) and returns {@link
   * #FAILED}. Only the first refusal is kept: it names the part that stopped the reading.
   */
  int fail(String message, int from, int to) {
    if (refusal == null) {
      int start = Math.min(starts[from], starts[to - 1]);
      int end = Math.max(ends[from], ends[to - 1]);
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
