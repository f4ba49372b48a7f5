package org.tonus.store;

import java.time.Instant;
import org.tonus.core.triage.TriageOutcome;

/** What a patient said about how they feel, and the triage outcome it was given. */
public record SymptomReport(long patientId, Instant at, String text, TriageOutcome outcome) {
  public SymptomReport {
    Validate.id("patientId", patientId);
    if (at == null || outcome == null) {
      throw new IllegalArgumentException("at and outcome must be given");
    }
    text = Validate.text("text", text, 4000);
  }
}
