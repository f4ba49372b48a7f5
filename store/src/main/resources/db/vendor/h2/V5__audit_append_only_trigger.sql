-- H2 refuses changes to the audit trail itself now, as PostgreSQL has since V2: one row trigger
-- for UPDATE and one for DELETE, each a Java class H2 loads (org.tonus.store.AuditAppendOnly).
CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
  FOR EACH ROW CALL 'org.tonus.store.AuditAppendOnly';
CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
  FOR EACH ROW CALL 'org.tonus.store.AuditAppendOnly';
-- H2 fires no trigger on TRUNCATE, but refuses to truncate a table another table refers to: this
-- empty table refers to the trail for that reason alone.
CREATE TABLE audit_entry_truncate_guard (
  entry_id BIGINT REFERENCES audit_entry (id)
);
