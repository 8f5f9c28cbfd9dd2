-- Boundary Keeper: discarding a draft agreement or contract. A draft the practitioner no longer wants is kept and
-- marked discarded, when and by whom, rather than deleted: the audit trail already holds it. A discarded draft no
-- longer counts as the client's (or the incident's) open draft, a new one can be started beside it, and it cannot
-- be changed any more.

ALTER TABLE agreements ADD COLUMN discarded_at TEXT;
ALTER TABLE agreements ADD COLUMN discarded_by INTEGER REFERENCES practitioners (id);
ALTER TABLE contracts ADD COLUMN discarded_at TEXT;
ALTER TABLE contracts ADD COLUMN discarded_by INTEGER REFERENCES practitioners (id);

DROP INDEX agreements_one_draft;
CREATE UNIQUE INDEX agreements_one_draft ON agreements (client_id) WHERE status = 'draft' AND discarded_at IS NULL;
DROP INDEX contracts_one_draft;
CREATE UNIQUE INDEX contracts_one_draft ON contracts (incident_id) WHERE status = 'draft' AND discarded_at IS NULL;

CREATE TRIGGER agreements_discarded_no_update BEFORE UPDATE ON agreements
WHEN OLD.discarded_at IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a discarded draft cannot be changed');
END;

CREATE TRIGGER contracts_discarded_no_update BEFORE UPDATE ON contracts
WHEN OLD.discarded_at IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a discarded draft cannot be changed');
END;

-- The rows gained two columns, so their digests changed: the trail records them as they are now.
INSERT INTO audit_append SELECT 'agreements', 'baseline', id, rowid FROM agreements ORDER BY rowid;
INSERT INTO audit_append SELECT 'contracts', 'baseline', id, rowid FROM contracts ORDER BY rowid;
