package org.tonus.app.serve;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.tonus.app.diary.CalendarFeed;
import org.tonus.app.diary.PatientExport;
import org.tonus.app.output.JsonOutput;
import org.tonus.app.request.BadRequestException;
import org.tonus.store.AuditEntry;
import org.tonus.store.ErasureReceipt;
import org.tonus.store.Person;
import org.tonus.store.Role;
import org.tonus.store.Store;

/**
 * A patient's record as a whole: the calendar feed a phone subscribes to (by an unguessable,
 * revocable token in its URL, since calendar apps cannot sign in), the FHIR export of everything
 * stored, and erasure on request. Token issue, export and erasure pass {@link PatientAccess}; the
 * feed passes its token, and every read is audited.
 */
final class PatientRecordRoutes {
  static final String CALENDAR = PatientRoutes.BASE + "/calendar.ics";
  static final String CALENDAR_TOKENS = PatientRoutes.BASE + "/calendar-tokens";

  private static final String JSON = "application/json";

  private final Store store;
  private final PatientAccess access;
  private final CalendarFeed calendar;
  private final PatientExport export;
  private final Supplier<URI> baseUrl;
  private final JsonOutput json = new JsonOutput();

  PatientRecordRoutes(
      Store store,
      PatientAccess access,
      CalendarFeed calendar,
      PatientExport export,
      Supplier<URI> baseUrl) {
    this.store = store;
    this.access = access;
    this.calendar = calendar;
    this.export = export;
    this.baseUrl = baseUrl;
  }

  void register(RoutesConfig routes) {
    routes.post(CALENDAR_TOKENS, this::issueToken);
    routes.delete(CALENDAR_TOKENS, this::revokeTokens);
    routes.get(CALENDAR, this::calendar);
    routes.get(PatientRoutes.BASE + "/export", this::export);
    routes.delete(PatientRoutes.BASE, this::erase);
  }

  record IssuedFeed(long patientId, String token, URI url) {}

  private void issueToken(Context ctx) {
    long patient = QueryParameters.id(ctx, "id");
    access.allow(ctx, patient, "ISSUE_CALENDAR_TOKEN");
    String token = store.calendarTokens().issue(patient, access.now());
    URI url = baseUrl.get().resolve("/api/patients/" + patient + "/calendar.ics?token=" + token);
    write(ctx, 201, new IssuedFeed(patient, token, url));
  }

  record Revoked(long patientId, int revoked) {}

  private void revokeTokens(Context ctx) {
    long patient = QueryParameters.id(ctx, "id");
    access.allow(ctx, patient, "REVOKE_CALENDAR_TOKENS");
    write(ctx, 200, new Revoked(patient, store.calendarTokens().revokeAll(patient, access.now())));
  }

  /**
   * The feed for a token that belongs to this patient; any other token, revoked or unknown, is the
   * same 404, so the URL tells nothing to someone guessing.
   */
  private void calendar(Context ctx) {
    long patient = QueryParameters.id(ctx, "id");
    Optional<String> token = QueryParameters.text(ctx, "token");
    Optional<Long> owner = token.flatMap(store.calendarTokens()::resolve);
    if (owner.isEmpty() || owner.get() != patient) {
      throw new ProblemException(
          404,
          Problem.HTTP_STATUS,
          "no calendar feed at this address: the token is missing, revoked or not this patient's");
    }
    Instant now = access.now();
    store
        .auditTrail()
        .append(
            new AuditEntry(
                patient,
                Optional.of(patient),
                "READ_CALENDAR_BY_TOKEN",
                now,
                PatientAccess.origin(ctx)));
    ZoneId zone = calendarZone(ctx);
    ctx.status(200)
        .contentType("text/calendar; charset=utf-8")
        .result(
            PatientAccess.stored(
                () -> calendar.render(patient, zone, LocalDate.ofInstant(now, zone), now)));
  }

  /**
   * The zone the feed's dose times are written in: a region (Europe/London), because a phone shifts
   * a region's times across daylight saving and a fixed offset would not; UTC by default.
   */
  private static ZoneId calendarZone(Context ctx) {
    ZoneId zone = QueryParameters.zone(ctx);
    if (zone.equals(ZoneOffset.UTC)) {
      return ZoneId.of("Etc/UTC");
    }
    if (zone instanceof ZoneOffset) {
      throw new BadRequestException(
          "zone '" + zone + "' is a fixed offset; give a region like Europe/London for a calendar");
    }
    return zone;
  }

  private void export(Context ctx) {
    long patient = QueryParameters.id(ctx, "id");
    access.allow(ctx, patient, "EXPORT_FHIR");
    ctx.status(200)
        .contentType(FhirApi.MEDIA_TYPE)
        .result(PatientAccess.stored(() -> export.json(patient, access.now())));
  }

  record Erased(long patientId, Instant at, Map<String, Integer> rowsDeleted) {}

  /**
   * Erasure on request: by the patient, or by an admin acting on the patient's request. Nobody else
   * may, not even a caregiver or a clinician with access to the diary.
   */
  private void erase(Context ctx) {
    long patient = QueryParameters.id(ctx, "id");
    Person actor = SignedIn.required(ctx);
    Instant now = access.now();
    if (actor.id() != patient && actor.role() != Role.ADMIN) {
      access.audit(ctx, actor, Optional.of(patient), "DENIED_ERASE", now);
      throw new ProblemException(
          403,
          Problem.FORBIDDEN,
          "only the patient, or an admin on the patient's request, may erase a patient's data");
    }
    ErasureReceipt receipt =
        PatientAccess.stored(
            () -> store.erasure().erase(patient, actor.id(), now, PatientAccess.origin(ctx)));
    write(ctx, 200, new Erased(receipt.patientId(), receipt.at(), receipt.rowsDeleted()));
  }

  private void write(Context ctx, int status, Object answer) {
    ctx.status(status).contentType(JSON).result(json.write(answer));
  }
}
