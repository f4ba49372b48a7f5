package org.tonus.store;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an erasure removed: the patient, when, and the rows deleted per table (in the order they
 * were deleted). The counts carry no clinical content.
 */
public record ErasureReceipt(long patientId, Instant at, Map<String, Integer> rowsDeleted) {
  public ErasureReceipt {
    Validate.id("patientId", patientId);
    if (at == null) {
      throw new IllegalArgumentException("at must be given");
    }
    rowsDeleted = Collections.unmodifiableMap(new LinkedHashMap<>(rowsDeleted));
  }
}
