package org.tonus.store;

import java.sql.Date;
import java.util.List;
import java.util.Optional;

/** The intrathecal pump refills of patients. */
public final class PumpRefills {
  private final Database database;

  PumpRefills(Database database) {
    this.database = database;
  }

  /** Stores a refill, committed before this returns, and returns its id. */
  public long record(PumpRefillEntry refill) {
    return database.insert(
        "INSERT INTO pump_refill (patient_id, refilled_on, volume_ml, concentration_mcg_per_ml,"
            + " daily_dose_mcg, reserve_ml, refill_due, alarm_date)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        statement -> {
          statement.setLong(1, refill.patientId());
          statement.setDate(2, Date.valueOf(refill.refilledOn()));
          statement.setBigDecimal(3, refill.volumeMl());
          statement.setBigDecimal(4, refill.concentrationMcgPerMl());
          statement.setBigDecimal(5, refill.dailyDoseMcg());
          statement.setBigDecimal(6, refill.reserveMl());
          statement.setDate(7, Date.valueOf(refill.refillDueBy()));
          statement.setDate(8, Date.valueOf(refill.alarmDate()));
        });
  }

  /** The patient's refills, oldest first. */
  public List<PumpRefillEntry> of(long patientId) {
    return database.list(
        "SELECT patient_id, refilled_on, volume_ml, concentration_mcg_per_ml, daily_dose_mcg,"
            + " reserve_ml, refill_due, alarm_date FROM pump_refill WHERE patient_id = ?"
            + " ORDER BY refilled_on, id",
        statement -> statement.setLong(1, patientId),
        row ->
            new PumpRefillEntry(
                row.getLong("patient_id"),
                row.getDate("refilled_on").toLocalDate(),
                row.getBigDecimal("volume_ml"),
                row.getBigDecimal("concentration_mcg_per_ml"),
                row.getBigDecimal("daily_dose_mcg"),
                row.getBigDecimal("reserve_ml"),
                row.getDate("refill_due").toLocalDate(),
                row.getDate("alarm_date").toLocalDate()));
  }

  /** The patient's latest refill, if any. */
  public Optional<PumpRefillEntry> latest(long patientId) {
    List<PumpRefillEntry> all = of(patientId);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }
}
