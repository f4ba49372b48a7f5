package org.tonus.store;

import java.time.Instant;
import java.util.List;
import org.tonus.core.quantity.Quantity;
import org.tonus.core.supply.DispensedUnit;

/** The oral baclofen dispensed to patients. */
public final class Dispensings {
  private final Database database;

  Dispensings(Database database) {
    this.database = database;
  }

  /**
   * Records a dispensing, committed before this returns; refuses one dated after {@code now}
   * (beyond a small clock skew). Returns its id.
   */
  public long record(Dispensing dispensing, Instant now) {
    Validate.notFuture("dispensedAt", dispensing.dispensedAt(), now);
    return database.insert(
        "INSERT INTO dispensing (patient_id, dispensed_at, product, strength, quantity,"
            + " quantity_unit) VALUES (?, ?, ?, ?, ?, ?)",
        statement -> {
          statement.setLong(1, dispensing.patientId());
          Times.set(statement, 2, dispensing.dispensedAt());
          statement.setString(3, dispensing.product());
          statement.setString(4, dispensing.strength().toString());
          statement.setBigDecimal(5, dispensing.quantity());
          statement.setString(6, dispensing.unit().name());
        });
  }

  /** The patient's dispensings, oldest first. */
  public List<Dispensing> of(long patientId) {
    return database.list(
        "SELECT patient_id, dispensed_at, product, strength, quantity, quantity_unit"
            + " FROM dispensing WHERE patient_id = ? ORDER BY dispensed_at, id",
        statement -> statement.setLong(1, patientId),
        row ->
            new Dispensing(
                row.getLong("patient_id"),
                Times.get(row, "dispensed_at"),
                row.getString("product"),
                Quantity.parse(row.getString("strength")),
                row.getBigDecimal("quantity"),
                DispensedUnit.valueOf(row.getString("quantity_unit"))));
  }
}
