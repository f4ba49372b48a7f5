package org.tonus.core.triage;

import java.util.List;
import org.tonus.core.knowledge.Symptom;

/** One way of saying a symptom: its clinical name or a lay word, split into words. */
record Phrase(Symptom symptom, List<String> words) {
  Phrase {
    words = List.copyOf(words);
    if (words.isEmpty()) {
      throw new IllegalArgumentException("symptom " + symptom.id() + " has an empty phrase");
    }
  }
}
