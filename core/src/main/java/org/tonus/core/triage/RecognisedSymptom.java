package org.tonus.core.triage;

import java.util.Objects;

/**
 * A symptom triage recognised: {@code term} is the symptom's id in the knowledge vocabulary, {@code
 * name} its clinical name, {@code matched} the person's own words that named it.
 */
public record RecognisedSymptom(String term, String name, String matched) {
  public RecognisedSymptom {
    Objects.requireNonNull(term, "term");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(matched, "matched");
  }
}
