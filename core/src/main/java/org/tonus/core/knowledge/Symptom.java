package org.tonus.core.knowledge;

import java.util.List;

/** A symptom by its clinical name, with the lay words people use for it. */
public record Symptom(String id, String name, List<String> synonyms, List<String> sources) {
  public Symptom {
    synonyms = List.copyOf(synonyms);
    sources = List.copyOf(sources);
  }
}
