-- The audit trail is append-only: PostgreSQL itself refuses any UPDATE, DELETE or TRUNCATE of it,
-- so not even a statement that bypasses the store can rewrite who did what.
COMMENT ON TABLE audit_entry IS 'append-only: updates and deletes are refused';

CREATE FUNCTION audit_entry_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP;
END;
$$;

CREATE TRIGGER audit_entry_no_change BEFORE UPDATE OR DELETE ON audit_entry
  FOR EACH ROW EXECUTE FUNCTION audit_entry_refuse_change();

CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
  FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_refuse_change();
