package org.tonus.app.serve;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.tonus.app.output.JsonOutput;
import org.tonus.app.request.BadRequestException;
import org.tonus.store.AuditEntry;
import org.tonus.store.Person;
import org.tonus.store.Role;
import org.tonus.store.Store;

/**
 * {@code GET /api/audit?patient=&from=&to=}: the audit trail, for admins only (its query is itself
 * audited). Without {@code patient}, every entry in the span; {@code from} defaults to 30 days ago
 * and {@code to} to now.
 */
final class AuditRoutes {
  private final Store store;
  private final PatientAccess access;
  private final JsonOutput json = new JsonOutput();

  AuditRoutes(Store store, PatientAccess access) {
    this.store = store;
    this.access = access;
  }

  void register(RoutesConfig routes) {
    routes.get("/api/audit", this::audit);
  }

  record EntryJson(
      long actorId, Optional<Long> patientId, String action, Instant at, String origin) {
    static EntryJson of(AuditEntry entry) {
      return new EntryJson(
          entry.actorId(), entry.patientId(), entry.action(), entry.at(), entry.origin());
    }
  }

  record AuditJson(Optional<Long> patientId, Instant from, Instant to, List<EntryJson> entries) {}

  private void audit(Context ctx) {
    Optional<Long> patient = QueryParameters.queryId(ctx, "patient");
    Person admin = access.requireRole(ctx, Role.ADMIN, patient, "READ_AUDIT");
    Instant now = access.now();
    Instant to = QueryParameters.instant(ctx, "to", () -> now.plusSeconds(1));
    Instant from =
        QueryParameters.instant(ctx, "from", () -> now.minus(PatientRoutes.DEFAULT_SPAN));
    if (!from.isBefore(to)) {
      throw new BadRequestException("from " + from + " must be before to " + to);
    }
    List<AuditEntry> entries =
        patient
            .map(id -> store.auditTrail().forPatient(id, from, to))
            .orElseGet(() -> store.auditTrail().between(from, to));
    access.audit(ctx, admin, patient, "READ_AUDIT", now);
    ctx.contentType("application/json")
        .result(
            json.write(
                new AuditJson(patient, from, to, entries.stream().map(EntryJson::of).toList())));
  }
}
