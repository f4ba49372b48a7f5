package org.tonus.core.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into {@link Word}s the same way for the vocabulary and for what a person writes, so
 * "Can't breathe!" and "can't breathe" meet as the same two words.
 */
final class Tokenizer {
  private Tokenizer() {}

  static List<Word> words(String text) {
    List<Word> words = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean breakPending = false;
    int start = -1;
    int end = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (current.length() == 0) {
          start = i;
        }
        current.append(Character.toLowerCase(c));
        end = i + 1;
        continue;
      }
      if (isApostrophe(c) && current.length() > 0) {
        continue; // "can't" is one word, "cant"
      }
      if (current.length() > 0) {
        words.add(new Word(current.toString().toLowerCase(Locale.ROOT), breakPending, start, end));
        current.setLength(0);
        breakPending = false;
      }
      if (isClauseBreak(c)) {
        breakPending = true;
      }
    }
    if (current.length() > 0) {
      words.add(new Word(current.toString().toLowerCase(Locale.ROOT), breakPending, start, end));
    }
    return words;
  }

  /** The words alone, for phrases of the vocabulary. */
  static List<String> texts(String text) {
    return words(text).stream().map(Word::text).toList();
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }

  private static boolean isClauseBreak(char c) {
    return ".,;:!?()[]\n".indexOf(c) >= 0;
  }
}
