package org.tonus.store;

import java.time.Instant;
import java.util.List;

/** Patients' spasticity ratings over time. */
public final class SpasticityScores {
  private final Database database;

  SpasticityScores(Database database) {
    this.database = database;
  }

  /** Records a score, committed before this returns; refuses one dated after {@code now}. */
  public long record(SpasticityScore score, Instant now) {
    Validate.notFuture("at", score.at(), now);
    return database.insert(
        "INSERT INTO spasticity_score (patient_id, occurred_at, numeric_rating, penn)"
            + " VALUES (?, ?, ?, ?)",
        statement -> {
          statement.setLong(1, score.patientId());
          Times.set(statement, 2, score.at());
          statement.setInt(3, score.numericRating());
          statement.setInt(4, score.penn());
        });
  }

  /** The patient's scores from {@code from} (inclusive) to {@code to} (exclusive), oldest first. */
  public List<SpasticityScore> between(long patientId, Instant from, Instant to) {
    return database.timeline(
        "patient_id, occurred_at, numeric_rating, penn",
        "spasticity_score",
        patientId,
        from,
        to,
        row ->
            new SpasticityScore(
                row.getLong("patient_id"),
                Times.get(row, "occurred_at"),
                row.getInt("numeric_rating"),
                row.getInt("penn")));
  }
}
