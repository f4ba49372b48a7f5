package org.tonus.core.check;

/** Another active medicine as written: a drug name or a free-text sig. Never blank. */
public record MedicationMention(String text) {
  public MedicationMention {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("medication text is blank");
    }
  }
}
