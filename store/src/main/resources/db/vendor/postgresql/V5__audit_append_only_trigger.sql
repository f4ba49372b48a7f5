-- Nothing to do: PostgreSQL's audit trail triggers date from V2. The version exists so both
-- databases carry the same schema history (H2 gained its triggers here).
SELECT 1;
