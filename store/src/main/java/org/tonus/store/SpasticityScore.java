package org.tonus.store;

import java.time.Instant;

/**
 * A patient's own rating of their spasticity at a moment: the 0–10 numeric rating scale and the
 * Penn spasm frequency score 0–4.
 */
public record SpasticityScore(long patientId, Instant at, int numericRating, int penn) {
  public SpasticityScore {
    Validate.id("patientId", patientId);
    if (at == null) {
      throw new IllegalArgumentException("at must be given");
    }
    Validate.between("numericRating", numericRating, 0, 10);
    Validate.between("penn", penn, 0, 4);
  }
}
