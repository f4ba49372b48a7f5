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

  /** Each slot's key hash, compared before the characters so a probe past a collision is cheap. */
  private final int[] hashes;

  private final int[] ids;
  private final int mask;

  /** {@code words} are already in key form ({@link #key(CharSequence)}); ids are list indexes. */
  WordTable(List<String> words) {
    int capacity = Integer.highestOneBit(Math.max(words.size(), 8) * 4);
    keys = new char[capacity][];
    hashes = new int[capacity];
    ids = new int[capacity];
    mask = capacity - 1;
    for (int id = 0; id < words.size(); id++) {
      char[] key = words.get(id).toCharArray();
      int hash = hash(key);
      int slot = spread(hash) & mask;
      while (keys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = key;
      hashes[slot] = hash;
      ids[slot] = id;
    }
  }

  /**
   * The id of the word in {@code text[start, end)}, or {@link #UNKNOWN}; {@code hash} is {@link
   * #hash(String, int, int)} of it, which the tokenizer computes while it scans the word.
   */
  int find(String text, int start, int end, int hash) {
    int slot = spread(hash) & mask;
    while (keys[slot] != null) {
      if (hashes[slot] == hash && matches(keys[slot], text, start, end)) {
        return ids[slot];
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

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
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
