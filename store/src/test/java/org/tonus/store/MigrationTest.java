package org.tonus.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(TestDatabase.class)
class MigrationTest {
  @Parameter TestDatabase database;

  @org.junit.jupiter.api.Test
  void theFirstMigrationCreatesEveryDiaryTable() throws SQLException {
    try (Store store = database.openFresh();
        Connection connection = store.database().connect()) {
      assertThat(tables(connection.getMetaData()))
          .contains(
              "person",
              "care_grant",
              "regimen",
              "dose_event",
              "symptom_report",
              "spasticity_score",
              "note",
              "audit_entry",
              "account",
              "session_token",
              "dispensing",
              "pump_refill",
              "calendar_token");
    }
  }

  @org.junit.jupiter.api.Test
  void bothDatabasesReachTheSameSchemaVersion() {
    try (Store store = database.openFresh()) {
      assertThat(
              store
                  .database()
                  .list(
                      "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL"
                          + " ORDER BY \"installed_rank\"",
                      statement -> {},
                      row -> row.getString(1)))
          .containsExactly("1", "2", "3", "4", "5");
    }
  }

  private static List<String> tables(DatabaseMetaData metadata) throws SQLException {
    List<String> names = new ArrayList<>();
    try (ResultSet rows = metadata.getTables(null, null, "%", new String[] {"TABLE"})) {
      while (rows.next()) {
        names.add(rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
      }
    }
    return names;
  }
}
