package org.tonus.core.sig;

import java.util.List;

/**
 * The words and symbols the lexicon knows, each with a small integer id, found straight from a
 * range of the sig's text without building a string: case is ignored, dots are skipped ("B.I.D."
 * finds "bid") and a typographic apostrophe counts as a straight one. Open addressing over an array
 * sized to a power of two, built once.
 */
final class WordTable {
  static final int UNKNOWN = -1;

  private final char[][] keys;

  /**
   * Per slot, the key's hash (high half) and its id + 1 (low half); 0 for an empty slot. One load
   * tells an empty slot, a different hash and the id, so the key's characters are read only when
   * the hash matches.
   */
  private final long[] slots;

  private final int shift;

  /** {@code words} are already in key form ({@link #key(CharSequence)}); ids are list indexes. */
  WordTable(List<String> words) {
    // At most one slot in four taken: a word not in the table (a drug name the vocabulary lacks)
    // then meets an empty slot at once rather than after a run of neighbours.
    int capacity = Integer.highestOneBit(Math.max(words.size(), 8) * 4) * 2;
    keys = new char[capacity][];
    slots = new long[capacity];
    shift = Integer.numberOfLeadingZeros(capacity) + 1;
    int mask = capacity - 1;
    for (int id = 0; id < words.size(); id++) {
      char[] key = words.get(id).toCharArray();
      int hash = hash(key);
      int slot = slot(hash);
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = key;
      slots[slot] = ((long) hash << 32) | (id + 1);
    }
  }

  /**
   * The id of the word in {@code text[start, end)}, or {@link #UNKNOWN}; {@code hash} is {@link
   * #hash(String, int, int)} of it, which the tokenizer computes while it scans the word.
   */
  int find(String text, int start, int end, int hash) {
    int mask = slots.length - 1;
    int slot = slot(hash);
    long entry;
    while ((entry = slots[slot]) != 0) {
      if ((int) (entry >>> 32) == hash && matches(keys[slot], text, start, end)) {
        return (int) entry - 1;
      }
      slot = (slot + 1) & mask;
    }
    return UNKNOWN;
  }

  private static boolean matches(char[] key, String text, int start, int end) {
    int k = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '.') {
        continue;
      }
      if (k == key.length || key[k++] != fold(c)) {
        return false;
      }
    }
    return k == key.length;
  }

  /** The hash {@link #find(String, int, int, int)} expects for {@code text[start, end)}. */
  static int hash(String text, int start, int end) {
    int hash = 0;
    for (int i = start; i < end; i++) {
      if (text.charAt(i) != '.') {
        hash = 31 * hash + fold(text.charAt(i));
      }
    }
    return hash;
  }

  /** Fibonacci hashing: the top bits of hash x 2^32/phi, so similar words land far apart. */
  private int slot(int hash) {
    return (hash * 0x9E3779B9) >>> shift;
  }

  private static int hash(char[] key) {
    int hash = 0;
    for (char c : key) {
      hash = 31 * hash + c;
    }
    return hash;
  }

  /** The form of a word the table stores: lower case, no dots, straight apostrophes. */
  static String key(CharSequence word) {
    StringBuilder key = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c != '.') {
        key.append(fold(c));
      }
    }
    return key.toString();
  }

  /** One character as the table compares it: lower case, typographic apostrophe straightened. */
  static char fold(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    return c == '’' ? '\'' : Character.toLowerCase(c);
  }
}
