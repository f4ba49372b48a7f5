package org.tonus.store;

import java.time.Instant;
import java.util.Optional;

/**
 * One grant to act for a patient: in force from {@code grantedAt} until {@code revokedAt}, if it
 * was revoked (which is never before it was granted).
 */
public record CareGrant(
    long granteeId,
    long patientId,
    GrantKind kind,
    Instant grantedAt,
    Optional<Instant> revokedAt) {
  public CareGrant {
    Validate.id("granteeId", granteeId);
    Validate.id("patientId", patientId);
    if (kind == null || grantedAt == null || revokedAt == null) {
      throw new IllegalArgumentException("kind, grantedAt and revokedAt must be given");
    }
    if (revokedAt.isPresent() && revokedAt.get().isBefore(grantedAt)) {
      throw new IllegalArgumentException(
          "revokedAt must not be before grantedAt " + grantedAt + ", was " + revokedAt.get());
    }
  }

  /** Whether the grant lets its holder act at {@code at}. */
  public boolean inForceAt(Instant at) {
    return !at.isBefore(grantedAt) && revokedAt.map(at::isBefore).orElse(true);
  }
}
