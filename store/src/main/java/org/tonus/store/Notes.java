package org.tonus.store;

import java.time.Instant;
import java.util.List;

/** Notes written about patients, by themselves or by those who act for them. */
public final class Notes {
  private final Database database;

  Notes(Database database) {
    this.database = database;
  }

  /** Records a note, committed before this returns; refuses one dated after {@code now}. */
  public long record(Note note, Instant now) {
    Validate.notFuture("at", note.at(), now);
    return database.insert(
        "INSERT INTO note (patient_id, author_id, occurred_at, body) VALUES (?, ?, ?, ?)",
        statement -> {
          statement.setLong(1, note.patientId());
          statement.setLong(2, note.authorId());
          Times.set(statement, 3, note.at());
          statement.setString(4, note.text());
        });
  }

  /** The patient's notes from {@code from} (inclusive) to {@code to} (exclusive), oldest first. */
  public List<Note> between(long patientId, Instant from, Instant to) {
    return database.timeline(
        "patient_id, author_id, occurred_at, body",
        "note",
        patientId,
        from,
        to,
        row ->
            new Note(
                row.getLong("patient_id"),
                row.getLong("author_id"),
                Times.get(row, "occurred_at"),
                row.getString("body")));
  }
}
