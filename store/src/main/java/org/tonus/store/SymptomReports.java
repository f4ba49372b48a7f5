package org.tonus.store;

import java.time.Instant;
import java.util.List;
import org.tonus.core.triage.TriageOutcome;

/** What patients reported about their symptoms, with the triage outcome each report was given. */
public final class SymptomReports {
  private final Database database;

  SymptomReports(Database database) {
    this.database = database;
  }

  /** Records a report, committed before this returns; refuses one dated after {@code now}. */
  public long record(SymptomReport report, Instant now) {
    Validate.notFuture("at", report.at(), now);
    return database.insert(
        "INSERT INTO symptom_report (patient_id, occurred_at, body, outcome) VALUES (?, ?, ?, ?)",
        statement -> {
          statement.setLong(1, report.patientId());
          Times.set(statement, 2, report.at());
          statement.setString(3, report.text());
          statement.setString(4, report.outcome().name());
        });
  }

  /**
   * The patient's reports from {@code from} (inclusive) to {@code to} (exclusive), oldest first.
   */
  public List<SymptomReport> between(long patientId, Instant from, Instant to) {
    return database.timeline(
        "patient_id, occurred_at, body, outcome",
        "symptom_report",
        patientId,
        from,
        to,
        row ->
            new SymptomReport(
                row.getLong("patient_id"),
                Times.get(row, "occurred_at"),
                row.getString("body"),
                TriageOutcome.valueOf(row.getString("outcome"))));
  }
}
