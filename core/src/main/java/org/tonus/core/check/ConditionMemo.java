package org.tonus.core.check;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.tonus.core.knowledge.Condition;
import org.tonus.core.knowledge.ConditionVocabulary;

/**
 * The condition vocabulary's answers for condition words and ICD-10-CM codes, remembered by text
 * like {@link SigMemo}: an answer depends on the text and the vocabulary only, and problem lists
 * repeat the same words and codes across patients. Bounded the same way: once full it stops
 * remembering; a capacity of zero turns it off.
 */
final class ConditionMemo {
  private final ConditionVocabulary conditions;
  private final int capacity;
  private final Map<String, Optional<Condition>> byName = new ConcurrentHashMap<>();
  private final Map<String, Optional<Condition>> byIcd10 = new ConcurrentHashMap<>();

  ConditionMemo(ConditionVocabulary conditions, int capacity) {
    if (capacity < 0) {
      throw new IllegalArgumentException("capacity must be 0 or more, not " + capacity);
    }
    this.conditions = conditions;
    this.capacity = capacity;
  }

  /** {@link ConditionVocabulary#byName}. */
  Optional<Condition> byName(String name) {
    return remembered(byName, name, conditions::byName);
  }

  /** {@link ConditionVocabulary#byIcd10}. */
  Optional<Condition> byIcd10(String code) {
    return remembered(byIcd10, code, conditions::byIcd10);
  }

  private Optional<Condition> remembered(
      Map<String, Optional<Condition>> memo,
      String text,
      Function<String, Optional<Condition>> lookUp) {
    Optional<Condition> known = memo.get(text);
    if (known != null) {
      return known;
    }
    Optional<Condition> found = lookUp.apply(text);
    if (memo.size() < capacity) {
      memo.putIfAbsent(text, found);
    }
    return found;
  }
}
