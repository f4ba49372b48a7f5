package org.tonus.core.check;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.tonus.core.sig.SigParse;
import org.tonus.core.sig.SigParser;

/**
 * The sig parser's answers remembered by text. Medication lists repeat the same few hundred sigs
 * across patients ("amlodipine 5 mg po daily"), and a parse depends on nothing but the text and the
 * jurisdiction's parser, so a remembered answer is the answer. Bounded: once full it stops
 * remembering new texts rather than evicting, which keeps it lock-free and its memory fixed; a
 * capacity of zero turns it off.
 */
final class SigMemo {
  /** Enough for a hospital formulary's sigs; each entry is a few hundred bytes. */
  static final int DEFAULT_CAPACITY = 20_000;

  private final SigParser parser;
  private final int capacity;
  private final Map<String, SigParse> parses = new ConcurrentHashMap<>();

  SigMemo(SigParser parser, int capacity) {
    if (capacity < 0) {
      throw new IllegalArgumentException("capacity must be 0 or more, not " + capacity);
    }
    this.parser = parser;
    this.capacity = capacity;
  }

  SigParse parse(String text) {
    SigParse known = parses.get(text);
    if (known != null) {
      return known;
    }
    SigParse parse = parser.parse(text);
    if (parses.size() < capacity) {
      parses.putIfAbsent(text, parse);
    }
    return parse;
  }

  /** How many texts are remembered. */
  int remembered() {
    return parses.size();
  }
}
