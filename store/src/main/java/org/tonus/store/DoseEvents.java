package org.tonus.store;

import java.time.Instant;
import java.util.List;

/** The dose events of patients' diaries. */
public final class DoseEvents {
  private final Database database;

  DoseEvents(Database database) {
    this.database = database;
  }

  /**
   * Records a dose event, committed before this returns; refuses one dated after {@code now}
   * (beyond a small clock skew). Returns the event's id.
   */
  public long record(DoseEvent event, Instant now) {
    Validate.notFuture("at", event.at(), now);
    return database.insert(
        "INSERT INTO dose_event (patient_id, occurred_at, kind, dose_mg) VALUES (?, ?, ?, ?)",
        statement -> {
          statement.setLong(1, event.patientId());
          Times.set(statement, 2, event.at());
          statement.setString(3, event.kind().name());
          statement.setBigDecimal(4, event.doseMg());
        });
  }

  /** The patient's events from {@code from} (inclusive) to {@code to} (exclusive), oldest first. */
  public List<DoseEvent> between(long patientId, Instant from, Instant to) {
    return database.timeline(
        "patient_id, occurred_at, kind, dose_mg",
        "dose_event",
        patientId,
        from,
        to,
        row ->
            new DoseEvent(
                row.getLong("patient_id"),
                Times.get(row, "occurred_at"),
                DoseKind.valueOf(row.getString("kind")),
                row.getBigDecimal("dose_mg")));
  }
}
