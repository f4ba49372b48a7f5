package org.tonus.core.sig;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * The raw tokens of one text, in parallel arrays to keep the hot path free of small objects: a word
 * (letters, dots of an abbreviation dropped), a number (with its fraction denominator, 1 for a
 * plain number) or a single symbol. Offsets are character offsets in the text.
 */
final class Tokens {
  static final byte WORD = 0;
  static final byte NUMBER = 1;
  static final byte SYMBOL = 2;

  private byte[] kinds;
  private int[] ids;
  private int[] starts;
  private int[] ends;
  private BigDecimal[] numerators;
  private int[] denominators;
  private int size;

  Tokens(int capacity) {
    int initial = Math.max(capacity, 8);
    kinds = new byte[initial];
    ids = new int[initial];
    starts = new int[initial];
    ends = new int[initial];
    numerators = new BigDecimal[initial];
    denominators = new int[initial];
  }

  void add(byte kind, int start, int end) {
    add(kind, start, end, WordTable.UNKNOWN);
  }

  /** Adds a word or symbol with its id in the word table ({@link WordTable#UNKNOWN} if none). */
  void add(byte kind, int start, int end, int id) {
    grow();
    kinds[size] = kind;
    ids[size] = id;
    starts[size] = start;
    ends[size] = end;
    denominators[size] = 1;
    size++;
  }

  void addNumber(int start, int end, BigDecimal numerator, int denominator) {
    add(NUMBER, start, end);
    numerators[size - 1] = numerator;
    denominators[size - 1] = denominator;
  }

  /** Widens the last token to {@code end} with a new value ("1" then "½" is 3/2). */
  void replaceLastNumber(int end, BigDecimal numerator, int denominator) {
    ends[size - 1] = end;
    numerators[size - 1] = numerator;
    denominators[size - 1] = denominator;
  }

  private void grow() {
    if (size == kinds.length) {
      int capacity = size * 2;
      kinds = Arrays.copyOf(kinds, capacity);
      ids = Arrays.copyOf(ids, capacity);
      starts = Arrays.copyOf(starts, capacity);
      ends = Arrays.copyOf(ends, capacity);
      numerators = Arrays.copyOf(numerators, capacity);
      denominators = Arrays.copyOf(denominators, capacity);
    }
  }

  int size() {
    return size;
  }

  byte kind(int i) {
    return kinds[i];
  }

  /** The word-table id of word or symbol {@code i}; {@link WordTable#UNKNOWN} otherwise. */
  int id(int i) {
    return ids[i];
  }

  int start(int i) {
    return starts[i];
  }

  int end(int i) {
    return ends[i];
  }

  BigDecimal numerator(int i) {
    return numerators[i];
  }

  int denominator(int i) {
    return denominators[i];
  }
}
