package org.tonus.core.sig;

import java.util.Arrays;

/**
 * The raw tokens of one text, in parallel arrays to keep the hot path free of small objects: a word
 * (letters, dots of an abbreviation dropped), a number, or a single symbol. A word or symbol
 * carries its id in the lexicon's word table; a number carries its value in a parallel array, which
 * the term matcher then reuses for term values. Offsets are character offsets in the text.
 */
final class Tokens {
  static final byte WORD = 0;
  static final byte NUMBER = 1;
  static final byte SYMBOL = 2;

  private byte[] kinds;
  private int[] ids;
  private int[] starts;
  private int[] ends;

  /** The value of each number token at its index; null for words and symbols. */
  private Object[] values;

  private int size;

  Tokens(int capacity) {
    int initial = Math.max(capacity, 8);
    kinds = new byte[initial];
    ids = new int[initial];
    starts = new int[initial];
    ends = new int[initial];
    values = new Object[initial];
  }

  /** Adds a word or symbol with its id in the word table ({@link WordTable#UNKNOWN} if none). */
  void add(byte kind, int start, int end, int id) {
    if (size == kinds.length) {
      int capacity = size * 2;
      kinds = Arrays.copyOf(kinds, capacity);
      ids = Arrays.copyOf(ids, capacity);
      starts = Arrays.copyOf(starts, capacity);
      ends = Arrays.copyOf(ends, capacity);
      values = Arrays.copyOf(values, capacity);
    }
    kinds[size] = kind;
    ids[size] = id;
    starts[size] = start;
    ends[size] = end;
    size++;
  }

  void addNumber(int start, int end, Numeral number) {
    add(NUMBER, start, end, WordTable.UNKNOWN);
    values[size - 1] = number;
  }

  /** Widens the last token, a number, to {@code end} with a new value ("1" then "½" is 3/2). */
  void replaceLastNumber(int end, Numeral number) {
    ends[size - 1] = end;
    values[size - 1] = number;
  }

  int size() {
    return size;
  }

  /**
   * The token kinds, for the term matcher to reuse in place for term kinds (as {@link
   * TermKind#ordinal()}), like {@link #startsArray()}: one array fewer per sig.
   */
  byte[] kindsArray() {
    return kinds;
  }

  /**
   * The start offsets, for the term matcher to reuse in place: terms are never more than tokens,
   * and term i is written only after token i has been read.
   */
  int[] startsArray() {
    return starts;
  }

  /** The values, reused in place for term values like {@link #startsArray()}. */
  Object[] valuesArray() {
    return values;
  }

  /** The end offsets, reused in place like {@link #startsArray()}. */
  int[] endsArray() {
    return ends;
  }

  byte kind(int i) {
    return kinds[i];
  }

  /** The word-table id of word or symbol {@code i}; {@link WordTable#UNKNOWN} for a number. */
  int id(int i) {
    return kinds[i] == NUMBER ? WordTable.UNKNOWN : ids[i];
  }

  int start(int i) {
    return starts[i];
  }

  int end(int i) {
    return ends[i];
  }

  /** The value of number token {@code i}. */
  Numeral numeral(int i) {
    return (Numeral) values[i];
  }
}
