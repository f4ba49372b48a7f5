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
