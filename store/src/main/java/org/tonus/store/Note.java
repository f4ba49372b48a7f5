package org.tonus.store;

import java.time.Instant;

/** A free-text note about a patient, written by someone at a time. */
public record Note(long patientId, long authorId, Instant at, String text) {
  public Note {
    Validate.id("patientId", patientId);
    Validate.id("authorId", authorId);
    if (at == null) {
      throw new IllegalArgumentException("at must be given");
    }
    text = Validate.text("text", text, 4000);
  }
}
