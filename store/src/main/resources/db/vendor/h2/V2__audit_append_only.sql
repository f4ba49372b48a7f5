-- H2 has triggers only as Java classes on its own classpath; here the trail stays append-only
-- because the store offers no update or delete of it. The version is kept so both databases
-- carry the same schema history.
COMMENT ON TABLE audit_entry IS 'append-only: updates and deletes are refused';
