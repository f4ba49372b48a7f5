package org.tonus.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The append-only audit trail: entries are appended and read, never changed or removed; on
 * PostgreSQL a trigger refuses UPDATE, DELETE and TRUNCATE of the table as well. Reading it is an
 * admin's business: the caller checks the reader is an ADMIN (and audits the query).
 */
public final class AuditTrail {
  private static final String COLUMNS = "actor_id, patient_id, action, occurred_at, origin";

  private final Database database;

  AuditTrail(Database database) {
    this.database = database;
  }

  /** Appends an entry, committed before this returns. */
  public long append(AuditEntry entry) {
    return database.insert(
        "INSERT INTO audit_entry (actor_id, patient_id, action, occurred_at, origin)"
            + " VALUES (?, ?, ?, ?, ?)",
        statement -> {
          statement.setLong(1, entry.actorId());
          if (entry.patientId().isPresent()) {
            statement.setLong(2, entry.patientId().get());
          } else {
            statement.setNull(2, Types.BIGINT);
          }
          statement.setString(3, entry.action());
          Times.set(statement, 4, entry.at());
          statement.setString(5, entry.origin());
        });
  }

  /**
   * Entries about {@code patientId} from {@code from} (inclusive) to {@code to} (exclusive), in the
   * order they happened.
   */
  public List<AuditEntry> forPatient(long patientId, Instant from, Instant to) {
    return database.timeline(COLUMNS, "audit_entry", patientId, from, to, AuditTrail::read);
  }

  /** Every entry from {@code from} (inclusive) to {@code to} (exclusive), in order. */
  public List<AuditEntry> between(Instant from, Instant to) {
    return database.list(
        "SELECT "
            + COLUMNS
            + " FROM audit_entry"
            + " WHERE occurred_at >= ? AND occurred_at < ? ORDER BY occurred_at, id",
        statement -> {
          Times.set(statement, 1, from);
          Times.set(statement, 2, to);
        },
        AuditTrail::read);
  }

  private static AuditEntry read(ResultSet row) throws SQLException {
    long patient = row.getLong("patient_id");
    // wasNull speaks of the last column read, so it is asked before any other column.
    Optional<Long> patientId = row.wasNull() ? Optional.empty() : Optional.of(patient);
    return new AuditEntry(
        row.getLong("actor_id"),
        patientId,
        row.getString("action"),
        Times.get(row, "occurred_at"),
        row.getString("origin"));
  }
}
