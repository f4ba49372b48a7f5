package org.tonus.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Who may act for which patient. The rule of {@link #mayAct}: a patient acts for themself only; a
 * caregiver for the patients whose caregiver grant to them is in force; a clinician for the
 * patients on their panel (a panel grant in force); an admin for no patient at all, because admins
 * run accounts and read the audit trail, never clinical data. Anyone unknown, or a target who is
 * not a patient, is refused.
 */
public final class CareGrants {
  private static final String COLUMNS = "grantee_id, patient_id, kind, granted_at, revoked_at";

  private final Database database;
  private final People people;

  CareGrants(Database database) {
    this.database = database;
    this.people = new People(database);
  }

  /**
   * Grants {@code granteeId} care of {@code patientId} from {@code now}: a caregiver grant to a
   * caregiver, a panel grant to a clinician. Granting again after a revocation starts a new grant;
   * granting one already in force changes nothing.
   */
  public CareGrant grant(long granteeId, long patientId, Instant now) {
    Person grantee = known("granteeId", granteeId);
    Person patient = known("patientId", patientId);
    if (patient.role() != Role.PATIENT) {
      throw new IllegalArgumentException(
          "patientId must be a PATIENT, was " + patientId + " (" + patient.role() + ")");
    }
    GrantKind kind = GrantKind.heldBy(grantee.role());
    Optional<CareGrant> existing = find(granteeId, patientId, kind);
    if (existing.isEmpty()) {
      database.insert(
          "INSERT INTO care_grant (grantee_id, patient_id, kind, granted_at) VALUES (?, ?, ?, ?)",
          statement -> {
            statement.setLong(1, granteeId);
            statement.setLong(2, patientId);
            statement.setString(3, kind.name());
            Times.set(statement, 4, now);
          });
    } else if (existing.get().revokedAt().isPresent()) {
      // One row per grantee, patient and kind: the audit trail keeps the history of grants.
      database.update(
          "UPDATE care_grant SET granted_at = ?, revoked_at = NULL"
              + " WHERE grantee_id = ? AND patient_id = ? AND kind = ?",
          statement -> {
            Times.set(statement, 1, now);
            statement.setLong(2, granteeId);
            statement.setLong(3, patientId);
            statement.setString(4, kind.name());
          });
    }
    return find(granteeId, patientId, kind).orElseThrow();
  }

  /**
   * Revokes from {@code now} the grant {@code granteeId} holds for {@code patientId}; returns
   * whether one was in force.
   */
  public boolean revoke(long granteeId, long patientId, Instant now) {
    return database.update(
            "UPDATE care_grant SET revoked_at = ?"
                + " WHERE grantee_id = ? AND patient_id = ? AND revoked_at IS NULL",
            statement -> {
              Times.set(statement, 1, now);
              statement.setLong(2, granteeId);
              statement.setLong(3, patientId);
            })
        > 0;
  }

  /** The grants held for {@code patientId}, revoked ones included, oldest first. */
  public List<CareGrant> forPatient(long patientId) {
    return database.list(
        "SELECT " + COLUMNS + " FROM care_grant WHERE patient_id = ? ORDER BY granted_at, id",
        statement -> statement.setLong(1, patientId),
        CareGrants::read);
  }

  /**
   * The grants {@code granteeId} holds (a clinician's panel), revoked ones included, oldest first.
   */
  public List<CareGrant> heldBy(long granteeId) {
    return database.list(
        "SELECT " + COLUMNS + " FROM care_grant WHERE grantee_id = ? ORDER BY granted_at, id",
        statement -> statement.setLong(1, granteeId),
        CareGrants::read);
  }

  /** Whether {@code actorId} may read or write {@code patientId}'s data at {@code now}. */
  public boolean mayAct(long actorId, long patientId, Instant now) {
    Optional<Person> actor = people.find(actorId);
    Optional<Person> patient = people.find(patientId);
    if (actor.isEmpty() || patient.isEmpty() || patient.get().role() != Role.PATIENT) {
      return false;
    }
    return switch (actor.get().role()) {
      case PATIENT -> actorId == patientId;
      case CAREGIVER, CLINICIAN ->
          find(actorId, patientId, GrantKind.heldBy(actor.get().role()))
              .map(grant -> grant.inForceAt(now))
              .orElse(false);
      case ADMIN -> false;
    };
  }

  private Optional<CareGrant> find(long granteeId, long patientId, GrantKind kind) {
    return database
        .list(
            "SELECT "
                + COLUMNS
                + " FROM care_grant"
                + " WHERE grantee_id = ? AND patient_id = ? AND kind = ?",
            statement -> {
              statement.setLong(1, granteeId);
              statement.setLong(2, patientId);
              statement.setString(3, kind.name());
            },
            CareGrants::read)
        .stream()
        .findFirst();
  }

  private Person known(String field, long id) {
    return people
        .find(id)
        .orElseThrow(
            () -> new IllegalArgumentException(field + " must be a known person, was " + id));
  }

  private static CareGrant read(ResultSet row) throws SQLException {
    return new CareGrant(
        row.getLong("grantee_id"),
        row.getLong("patient_id"),
        GrantKind.valueOf(row.getString("kind")),
        Times.get(row, "granted_at"),
        row.getObject("revoked_at") == null
            ? Optional.empty()
            : Optional.of(Times.get(row, "revoked_at")));
  }
}
