package org.tonus.core.sig;

/**
 * Second stage: turns tokens into terms by longest match against the lexicon ("as needed", "Ozobax
 * DS", "d/c"), and joins numbers written in parts: "1 1/2" and "one and a half" are 3/2. A word
 * nothing matches becomes {@link TermKind#UNKNOWN}; the reader decides whether that is an unknown
 * drug or unreadable words.
 */
final class TermMatcher {
  private final PhraseTrie phrases;

  TermMatcher(Lexicon lexicon) {
    this.phrases = lexicon.phrases();
  }

  Reading match(String text, Tokens tokens) {
    int count = tokens.size();
    // Term i is written only once token i has been read, so the token arrays serve for terms.
    byte[] kinds = tokens.kindsArray();
    int[] starts = tokens.startsArray();
    int[] ends = tokens.endsArray();
    Object[] values = tokens.valuesArray();
    int size = 0;
    int t = 0;
    while (t < count) {
      if (tokens.kind(t) == Tokens.NUMBER) {
        Numeral numeral = tokens.numeral(t);
        size =
            addNumber(kinds, starts, ends, values, size, tokens.start(t), tokens.end(t), numeral);
        t++;
        continue;
      }
      Keyword matched = null;
      int matchedEnd = t + 1;
      int node = phrases.first(tokens.id(t));
      int next = t + 1;
      while (node != PhraseTrie.NONE) {
        Keyword here = phrases.keyword(node);
        if (here != null) {
          matched = here;
          matchedEnd = next;
        }
        node =
            next < count && tokens.id(next) != WordTable.UNKNOWN
                ? phrases.child(node, tokens.id(next))
                : PhraseTrie.NONE;
        next++;
      }
      int start = tokens.start(t);
      if (matched == null) {
        kinds[size] =
            Reading.code(isDot(text, start, tokens.end(t)) ? TermKind.PUNCT : TermKind.UNKNOWN);
        starts[size] = start;
        ends[size] = tokens.end(t);
        // The slot may still hold the value of an earlier number token: an unread term has none.
        values[size] = null;
        size++;
      } else if (matched.kind() == TermKind.NUMBER) {
        size =
            addNumber(
                kinds,
                starts,
                ends,
                values,
                size,
                start,
                tokens.end(matchedEnd - 1),
                (Numeral) matched.value());
      } else {
        kinds[size] = Reading.code(matched.kind());
        starts[size] = start;
        ends[size] = tokens.end(matchedEnd - 1);
        values[size] = matched.value();
        size++;
      }
      t = matchedEnd;
    }
    return new Reading(text, kinds, starts, ends, values, size);
  }

  /** Adds a number, joining it to a whole number just before: "1 ½", "one and a half". */
  private static int addNumber(
      byte[] kinds,
      int[] starts,
      int[] ends,
      Object[] values,
      int size,
      int start,
      int end,
      Numeral number) {
    if (number.isProperFraction()) {
      if (size >= 1 && isWholeNumber(kinds, values, size - 1)) {
        values[size - 1] = ((Numeral) values[size - 1]).plus(number);
        ends[size - 1] = end;
        return size;
      }
      if (size >= 2
          && kinds[size - 1] == Reading.code(TermKind.AND)
          && isWholeNumber(kinds, values, size - 2)) {
        values[size - 2] = ((Numeral) values[size - 2]).plus(number);
        ends[size - 2] = end;
        return size - 1;
      }
    }
    kinds[size] = Reading.code(TermKind.NUMBER);
    starts[size] = start;
    ends[size] = end;
    values[size] = number;
    return size + 1;
  }

  private static boolean isWholeNumber(byte[] kinds, Object[] values, int i) {
    return kinds[i] == Reading.code(TermKind.NUMBER) && ((Numeral) values[i]).isWhole();
  }

  private static boolean isDot(String text, int start, int end) {
    return end == start + 1 && text.charAt(start) == '.';
  }
}
