package org.tonus.core.check;

import java.util.Optional;

/**
 * A condition as a health record names it: plain words, an ICD-10-CM code, a SNOMED CT concept id,
 * or several of these. At least one part is present.
 */
public record ConditionMention(
    Optional<String> text, Optional<String> icd10, Optional<String> snomed) {
  public ConditionMention {
    java.util.Objects.requireNonNull(text, "text");
    java.util.Objects.requireNonNull(icd10, "icd10");
    java.util.Objects.requireNonNull(snomed, "snomed");
    if (text.filter(t -> !t.isBlank()).isEmpty()
        && icd10.filter(t -> !t.isBlank()).isEmpty()
        && snomed.filter(t -> !t.isBlank()).isEmpty()) {
      throw new IllegalArgumentException("a condition needs text, icd10 or snomed");
    }
  }

  public static ConditionMention text(String words) {
    return new ConditionMention(Optional.of(words), Optional.empty(), Optional.empty());
  }

  /** The words to show for this mention: the text, else the code. */
  public String label() {
    return text.or(() -> icd10.map(c -> "ICD-10 " + c))
        .or(() -> snomed.map(c -> "SNOMED " + c))
        .orElseThrow();
  }
}
