package org.tonus.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Erases what is stored about a patient on request, in one transaction: every clinical row (dose
 * events, scores, symptom reports, notes, regimens, dispensings, pump refills), the calendar tokens
 * the care grants, the account and its sign-in tokens go; the person row stays with its name
 * replaced, so the ids in the audit trail still point somewhere; and an "erase" entry is appended
 * to the audit trail. If any step fails, nothing has changed. The caller checks that the actor may
 * do this.
 */
public final class Erasure {
  /** The action written to the audit trail. */
  public static final String ACTION = "erase";

  /** The name an erased person keeps. */
  public static final String ERASED_NAME = "erased";

  /** Tables whose rows belong to one patient, deleted in this order. */
  private static final List<String> PATIENT_TABLES =
      List.of(
          "dose_event",
          "spasticity_score",
          "symptom_report",
          "note",
          "regimen",
          "dispensing",
          "pump_refill",
          "calendar_token");

  /** Called after each table; the tests use it to fail part-way. */
  @FunctionalInterface
  interface Checkpoint {
    void after(String table) throws SQLException;
  }

  private final Database database;
  private final People people;
  private final Checkpoint checkpoint;

  Erasure(Database database, People people) {
    this(database, people, table -> {});
  }

  Erasure(Database database, People people, Checkpoint checkpoint) {
    this.database = database;
    this.people = people;
    this.checkpoint = checkpoint;
  }

  /**
   * Erases the patient's data and records who did it, when and from where; refuses an id that is no
   * stored patient.
   */
  public ErasureReceipt erase(long patientId, long actorId, Instant at, String origin) {
    Person person =
        people
            .find(patientId)
            .orElseThrow(() -> new IllegalArgumentException("no person with id " + patientId));
    if (person.role() != Role.PATIENT) {
      throw new IllegalArgumentException(
          "person " + patientId + " is a " + person.role() + ", not a patient");
    }
    AuditEntry entry = new AuditEntry(actorId, Optional.of(patientId), ACTION, at, origin);
    Map<String, Integer> deleted =
        database.transaction(
            connection -> {
              Map<String, Integer> counts = new LinkedHashMap<>();
              for (String table : PATIENT_TABLES) {
                counts.put(
                    table,
                    delete(
                        connection, "DELETE FROM " + table + " WHERE patient_id = ?", patientId));
                checkpoint.after(table);
              }
              counts.put(
                  "care_grant",
                  delete(
                      connection,
                      "DELETE FROM care_grant WHERE patient_id = ? OR grantee_id = ?",
                      patientId));
              checkpoint.after("care_grant");
              // the sign-in goes too: its username can name the person, and an erased patient
              // has nothing left to sign in to
              for (String table : List.of("session_token", "account")) {
                counts.put(
                    table,
                    delete(connection, "DELETE FROM " + table + " WHERE person_id = ?", patientId));
                checkpoint.after(table);
              }
              try (PreparedStatement statement =
                  connection.prepareStatement("UPDATE person SET display_name = ? WHERE id = ?")) {
                statement.setString(1, ERASED_NAME);
                statement.setLong(2, patientId);
                statement.executeUpdate();
              }
              checkpoint.after("person");
              append(connection, entry);
              return counts;
            });
    return new ErasureReceipt(patientId, at, deleted);
  }

  private static int delete(Connection connection, String sql, long patientId) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      // Every parameter of these statements is the patient's id.
      int parameters = (int) sql.chars().filter(c -> c == '?').count();
      for (int i = 1; i <= parameters; i++) {
        statement.setLong(i, patientId);
      }
      return statement.executeUpdate();
    }
  }

  private static void append(Connection connection, AuditEntry entry) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "INSERT INTO audit_entry (actor_id, patient_id, action, occurred_at, origin)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      statement.setLong(1, entry.actorId());
      if (entry.patientId().isPresent()) {
        statement.setLong(2, entry.patientId().get());
      } else {
        statement.setNull(2, Types.BIGINT);
      }
      statement.setString(3, entry.action());
      Times.set(statement, 4, entry.at());
      statement.setString(5, entry.origin());
      statement.executeUpdate();
    }
  }
}
