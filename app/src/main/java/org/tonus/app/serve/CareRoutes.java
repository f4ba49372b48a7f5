package org.tonus.app.serve;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tonus.app.output.JsonOutput;
import org.tonus.app.request.BadRequestException;
import org.tonus.store.CareGrant;
import org.tonus.store.GrantKind;
import org.tonus.store.Person;
import org.tonus.store.Role;
import org.tonus.store.Store;

/**
 * Who may act for a patient: a patient grants and revokes their caregivers ({@code
 * /api/patients/{id}/caregivers/{personId}}); an admin puts patients on a clinician's panel and
 * takes them off ({@code /api/clinicians/{id}/panel/{patientId}}); the clinician (or an admin)
 * lists the panel. Every change is audited with the patient it concerns.
 */
final class CareRoutes {
  private static final String JSON = "application/json";

  private final Store store;
  private final PatientAccess access;
  private final JsonOutput json = new JsonOutput();

  CareRoutes(Store store, PatientAccess access) {
    this.store = store;
    this.access = access;
  }

  void register(RoutesConfig routes) {
    routes.get("/api/patients/{id}/caregivers", this::caregivers);
    routes.post("/api/patients/{id}/caregivers/{personId}", this::grantCaregiver);
    routes.delete("/api/patients/{id}/caregivers/{personId}", this::revokeCaregiver);
    routes.get("/api/clinicians/{id}/panel", this::panel);
    routes.post("/api/clinicians/{id}/panel/{patientId}", this::addToPanel);
    routes.delete("/api/clinicians/{id}/panel/{patientId}", this::removeFromPanel);
  }

  record GrantJson(
      long granteeId,
      String granteeName,
      long patientId,
      String kind,
      Instant grantedAt,
      Optional<Instant> revokedAt) {}

  record Grants(long personId, List<GrantJson> grants) {}

  private void caregivers(Context ctx) {
    long patient = QueryParameters.id(ctx, "id");
    access.allow(ctx, patient, "READ_CAREGIVERS");
    List<GrantJson> grants =
        store.careGrants().forPatient(patient).stream()
            .filter(grant -> grant.kind() == GrantKind.CAREGIVER)
            .map(this::json)
            .toList();
    write(ctx, 200, new Grants(patient, grants));
  }

  private void grantCaregiver(Context ctx) {
    long patient = QueryParameters.id(ctx, "id");
    long caregiver = QueryParameters.id(ctx, "personId");
    ownPatient(ctx, patient, "GRANT_CAREGIVER");
    requireRole(caregiver, Role.CAREGIVER, "personId");
    CareGrant grant =
        PatientAccess.stored(() -> store.careGrants().grant(caregiver, patient, access.now()));
    write(ctx, 201, json(grant));
  }

  private void revokeCaregiver(Context ctx) {
    long patient = QueryParameters.id(ctx, "id");
    long caregiver = QueryParameters.id(ctx, "personId");
    ownPatient(ctx, patient, "REVOKE_CAREGIVER");
    revoke(ctx, caregiver, patient);
  }

  private void panel(Context ctx) {
    long clinician = QueryParameters.id(ctx, "id");
    Person actor = SignedIn.required(ctx);
    if (actor.role() != Role.ADMIN && actor.id() != clinician) {
      access.audit(ctx, actor, Optional.empty(), "DENIED_READ_PANEL", access.now());
      throw new ProblemException(
          403,
          Problem.FORBIDDEN,
          "a panel is listed for its clinician and for admins; person "
              + actor.id()
              + " is neither for clinician "
              + clinician);
    }
    access.audit(ctx, actor, Optional.empty(), "READ_PANEL", access.now());
    Instant now = access.now();
    List<GrantJson> grants =
        store.careGrants().heldBy(clinician).stream()
            .filter(grant -> grant.inForceAt(now))
            .map(this::json)
            .toList();
    write(ctx, 200, new Grants(clinician, grants));
  }

  private void addToPanel(Context ctx) {
    long clinician = QueryParameters.id(ctx, "id");
    long patient = QueryParameters.id(ctx, "patientId");
    Person admin = access.requireRole(ctx, Role.ADMIN, Optional.of(patient), "PANEL_ADD");
    requireRole(clinician, Role.CLINICIAN, "id");
    requireRole(patient, Role.PATIENT, "patientId");
    access.audit(ctx, admin, Optional.of(patient), "PANEL_ADD", access.now());
    CareGrant grant =
        PatientAccess.stored(() -> store.careGrants().grant(clinician, patient, access.now()));
    write(ctx, 201, json(grant));
  }

  private void removeFromPanel(Context ctx) {
    long clinician = QueryParameters.id(ctx, "id");
    long patient = QueryParameters.id(ctx, "patientId");
    Person admin = access.requireRole(ctx, Role.ADMIN, Optional.of(patient), "PANEL_REMOVE");
    access.audit(ctx, admin, Optional.of(patient), "PANEL_REMOVE", access.now());
    revoke(ctx, clinician, patient);
  }

  private void ownPatient(Context ctx, long patient, String action) {
    Person actor = SignedIn.required(ctx);
    if (actor.role() != Role.PATIENT || actor.id() != patient) {
      access.audit(ctx, actor, Optional.of(patient), "DENIED_" + action, access.now());
      throw new ProblemException(
          403,
          Problem.FORBIDDEN,
          "only patient "
              + patient
              + " grants or revokes their caregivers; person "
              + actor.id()
              + " may not");
    }
    access.audit(ctx, actor, Optional.of(patient), action, access.now());
  }

  private void revoke(Context ctx, long grantee, long patient) {
    if (!store.careGrants().revoke(grantee, patient, access.now())) {
      throw new ProblemException(
          404,
          Problem.HTTP_STATUS,
          "person " + grantee + " holds no grant in force for patient " + patient);
    }
    ctx.status(204);
  }

  private void requireRole(long personId, Role role, String field) {
    Optional<Person> person = store.people().find(personId);
    if (person.isEmpty() || person.get().role() != role) {
      throw new BadRequestException(
          field + " " + personId + " is not a " + role.name().toLowerCase(Locale.ROOT));
    }
  }

  private GrantJson json(CareGrant grant) {
    return new GrantJson(
        grant.granteeId(),
        store.people().find(grant.granteeId()).map(Person::displayName).orElse(""),
        grant.patientId(),
        PatientRoutes.word(grant.kind()),
        grant.grantedAt(),
        grant.revokedAt());
  }

  private void write(Context ctx, int status, Object answer) {
    ctx.status(status).contentType(JSON).result(json.write(answer));
  }
}
