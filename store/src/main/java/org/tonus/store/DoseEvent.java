package org.tonus.store;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One dose in a patient's diary: when, what happened, and the dose in milligrams (for a missed
 * dose, the dose that was due). The dose is above 0 and whole micrograms, held at scale 3.
 */
public record DoseEvent(long patientId, Instant at, DoseKind kind, BigDecimal doseMg) {
  public DoseEvent {
    Validate.id("patientId", patientId);
    if (at == null || kind == null) {
      throw new IllegalArgumentException("at and kind must be given");
    }
    doseMg = Validate.positiveMilligrams("doseMg", doseMg);
  }
}
