package org.tonus.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Instants to and from TIMESTAMP WITH TIME ZONE, always written in UTC. */
final class Times {
  private Times() {}

  static void set(PreparedStatement statement, int index, Instant at) throws SQLException {
    statement.setObject(index, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
  }

  static Instant get(ResultSet row, String column) throws SQLException {
    return row.getObject(column, OffsetDateTime.class).toInstant();
  }
}
