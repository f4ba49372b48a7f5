package org.tonus.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2's row trigger on {@code audit_entry} refusing UPDATE and DELETE, as PostgreSQL's trigger does
 * (migration V5 for H2): H2 runs triggers only as Java classes, so this one is public for H2 to
 * instantiate. Not for callers.
 */
public final class AuditAppendOnly implements Trigger {
  private String operation = "change";

  @Override
  public void init(
      Connection connection,
      String schemaName,
      String triggerName,
      String tableName,
      boolean before,
      int type) {
    operation = (type & Trigger.DELETE) != 0 ? "DELETE" : "UPDATE";
  }

  @Override
  public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
    throw new SQLException("audit_entry is append-only: " + operation + " refused");
  }
}
