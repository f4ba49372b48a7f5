package org.tonus.core.knowledge;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Symptoms with an index from every clinical name and lay word, built once at load. */
public final class SymptomVocabulary {
  private final Map<String, Symptom> symptoms;
  private final Map<String, Symptom> byName;

  SymptomVocabulary(Map<String, Symptom> symptoms, Map<String, Symptom> byName) {
    this.symptoms = Map.copyOf(symptoms);
    this.byName = Map.copyOf(byName);
  }

  public Optional<Symptom> symptom(String id) {
    return Optional.ofNullable(symptoms.get(id));
  }

  /** The symptom a clinical name or lay word stands for, ignoring case and spacing. */
  public Optional<Symptom> byName(String words) {
    return Optional.ofNullable(byName.get(Names.normalize(words)));
  }

  public Collection<Symptom> symptoms() {
    return symptoms.values();
  }
}
