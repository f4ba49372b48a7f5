package org.tonus.core.knowledge;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Conditions with indexes by plain name, SNOMED CT concept and ICD-10-CM code, built once at load.
 * An ICD-10-CM lookup tries the code and then its shorter parents, so "G35.D" finds the entry for
 * "G35" in at most seven map reads.
 */
public final class ConditionVocabulary {
  private final Map<String, Condition> conditions;
  private final Map<String, Condition> byName;
  private final Map<String, Condition> bySnomed;
  private final Map<String, Condition> byIcd10;

  ConditionVocabulary(
      Map<String, Condition> conditions,
      Map<String, Condition> byName,
      Map<String, Condition> bySnomed,
      Map<String, Condition> byIcd10) {
    this.conditions = Map.copyOf(conditions);
    this.byName = Map.copyOf(byName);
    this.bySnomed = Map.copyOf(bySnomed);
    this.byIcd10 = Map.copyOf(byIcd10);
  }

  public Optional<Condition> condition(String id) {
    return Optional.ofNullable(conditions.get(id));
  }

  public Optional<Condition> byName(String name) {
    return Optional.ofNullable(byName.get(Names.normalize(name)));
  }

  public Optional<Condition> bySnomed(String conceptId) {
    return Optional.ofNullable(bySnomed.get(conceptId.trim()));
  }

  public Optional<Condition> byIcd10(String code) {
    String key = Icd10Codes.normalize(code);
    for (int length = key.length(); length >= 3; length--) {
      Condition found = byIcd10.get(key.substring(0, length));
      if (found != null) {
        return Optional.of(found);
      }
    }
    return Optional.empty();
  }

  public Collection<Condition> conditions() {
    return conditions.values();
  }
}
