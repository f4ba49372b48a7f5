package org.tonus.store;

import java.time.Instant;
import java.util.Optional;

/**
 * One line of the audit trail: who did what to whose data, when and from where. {@code action}
 * names the operation (for example {@code READ_DOSE_EVENTS}); it never carries clinical content.
 * {@code patientId} is empty for actions on no patient (a login, an audit query).
 */
public record AuditEntry(
    long actorId, Optional<Long> patientId, String action, Instant at, String origin) {
  public AuditEntry {
    Validate.id("actorId", actorId);
    if (patientId == null || at == null) {
      throw new IllegalArgumentException("patientId (maybe empty) and at must be given");
    }
    patientId.ifPresent(id -> Validate.id("patientId", id));
    action = Validate.text("action", action, 64);
    origin = Validate.text("origin", origin, 200);
  }
}
