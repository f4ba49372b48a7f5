package org.tonus.store;

import java.sql.Date;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Patients' regimens, planned or entered. */
public final class Regimens {
  private final Database database;

  Regimens(Database database) {
    this.database = database;
  }

  /** Stores a regimen, committed before this returns, and returns its id. */
  public long add(Regimen regimen) {
    return database.insert(
        "INSERT INTO regimen (patient_id, source, start_date, end_date, doses_per_day, steps_json)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        statement -> {
          statement.setLong(1, regimen.patientId());
          statement.setString(2, regimen.source().name());
          statement.setDate(3, Date.valueOf(regimen.start()));
          if (regimen.end().isPresent()) {
            statement.setDate(4, Date.valueOf(regimen.end().get()));
          } else {
            statement.setNull(4, Types.DATE);
          }
          statement.setInt(5, regimen.dosesPerDay());
          statement.setString(6, regimen.stepsJson());
        });
  }

  /** The patient's regimens, oldest start first (the later one wins where two overlap). */
  public List<Regimen> of(long patientId) {
    return database.list(
        "SELECT patient_id, source, start_date, end_date, doses_per_day, steps_json FROM regimen"
            + " WHERE patient_id = ? ORDER BY start_date, id",
        statement -> statement.setLong(1, patientId),
        row -> {
          Date end = row.getDate("end_date");
          return new Regimen(
              row.getLong("patient_id"),
              RegimenSource.valueOf(row.getString("source")),
              row.getDate("start_date").toLocalDate(),
              Optional.ofNullable(end).map(Date::toLocalDate),
              row.getInt("doses_per_day"),
              row.getString("steps_json"));
        });
  }

  /** The regimen followed on {@code day}: among those covering it, the one that started last. */
  static Optional<Regimen> activeOn(List<Regimen> regimens, LocalDate day) {
    return regimens.stream()
        .filter(regimen -> regimen.covers(day))
        .max(Comparator.comparing(Regimen::start));
  }
}
