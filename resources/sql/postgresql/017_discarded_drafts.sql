-- Boundary Keeper schema 17 for PostgreSQL 15: what SQLite's 017_discarded_drafts.sql adds, under the same names
-- and with the same meaning (types as in 008_portable.sql).
--
-- Discarding a draft agreement or contract. A draft the practitioner no longer wants is kept and marked
-- discarded, when and by whom, rather than deleted: the audit trail already holds it. A discarded draft no longer
-- counts as the client's (or the incident's) open draft, a new one can be started beside it, and it cannot be
-- changed any more.

ALTER TABLE agreements ADD COLUMN discarded_at timestamptz;
ALTER TABLE agreements ADD COLUMN discarded_by bigint REFERENCES practitioners (id);
ALTER TABLE contracts ADD COLUMN discarded_at timestamptz;
ALTER TABLE contracts ADD COLUMN discarded_by bigint REFERENCES practitioners (id);

DROP INDEX agreements_one_draft;
CREATE UNIQUE INDEX agreements_one_draft ON agreements (client_id) WHERE status = 'draft' AND discarded_at IS NULL;
DROP INDEX contracts_one_draft;
CREATE UNIQUE INDEX contracts_one_draft ON contracts (incident_id) WHERE status = 'draft' AND discarded_at IS NULL;

CREATE FUNCTION signing_discarded_no_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '%', 'a discarded draft cannot be changed';
END;
$$;
CREATE TRIGGER agreements_discarded_no_update BEFORE UPDATE ON agreements
    FOR EACH ROW WHEN (OLD.discarded_at IS NOT NULL) EXECUTE FUNCTION signing_discarded_no_update();
CREATE TRIGGER contracts_discarded_no_update BEFORE UPDATE ON contracts
    FOR EACH ROW WHEN (OLD.discarded_at IS NOT NULL) EXECUTE FUNCTION signing_discarded_no_update();

-- The rows gained two columns, so their digests changed: the trail records them as they are now.
SELECT bk_audit_append('agreements', 'baseline', r.id::text, bk_row_digest(r)) FROM agreements AS r ORDER BY r.id;
SELECT bk_audit_append('contracts', 'baseline', r.id::text, bk_row_digest(r)) FROM contracts AS r ORDER BY r.id;
