package org.tonus.core.triage;

import java.util.Objects;
import org.tonus.core.knowledge.Symptom;

/** A symptom found in the text: the words that named it, whether they were denied, how strongly. */
record Mention(Symptom symptom, String matched, boolean negated, Intensity intensity) {
  Mention {
    Objects.requireNonNull(symptom, "symptom");
    Objects.requireNonNull(intensity, "intensity");
  }
}
