-- Boundary Keeper schema 18 for PostgreSQL 15: every practitioner of the practice can check the audit trail,
-- not only an owner. (SQLite's 018 changes nothing: a file is one practitioner's, who reads every row.)
--
-- The practice's roles read audit_events (digests and references, never text; granted with the other tables
-- by the application, which grants again after this upgrade). What a role cannot see of the records, row-level
-- security hides: a practitioner's check would name every other practitioner's client as deleted. So the
-- digests of the audited records' current state come from this function, run with the tables' owner's rights.
-- It reveals no more than the trail already holds (each record's name and the digest of its last state, as
-- the trigger computed it), unless a record was changed behind the application's back, which is what the
-- check is for. The key columns come from audit_tables, never from the caller, so that no other column can
-- be read through a record's name.
CREATE FUNCTION bk_audited_records(tbl text) RETURNS TABLE (record text, digest bytea)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    keys text;
BEGIN
    SELECT a.key_columns INTO keys FROM audit_tables a WHERE a.table_name = tbl;
    IF keys IS NULL THEN
        RAISE EXCEPTION '%', format('%s is not an audited table', tbl);
    END IF;
    RETURN QUERY EXECUTE format('SELECT bk_record_key(to_jsonb(r), %L), bk_row_digest(r) FROM %I AS r', keys, tbl);
END;
$$;
