package org.tonus.app.serve;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.tonus.app.request.BadRequestException;
import org.tonus.store.AuditEntry;
import org.tonus.store.Person;
import org.tonus.store.Role;
import org.tonus.store.Store;

/**
 * The gate of every patient-data endpoint: the caller must be signed in (else 401) and allowed by
 * {@code CareGrants.mayAct} (else 403, the same for a patient who does not exist, so a 403 tells
 * nothing about which ids are patients). Every decision is appended to the audit trail before the
 * data is read or written: the action when allowed, {@code DENIED_<action>} when not. So a stored
 * change always has its audit entry; an entry whose write then failed records an attempt.
 */
final class PatientAccess {
  private final Store store;
  private final Clock clock;

  PatientAccess(Store store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** The actor, allowed to do {@code action} (e.g. READ_DOSE_EVENTS) on {@code patientId}. */
  Person allow(Context ctx, long patientId, String action) {
    Person actor = SignedIn.required(ctx);
    Instant now = clock.instant();
    if (!store.careGrants().mayAct(actor.id(), patientId, now)) {
      audit(ctx, actor, Optional.of(patientId), "DENIED_" + action, now);
      throw new ProblemException(
          403,
          Problem.FORBIDDEN,
          "person "
              + actor.id()
              + " ("
              + actor.role().name().toLowerCase(Locale.ROOT)
              + ") may not act for patient "
              + patientId
              + ": a patient acts for themself, a caregiver for patients who granted them, a"
              + " clinician for the patients on their panel, and an admin for none");
    }
    audit(ctx, actor, Optional.of(patientId), action, now);
    return actor;
  }

  /** The actor, who must hold {@code role} (else 403, audited as denied). */
  Person requireRole(Context ctx, Role role, Optional<Long> patientId, String action) {
    Person actor = SignedIn.required(ctx);
    if (actor.role() != role) {
      audit(ctx, actor, patientId, "DENIED_" + action, clock.instant());
      throw new ProblemException(
          403,
          Problem.FORBIDDEN,
          action.toLowerCase(Locale.ROOT).replace('_', ' ')
              + " is for a "
              + role.name().toLowerCase(Locale.ROOT)
              + "; person "
              + actor.id()
              + " is a "
              + actor.role().name().toLowerCase(Locale.ROOT));
    }
    return actor;
  }

  void audit(Context ctx, Person actor, Optional<Long> patientId, String action, Instant at) {
    store.auditTrail().append(new AuditEntry(actor.id(), patientId, action, at, origin(ctx)));
  }

  Instant now() {
    return clock.instant();
  }

  /** The client's address: where the request came from, as the audit trail records it. */
  static String origin(Context ctx) {
    String address = ctx.req().getRemoteAddr();
    return address == null || address.isBlank() ? "unknown" : address;
  }

  /**
   * Runs a store call, turning its refusals of a value (IllegalArgumentException, whose message
   * names the field) into a 400.
   */
  static <T> T stored(Supplier<T> call) {
    try {
      return call.get();
    } catch (IllegalArgumentException refused) {
      throw new BadRequestException(refused.getMessage());
    }
  }
}
