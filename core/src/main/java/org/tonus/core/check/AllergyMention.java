package org.tonus.core.check;

import java.util.Optional;

/** A recorded allergy: the substance in words and, if known, the reaction it caused. */
public record AllergyMention(String text, Optional<String> reaction) {
  public AllergyMention {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("allergy text is blank");
    }
    java.util.Objects.requireNonNull(reaction, "reaction");
  }
}
