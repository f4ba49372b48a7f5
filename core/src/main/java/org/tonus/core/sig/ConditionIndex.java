package org.tonus.core.sig;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tonus.core.knowledge.Condition;
import org.tonus.core.knowledge.ConditionVocabulary;

/**
 * Condition names and synonyms by their plain form (lower case, single spaces), built once, so an
 * indication is matched without a regular expression per sig. Same matching rule as the
 * vocabulary's own name lookup.
 */
final class ConditionIndex {
  private final Map<String, String> idsByName;

  ConditionIndex(ConditionVocabulary conditions) {
    Map<String, String> ids = new HashMap<>();
    for (Condition condition : conditions.conditions()) {
      ids.put(plain(condition.name()), condition.id());
      for (String synonym : condition.synonyms()) {
        ids.put(plain(synonym), condition.id());
      }
    }
    idsByName = Map.copyOf(ids);
  }

  Optional<String> conditionId(String indication) {
    return Optional.ofNullable(idsByName.get(plain(indication)));
  }

  /** Lower case, runs of white space as one space, no space at either end. */
  static String plain(String text) {
    if (isPlainAscii(text)) {
      // The usual indication ("spasticity", "muscle spasm") is plain already: no copies.
      return text;
    }
    return normalized(text);
  }

  /**
   * True when {@link #normalized} would return {@code text} unchanged: ASCII with no capital and no
   * control character, and single spaces between words only.
   */
  private static boolean isPlainAscii(String text) {
    int length = text.length();
    if (length == 0 || text.charAt(0) == ' ' || text.charAt(length - 1) == ' ') {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      boolean ok =
          c == ' ' ? text.charAt(i - 1) != ' ' : c > ' ' && c < 128 && !(c >= 'A' && c <= 'Z');
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static String normalized(String text) {
    StringBuilder plain = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        space = plain.length() > 0;
      } else {
        if (space) {
          plain.append(' ');
          space = false;
        }
        plain.append(c);
      }
    }
    return plain.toString().toLowerCase(Locale.ROOT);
  }
}
