-- Boundary Keeper: the audit trail. Every change to a practice's records appends one event in the same
-- transaction: when (UTC), who (the practitioner; on a file the computer's user), what, which record, and the
-- SHA-256 digest of the record's state after the change (NULL once it is gone). Events hold digests and
-- references, never the records' text, so overwriting a client's personal data later leaves the trail whole.
--
-- Events form a hash chain: each holds the hash of the event before it and its own hash over a canonical
-- encoding of its fields (AuditTrail::eventHash). The triggers below call functions the application registers
-- on every connection it opens (bk_row_digest, bk_audit_hash, bk_audit_login): a program without them cannot
-- change an audited table at all, and one that drops the triggers to do so is named by `audit verify`, which
-- recomputes every record's digest.

-- The audited tables and the columns that name a record of each (joined by '/' in audit_events.record).
CREATE TABLE audit_tables (
    table_name  TEXT PRIMARY KEY,
    key_columns TEXT NOT NULL
);

CREATE TABLE audit_events (
    seq             INTEGER PRIMARY KEY CHECK (seq >= 1),
    at              TEXT    NOT NULL,
    practitioner_id INTEGER,
    login           TEXT    NOT NULL,
    action          TEXT    NOT NULL CHECK (action IN ('baseline', 'insert', 'update', 'delete')),
    table_name      TEXT    NOT NULL,
    record          TEXT    NOT NULL,
    digest          BLOB,
    previous_hash   BLOB    NOT NULL,
    hash            BLOB    NOT NULL
);
CREATE INDEX audit_events_by_record ON audit_events (table_name, record, seq);
CREATE INDEX audit_events_by_practitioner ON audit_events (practitioner_id, seq);

CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'the audit trail cannot be changed');
END;

CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'events of the audit trail cannot be deleted');
END;

-- What the tables' triggers insert: the table, the action, the record and its rowid (NULL once deleted). The
-- trigger on this view takes the chain's head and appends the event (one writer at a time on a file).
CREATE VIEW audit_append (table_name, action, record, row) AS
    SELECT table_name, action, record, NULL FROM audit_events WHERE 0;

CREATE TRIGGER audit_append INSTEAD OF INSERT ON audit_append
BEGIN
    INSERT INTO audit_events (seq, at, practitioner_id, login, action, table_name, record, digest,
                              previous_hash, hash)
    SELECT n.seq, n.at, n.practitioner_id, n.login, NEW.action, NEW.table_name, NEW.record, n.digest,
           n.previous_hash,
           bk_audit_hash(n.seq, n.at, n.practitioner_id, n.login, NEW.action, NEW.table_name, NEW.record,
                         n.digest, n.previous_hash)
    FROM (SELECT coalesce(h.seq, 0) + 1 AS seq, strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS at,
                 (SELECT p.id FROM practitioners p WHERE p.login = bk_audit_login()) AS practitioner_id,
                 bk_audit_login() AS login,
                 CASE WHEN NEW.row IS NULL THEN NULL ELSE bk_row_digest(NEW.table_name, NEW.row) END AS digest,
                 coalesce(h.hash, zeroblob(32)) AS previous_hash
          FROM (SELECT 1) AS one
          LEFT JOIN (SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1) AS h) AS n;
END;

-- The signing rules, held by the database too: a draft becomes signed only with both signatures recorded and
-- with the SHA-256 of the very PDF stored (bk_sha256 is registered by the application, as above).
CREATE TRIGGER agreements_signed_with_proof BEFORE UPDATE OF status ON agreements
WHEN NEW.status = 'signed' AND (NEW.pdf_sha256 IS NOT lower(hex(bk_sha256(NEW.pdf)))
    OR (SELECT count(DISTINCT role) FROM agreement_signatures
        WHERE agreement_id = NEW.id AND role IN ('client', 'practitioner')) < 2)
BEGIN
    SELECT RAISE(ABORT, 'a document is signed only with both signatures and the SHA-256 of its stored PDF');
END;

CREATE TRIGGER contracts_signed_with_proof BEFORE UPDATE OF status ON contracts
WHEN NEW.status = 'signed' AND (NEW.pdf_sha256 IS NOT lower(hex(bk_sha256(NEW.pdf)))
    OR (SELECT count(DISTINCT role) FROM contract_signatures
        WHERE contract_id = NEW.id AND role IN ('client', 'practitioner')) < 2)
BEGIN
    SELECT RAISE(ABORT, 'a document is signed only with both signatures and the SHA-256 of its stored PDF');
END;

-- A recorded incident's description is kept as written, like its steps: a correction is a new entry. Only the
-- erasure of an erased client's data (013) overwrites it, with exactly the erasure text.
CREATE TRIGGER incidents_description_append_only BEFORE UPDATE OF description ON incidents
WHEN NEW.description IS NOT OLD.description
BEGIN
    SELECT RAISE(ABORT, 'a recorded incident description cannot be changed; record a correction as a new entry')
    WHERE NOT (NEW.description = '[erased]'
               AND EXISTS (SELECT 1 FROM clients c WHERE c.id = NEW.client_id AND c.erased_at IS NOT NULL));
END;

-- Each audited table appends an event for every row it gains, changes or loses (a changed key also ends the
-- record under its old key). Rows that exist already are recorded as a baseline.
INSERT INTO audit_tables (table_name, key_columns) VALUES
    ('meta', 'key'),
    ('practitioners', 'id'),
    ('clients', 'id'),
    ('client_shares', 'client_id,practitioner_id'),
    ('practice_profile', 'id'),
    ('practice_practitioners', 'position'),
    ('practice_hours', 'weekday'),
    ('practice_channels', 'channel'),
    ('practice_resources', 'id'),
    ('practice_resource_boundaries', 'resource_id,boundary_key'),
    ('policy_draft', 'id'),
    ('policy_draft_boundaries', 'key'),
    ('policy_draft_ladder', 'key'),
    ('policy_draft_boundary_texts', 'key,language'),
    ('policy_draft_ladder_texts', 'key,language'),
    ('policy_versions', 'version'),
    ('policy_version_boundaries', 'version,key'),
    ('policy_version_ladder', 'version,key'),
    ('policy_version_boundary_texts', 'version,key,language'),
    ('policy_version_ladder_texts', 'version,key,language'),
    ('policy_acknowledgements', 'id'),
    ('agreements', 'id'),
    ('agreement_discussions', 'agreement_id,boundary_key'),
    ('agreement_signatures', 'agreement_id,role'),
    ('agreement_events', 'agreement_id,position'),
    ('contracts', 'id'),
    ('contract_signatures', 'contract_id,role'),
    ('contract_events', 'contract_id,position'),
    ('incidents', 'id'),
    ('incident_steps', 'id'),
    ('incident_follow_ups', 'id'),
    ('incident_follow_up_outcomes', 'id'),
    ('availability_periods', 'id'),
    ('availability_notices', 'id'),
    ('incident_due_moves', 'id');

CREATE TRIGGER meta_audit_insert AFTER INSERT ON meta BEGIN
    INSERT INTO audit_append VALUES ('meta', 'insert', NEW.key, NEW.rowid);
END;
CREATE TRIGGER meta_audit_update AFTER UPDATE ON meta BEGIN
    INSERT INTO audit_append SELECT 'meta', 'delete', OLD.key, NULL WHERE (OLD.key) IS NOT (NEW.key);
    INSERT INTO audit_append VALUES ('meta', 'update', NEW.key, NEW.rowid);
END;
CREATE TRIGGER meta_audit_delete AFTER DELETE ON meta BEGIN
    INSERT INTO audit_append VALUES ('meta', 'delete', OLD.key, NULL);
END;
INSERT INTO audit_append SELECT 'meta', 'baseline', key, rowid FROM meta ORDER BY rowid;

CREATE TRIGGER practitioners_audit_insert AFTER INSERT ON practitioners BEGIN
    INSERT INTO audit_append VALUES ('practitioners', 'insert', NEW.id, NEW.rowid);
END;
CREATE TRIGGER practitioners_audit_update AFTER UPDATE ON practitioners BEGIN
    INSERT INTO audit_append SELECT 'practitioners', 'delete', OLD.id, NULL WHERE (OLD.id) IS NOT (NEW.id);
    INSERT INTO audit_append VALUES ('practitioners', 'update', NEW.id, NEW.rowid);
END;
CREATE TRIGGER practitioners_audit_delete AFTER DELETE ON practitioners BEGIN
    INSERT INTO audit_append VALUES ('practitioners', 'delete', OLD.id, NULL);
END;
INSERT INTO audit_append SELECT 'practitioners', 'baseline', id, rowid FROM practitioners ORDER BY rowid;

CREATE TRIGGER clients_audit_insert AFTER INSERT ON clients BEGIN
    INSERT INTO audit_append VALUES ('clients', 'insert', NEW.id, NEW.rowid);
END;
CREATE TRIGGER clients_audit_update AFTER UPDATE ON clients BEGIN
    INSERT INTO audit_append SELECT 'clients', 'delete', OLD.id, NULL WHERE (OLD.id) IS NOT (NEW.id);
    INSERT INTO audit_append VALUES ('clients', 'update', NEW.id, NEW.rowid);
END;
CREATE TRIGGER clients_audit_delete AFTER DELETE ON clients BEGIN
    INSERT INTO audit_append VALUES ('clients', 'delete', OLD.id, NULL);
END;
INSERT INTO audit_append SELECT 'clients', 'baseline', id, rowid FROM clients ORDER BY rowid;

CREATE TRIGGER client_shares_audit_insert AFTER INSERT ON client_shares BEGIN
    INSERT INTO audit_append VALUES ('client_shares', 'insert', NEW.client_id || '/' || NEW.practitioner_id, NEW.rowid);
END;
CREATE TRIGGER client_shares_audit_update AFTER UPDATE ON client_shares BEGIN
    INSERT INTO audit_append SELECT 'client_shares', 'delete', OLD.client_id || '/' || OLD.practitioner_id, NULL WHERE (OLD.client_id || '/' || OLD.practitioner_id) IS NOT (NEW.client_id || '/' || NEW.practitioner_id);
    INSERT INTO audit_append VALUES ('client_shares', 'update', NEW.client_id || '/' || NEW.practitioner_id, NEW.rowid);
END;
CREATE TRIGGER client_shares_audit_delete AFTER DELETE ON client_shares BEGIN
    INSERT INTO audit_append VALUES ('client_shares', 'delete', OLD.client_id || '/' || OLD.practitioner_id, NULL);
END;
INSERT INTO audit_append SELECT 'client_shares', 'baseline', client_id || '/' || practitioner_id, rowid FROM client_shares ORDER BY rowid;

CREATE TRIGGER practice_profile_audit_insert AFTER INSERT ON practice_profile BEGIN
    INSERT INTO audit_append VALUES ('practice_profile', 'insert', NEW.id, NEW.rowid);
END;
CREATE TRIGGER practice_profile_audit_update AFTER UPDATE ON practice_profile BEGIN
    INSERT INTO audit_append SELECT 'practice_profile', 'delete', OLD.id, NULL WHERE (OLD.id) IS NOT (NEW.id);
    INSERT INTO audit_append VALUES ('practice_profile', 'update', NEW.id, NEW.rowid);
END;
CREATE TRIGGER practice_profile_audit_delete AFTER DELETE ON practice_profile BEGIN
    INSERT INTO audit_append VALUES ('practice_profile', 'delete', OLD.id, NULL);
END;
INSERT INTO audit_append SELECT 'practice_profile', 'baseline', id, rowid FROM practice_profile ORDER BY rowid;

CREATE TRIGGER practice_practitioners_audit_insert AFTER INSERT ON practice_practitioners BEGIN
    INSERT INTO audit_append VALUES ('practice_practitioners', 'insert', NEW.position, NEW.rowid);
END;
CREATE TRIGGER practice_practitioners_audit_update AFTER UPDATE ON practice_practitioners BEGIN
    INSERT INTO audit_append SELECT 'practice_practitioners', 'delete', OLD.position, NULL WHERE (OLD.position) IS NOT (NEW.position);
    INSERT INTO audit_append VALUES ('practice_practitioners', 'update', NEW.position, NEW.rowid);
END;
CREATE TRIGGER practice_practitioners_audit_delete AFTER DELETE ON practice_practitioners BEGIN
    INSERT INTO audit_append VALUES ('practice_practitioners', 'delete', OLD.position, NULL);
END;
INSERT INTO audit_append SELECT 'practice_practitioners', 'baseline', position, rowid FROM practice_practitioners ORDER BY rowid;

CREATE TRIGGER practice_hours_audit_insert AFTER INSERT ON practice_hours BEGIN
    INSERT INTO audit_append VALUES ('practice_hours', 'insert', NEW.weekday, NEW.rowid);
END;
CREATE TRIGGER practice_hours_audit_update AFTER UPDATE ON practice_hours BEGIN
    INSERT INTO audit_append SELECT 'practice_hours', 'delete', OLD.weekday, NULL WHERE (OLD.weekday) IS NOT (NEW.weekday);
    INSERT INTO audit_append VALUES ('practice_hours', 'update', NEW.weekday, NEW.rowid);
END;
CREATE TRIGGER practice_hours_audit_delete AFTER DELETE ON practice_hours BEGIN
    INSERT INTO audit_append VALUES ('practice_hours', 'delete', OLD.weekday, NULL);
END;
INSERT INTO audit_append SELECT 'practice_hours', 'baseline', weekday, rowid FROM practice_hours ORDER BY rowid;

CREATE TRIGGER practice_channels_audit_insert AFTER INSERT ON practice_channels BEGIN
    INSERT INTO audit_append VALUES ('practice_channels', 'insert', NEW.channel, NEW.rowid);
END;
CREATE TRIGGER practice_channels_audit_update AFTER UPDATE ON practice_channels BEGIN
    INSERT INTO audit_append SELECT 'practice_channels', 'delete', OLD.channel, NULL WHERE (OLD.channel) IS NOT (NEW.channel);
    INSERT INTO audit_append VALUES ('practice_channels', 'update', NEW.channel, NEW.rowid);
END;
CREATE TRIGGER practice_channels_audit_delete AFTER DELETE ON practice_channels BEGIN
    INSERT INTO audit_append VALUES ('practice_channels', 'delete', OLD.channel, NULL);
END;
INSERT INTO audit_append SELECT 'practice_channels', 'baseline', channel, rowid FROM practice_channels ORDER BY rowid;

CREATE TRIGGER practice_resources_audit_insert AFTER INSERT ON practice_resources BEGIN
    INSERT INTO audit_append VALUES ('practice_resources', 'insert', NEW.id, NEW.rowid);
END;
CREATE TRIGGER practice_resources_audit_update AFTER UPDATE ON practice_resources BEGIN
    INSERT INTO audit_append SELECT 'practice_resources', 'delete', OLD.id, NULL WHERE (OLD.id) IS NOT (NEW.id);
    INSERT INTO audit_append VALUES ('practice_resources', 'update', NEW.id, NEW.rowid);
END;
CREATE TRIGGER practice_resources_audit_delete AFTER DELETE ON practice_resources BEGIN
    INSERT INTO audit_append VALUES ('practice_resources', 'delete', OLD.id, NULL);
END;
INSERT INTO audit_append SELECT 'practice_resources', 'baseline', id, rowid FROM practice_resources ORDER BY rowid;

CREATE TRIGGER practice_resource_boundaries_audit_insert AFTER INSERT ON practice_resource_boundaries BEGIN
    INSERT INTO audit_append VALUES ('practice_resource_boundaries', 'insert', NEW.resource_id || '/' || NEW.boundary_key, NEW.rowid);
END;
CREATE TRIGGER practice_resource_boundaries_audit_update AFTER UPDATE ON practice_resource_boundaries BEGIN
    INSERT INTO audit_append SELECT 'practice_resource_boundaries', 'delete', OLD.resource_id || '/' || OLD.boundary_key, NULL WHERE (OLD.resource_id || '/' || OLD.boundary_key) IS NOT (NEW.resource_id || '/' || NEW.boundary_key);
    INSERT INTO audit_append VALUES ('practice_resource_boundaries', 'update', NEW.resource_id || '/' || NEW.boundary_key, NEW.rowid);
END;
CREATE TRIGGER practice_resource_boundaries_audit_delete AFTER DELETE ON practice_resource_boundaries BEGIN
    INSERT INTO audit_append VALUES ('practice_resource_boundaries', 'delete', OLD.resource_id || '/' || OLD.boundary_key, NULL);
END;
INSERT INTO audit_append SELECT 'practice_resource_boundaries', 'baseline', resource_id || '/' || boundary_key, rowid FROM practice_resource_boundaries ORDER BY rowid;

CREATE TRIGGER policy_draft_audit_insert AFTER INSERT ON policy_draft BEGIN
    INSERT INTO audit_append VALUES ('policy_draft', 'insert', NEW.id, NEW.rowid);
END;
CREATE TRIGGER policy_draft_audit_update AFTER UPDATE ON policy_draft BEGIN
    INSERT INTO audit_append SELECT 'policy_draft', 'delete', OLD.id, NULL WHERE (OLD.id) IS NOT (NEW.id);
    INSERT INTO audit_append VALUES ('policy_draft', 'update', NEW.id, NEW.rowid);
END;
CREATE TRIGGER policy_draft_audit_delete AFTER DELETE ON policy_draft BEGIN
    INSERT INTO audit_append VALUES ('policy_draft', 'delete', OLD.id, NULL);
END;
INSERT INTO audit_append SELECT 'policy_draft', 'baseline', id, rowid FROM policy_draft ORDER BY rowid;

CREATE TRIGGER policy_draft_boundaries_audit_insert AFTER INSERT ON policy_draft_boundaries BEGIN
    INSERT INTO audit_append VALUES ('policy_draft_boundaries', 'insert', NEW.key, NEW.rowid);
END;
CREATE TRIGGER policy_draft_boundaries_audit_update AFTER UPDATE ON policy_draft_boundaries BEGIN
    INSERT INTO audit_append SELECT 'policy_draft_boundaries', 'delete', OLD.key, NULL WHERE (OLD.key) IS NOT (NEW.key);
    INSERT INTO audit_append VALUES ('policy_draft_boundaries', 'update', NEW.key, NEW.rowid);
END;
CREATE TRIGGER policy_draft_boundaries_audit_delete AFTER DELETE ON policy_draft_boundaries BEGIN
    INSERT INTO audit_append VALUES ('policy_draft_boundaries', 'delete', OLD.key, NULL);
END;
INSERT INTO audit_append SELECT 'policy_draft_boundaries', 'baseline', key, rowid FROM policy_draft_boundaries ORDER BY rowid;

CREATE TRIGGER policy_draft_ladder_audit_insert AFTER INSERT ON policy_draft_ladder BEGIN
    INSERT INTO audit_append VALUES ('policy_draft_ladder', 'insert', NEW.key, NEW.rowid);
END;
CREATE TRIGGER policy_draft_ladder_audit_update AFTER UPDATE ON policy_draft_ladder BEGIN
    INSERT INTO audit_append SELECT 'policy_draft_ladder', 'delete', OLD.key, NULL WHERE (OLD.key) IS NOT (NEW.key);
    INSERT INTO audit_append VALUES ('policy_draft_ladder', 'update', NEW.key, NEW.rowid);
END;
CREATE TRIGGER policy_draft_ladder_audit_delete AFTER DELETE ON policy_draft_ladder BEGIN
    INSERT INTO audit_append VALUES ('policy_draft_ladder', 'delete', OLD.key, NULL);
END;
INSERT INTO audit_append SELECT 'policy_draft_ladder', 'baseline', key, rowid FROM policy_draft_ladder ORDER BY rowid;

CREATE TRIGGER policy_draft_boundary_texts_audit_insert AFTER INSERT ON policy_draft_boundary_texts BEGIN
    INSERT INTO audit_append VALUES ('policy_draft_boundary_texts', 'insert', NEW.key || '/' || NEW.language, NEW.rowid);
END;
CREATE TRIGGER policy_draft_boundary_texts_audit_update AFTER UPDATE ON policy_draft_boundary_texts BEGIN
    INSERT INTO audit_append SELECT 'policy_draft_boundary_texts', 'delete', OLD.key || '/' || OLD.language, NULL WHERE (OLD.key || '/' || OLD.language) IS NOT (NEW.key || '/' || NEW.language);
    INSERT INTO audit_append VALUES ('policy_draft_boundary_texts', 'update', NEW.key || '/' || NEW.language, NEW.rowid);
END;
CREATE TRIGGER policy_draft_boundary_texts_audit_delete AFTER DELETE ON policy_draft_boundary_texts BEGIN
    INSERT INTO audit_append VALUES ('policy_draft_boundary_texts', 'delete', OLD.key || '/' || OLD.language, NULL);
END;
INSERT INTO audit_append SELECT 'policy_draft_boundary_texts', 'baseline', key || '/' || language, rowid FROM policy_draft_boundary_texts ORDER BY rowid;

CREATE TRIGGER policy_draft_ladder_texts_audit_insert AFTER INSERT ON policy_draft_ladder_texts BEGIN
    INSERT INTO audit_append VALUES ('policy_draft_ladder_texts', 'insert', NEW.key || '/' || NEW.language, NEW.rowid);
END;
CREATE TRIGGER policy_draft_ladder_texts_audit_update AFTER UPDATE ON policy_draft_ladder_texts BEGIN
    INSERT INTO audit_append SELECT 'policy_draft_ladder_texts', 'delete', OLD.key || '/' || OLD.language, NULL WHERE (OLD.key || '/' || OLD.language) IS NOT (NEW.key || '/' || NEW.language);
    INSERT INTO audit_append VALUES ('policy_draft_ladder_texts', 'update', NEW.key || '/' || NEW.language, NEW.rowid);
END;
CREATE TRIGGER policy_draft_ladder_texts_audit_delete AFTER DELETE ON policy_draft_ladder_texts BEGIN
    INSERT INTO audit_append VALUES ('policy_draft_ladder_texts', 'delete', OLD.key || '/' || OLD.language, NULL);
END;
INSERT INTO audit_append SELECT 'policy_draft_ladder_texts', 'baseline', key || '/' || language, rowid FROM policy_draft_ladder_texts ORDER BY rowid;

CREATE TRIGGER policy_versions_audit_insert AFTER INSERT ON policy_versions BEGIN
    INSERT INTO audit_append VALUES ('policy_versions', 'insert', NEW.version, NEW.rowid);
END;
CREATE TRIGGER policy_versions_audit_update AFTER UPDATE ON policy_versions BEGIN
    INSERT INTO audit_append SELECT 'policy_versions', 'delete', OLD.version, NULL WHERE (OLD.version) IS NOT (NEW.version);
    INSERT INTO audit_append VALUES ('policy_versions', 'update', NEW.version, NEW.rowid);
END;
CREATE TRIGGER policy_versions_audit_delete AFTER DELETE ON policy_versions BEGIN
    INSERT INTO audit_append VALUES ('policy_versions', 'delete', OLD.version, NULL);
END;
INSERT INTO audit_append SELECT 'policy_versions', 'baseline', version, rowid FROM policy_versions ORDER BY rowid;

CREATE TRIGGER policy_version_boundaries_audit_insert AFTER INSERT ON policy_version_boundaries BEGIN
    INSERT INTO audit_append VALUES ('policy_version_boundaries', 'insert', NEW.version || '/' || NEW.key, NEW.rowid);
END;
CREATE TRIGGER policy_version_boundaries_audit_update AFTER UPDATE ON policy_version_boundaries BEGIN
    INSERT INTO audit_append SELECT 'policy_version_boundaries', 'delete', OLD.version || '/' || OLD.key, NULL WHERE (OLD.version || '/' || OLD.key) IS NOT (NEW.version || '/' || NEW.key);
    INSERT INTO audit_append VALUES ('policy_version_boundaries', 'update', NEW.version || '/' || NEW.key, NEW.rowid);
END;
CREATE TRIGGER policy_version_boundaries_audit_delete AFTER DELETE ON policy_version_boundaries BEGIN
    INSERT INTO audit_append VALUES ('policy_version_boundaries', 'delete', OLD.version || '/' || OLD.key, NULL);
END;
INSERT INTO audit_append SELECT 'policy_version_boundaries', 'baseline', version || '/' || key, rowid FROM policy_version_boundaries ORDER BY rowid;

CREATE TRIGGER policy_version_ladder_audit_insert AFTER INSERT ON policy_version_ladder BEGIN
    INSERT INTO audit_append VALUES ('policy_version_ladder', 'insert', NEW.version || '/' || NEW.key, NEW.rowid);
END;
CREATE TRIGGER policy_version_ladder_audit_update AFTER UPDATE ON policy_version_ladder BEGIN
    INSERT INTO audit_append SELECT 'policy_version_ladder', 'delete', OLD.version || '/' || OLD.key, NULL WHERE (OLD.version || '/' || OLD.key) IS NOT (NEW.version || '/' || NEW.key);
    INSERT INTO audit_append VALUES ('policy_version_ladder', 'update', NEW.version || '/' || NEW.key, NEW.rowid);
END;
CREATE TRIGGER policy_version_ladder_audit_delete AFTER DELETE ON policy_version_ladder BEGIN
    INSERT INTO audit_append VALUES ('policy_version_ladder', 'delete', OLD.version || '/' || OLD.key, NULL);
END;
INSERT INTO audit_append SELECT 'policy_version_ladder', 'baseline', version || '/' || key, rowid FROM policy_version_ladder ORDER BY rowid;

CREATE TRIGGER policy_version_boundary_texts_audit_insert AFTER INSERT ON policy_version_boundary_texts BEGIN
    INSERT INTO audit_append VALUES ('policy_version_boundary_texts', 'insert', NEW.version || '/' || NEW.key || '/' || NEW.language, NEW.rowid);
END;
CREATE TRIGGER policy_version_boundary_texts_audit_update AFTER UPDATE ON policy_version_boundary_texts BEGIN
    INSERT INTO audit_append SELECT 'policy_version_boundary_texts', 'delete', OLD.version || '/' || OLD.key || '/' || OLD.language, NULL WHERE (OLD.version || '/' || OLD.key || '/' || OLD.language) IS NOT (NEW.version || '/' || NEW.key || '/' || NEW.language);
    INSERT INTO audit_append VALUES ('policy_version_boundary_texts', 'update', NEW.version || '/' || NEW.key || '/' || NEW.language, NEW.rowid);
END;
CREATE TRIGGER policy_version_boundary_texts_audit_delete AFTER DELETE ON policy_version_boundary_texts BEGIN
    INSERT INTO audit_append VALUES ('policy_version_boundary_texts', 'delete', OLD.version || '/' || OLD.key || '/' || OLD.language, NULL);
END;
INSERT INTO audit_append SELECT 'policy_version_boundary_texts', 'baseline', version || '/' || key || '/' || language, rowid FROM policy_version_boundary_texts ORDER BY rowid;

CREATE TRIGGER policy_version_ladder_texts_audit_insert AFTER INSERT ON policy_version_ladder_texts BEGIN
    INSERT INTO audit_append VALUES ('policy_version_ladder_texts', 'insert', NEW.version || '/' || NEW.key || '/' || NEW.language, NEW.rowid);
END;
CREATE TRIGGER policy_version_ladder_texts_audit_update AFTER UPDATE ON policy_version_ladder_texts BEGIN
    INSERT INTO audit_append SELECT 'policy_version_ladder_texts', 'delete', OLD.version || '/' || OLD.key || '/' || OLD.language, NULL WHERE (OLD.version || '/' || OLD.key || '/' || OLD.language) IS NOT (NEW.version || '/' || NEW.key || '/' || NEW.language);
    INSERT INTO audit_append VALUES ('policy_version_ladder_texts', 'update', NEW.version || '/' || NEW.key || '/' || NEW.language, NEW.rowid);
END;
CREATE TRIGGER policy_version_ladder_texts_audit_delete AFTER DELETE ON policy_version_ladder_texts BEGIN
    INSERT INTO audit_append VALUES ('policy_version_ladder_texts', 'delete', OLD.version || '/' || OLD.key || '/' || OLD.language, NULL);
END;
INSERT INTO audit_append SELECT 'policy_version_ladder_texts', 'baseline', version || '/' || key || '/' || language, rowid FROM policy_version_ladder_texts ORDER BY rowid;

CREATE TRIGGER policy_acknowledgements_audit_insert AFTER INSERT ON policy_acknowledgements BEGIN
    INSERT INTO audit_append VALUES ('policy_acknowledgements', 'insert', NEW.id, NEW.rowid);
END;
CREATE TRIGGER policy_acknowledgements_audit_update AFTER UPDATE ON policy_acknowledgements BEGIN
    INSERT INTO audit_append SELECT 'policy_acknowledgements', 'delete', OLD.id, NULL WHERE (OLD.id) IS NOT (NEW.id);
    INSERT INTO audit_append VALUES ('policy_acknowledgements', 'update', NEW.id, NEW.rowid);
END;
CREATE TRIGGER policy_acknowledgements_audit_delete AFTER DELETE ON policy_acknowledgements BEGIN
    INSERT INTO audit_append VALUES ('policy_acknowledgements', 'delete', OLD.id, NULL);
END;
INSERT INTO audit_append SELECT 'policy_acknowledgements', 'baseline', id, rowid FROM policy_acknowledgements ORDER BY rowid;

CREATE TRIGGER agreements_audit_insert AFTER INSERT ON agreements BEGIN
    INSERT INTO audit_append VALUES ('agreements', 'insert', NEW.id, NEW.rowid);
END;
CREATE TRIGGER agreements_audit_update AFTER UPDATE ON agreements BEGIN
    INSERT INTO audit_append SELECT 'agreements', 'delete', OLD.id, NULL WHERE (OLD.id) IS NOT (NEW.id);
    INSERT INTO audit_append VALUES ('agreements', 'update', NEW.id, NEW.rowid);
END;
CREATE TRIGGER agreements_audit_delete AFTER DELETE ON agreements BEGIN
    INSERT INTO audit_append VALUES ('agreements', 'delete', OLD.id, NULL);
END;
INSERT INTO audit_append SELECT 'agreements', 'baseline', id, rowid FROM agreements ORDER BY rowid;

CREATE TRIGGER agreement_discussions_audit_insert AFTER INSERT ON agreement_discussions BEGIN
    INSERT INTO audit_append VALUES ('agreement_discussions', 'insert', NEW.agreement_id || '/' || NEW.boundary_key, NEW.rowid);
END;
CREATE TRIGGER agreement_discussions_audit_update AFTER UPDATE ON agreement_discussions BEGIN
    INSERT INTO audit_append SELECT 'agreement_discussions', 'delete', OLD.agreement_id || '/' || OLD.boundary_key, NULL WHERE (OLD.agreement_id || '/' || OLD.boundary_key) IS NOT (NEW.agreement_id || '/' || NEW.boundary_key);
    INSERT INTO audit_append VALUES ('agreement_discussions', 'update', NEW.agreement_id || '/' || NEW.boundary_key, NEW.rowid);
END;
CREATE TRIGGER agreement_discussions_audit_delete AFTER DELETE ON agreement_discussions BEGIN
    INSERT INTO audit_append VALUES ('agreement_discussions', 'delete', OLD.agreement_id || '/' || OLD.boundary_key, NULL);
END;
INSERT INTO audit_append SELECT 'agreement_discussions', 'baseline', agreement_id || '/' || boundary_key, rowid FROM agreement_discussions ORDER BY rowid;

CREATE TRIGGER agreement_signatures_audit_insert AFTER INSERT ON agreement_signatures BEGIN
    INSERT INTO audit_append VALUES ('agreement_signatures', 'insert', NEW.agreement_id || '/' || NEW.role, NEW.rowid);
END;
CREATE TRIGGER agreement_signatures_audit_update AFTER UPDATE ON agreement_signatures BEGIN
    INSERT INTO audit_append SELECT 'agreement_signatures', 'delete', OLD.agreement_id || '/' || OLD.role, NULL WHERE (OLD.agreement_id || '/' || OLD.role) IS NOT (NEW.agreement_id || '/' || NEW.role);
    INSERT INTO audit_append VALUES ('agreement_signatures', 'update', NEW.agreement_id || '/' || NEW.role, NEW.rowid);
END;
CREATE TRIGGER agreement_signatures_audit_delete AFTER DELETE ON agreement_signatures BEGIN
    INSERT INTO audit_append VALUES ('agreement_signatures', 'delete', OLD.agreement_id || '/' || OLD.role, NULL);
END;
INSERT INTO audit_append SELECT 'agreement_signatures', 'baseline', agreement_id || '/' || role, rowid FROM agreement_signatures ORDER BY rowid;

CREATE TRIGGER agreement_events_audit_insert AFTER INSERT ON agreement_events BEGIN
    INSERT INTO audit_append VALUES ('agreement_events', 'insert', NEW.agreement_id || '/' || NEW.position, NEW.rowid);
END;
CREATE TRIGGER agreement_events_audit_update AFTER UPDATE ON agreement_events BEGIN
    INSERT INTO audit_append SELECT 'agreement_events', 'delete', OLD.agreement_id || '/' || OLD.position, NULL WHERE (OLD.agreement_id || '/' || OLD.position) IS NOT (NEW.agreement_id || '/' || NEW.position);
    INSERT INTO audit_append VALUES ('agreement_events', 'update', NEW.agreement_id || '/' || NEW.position, NEW.rowid);
END;
CREATE TRIGGER agreement_events_audit_delete AFTER DELETE ON agreement_events BEGIN
    INSERT INTO audit_append VALUES ('agreement_events', 'delete', OLD.agreement_id || '/' || OLD.position, NULL);
END;
INSERT INTO audit_append SELECT 'agreement_events', 'baseline', agreement_id || '/' || position, rowid FROM agreement_events ORDER BY rowid;

CREATE TRIGGER contracts_audit_insert AFTER INSERT ON contracts BEGIN
    INSERT INTO audit_append VALUES ('contracts', 'insert', NEW.id, NEW.rowid);
END;
CREATE TRIGGER contracts_audit_update AFTER UPDATE ON contracts BEGIN
    INSERT INTO audit_append SELECT 'contracts', 'delete', OLD.id, NULL WHERE (OLD.id) IS NOT (NEW.id);
    INSERT INTO audit_append VALUES ('contracts', 'update', NEW.id, NEW.rowid);
END;
CREATE TRIGGER contracts_audit_delete AFTER DELETE ON contracts BEGIN
    INSERT INTO audit_append VALUES ('contracts', 'delete', OLD.id, NULL);
END;
INSERT INTO audit_append SELECT 'contracts', 'baseline', id, rowid FROM contracts ORDER BY rowid;

CREATE TRIGGER contract_signatures_audit_insert AFTER INSERT ON contract_signatures BEGIN
    INSERT INTO audit_append VALUES ('contract_signatures', 'insert', NEW.contract_id || '/' || NEW.role, NEW.rowid);
END;
CREATE TRIGGER contract_signatures_audit_update AFTER UPDATE ON contract_signatures BEGIN
    INSERT INTO audit_append SELECT 'contract_signatures', 'delete', OLD.contract_id || '/' || OLD.role, NULL WHERE (OLD.contract_id || '/' || OLD.role) IS NOT (NEW.contract_id || '/' || NEW.role);
    INSERT INTO audit_append VALUES ('contract_signatures', 'update', NEW.contract_id || '/' || NEW.role, NEW.rowid);
END;
CREATE TRIGGER contract_signatures_audit_delete AFTER DELETE ON contract_signatures BEGIN
    INSERT INTO audit_append VALUES ('contract_signatures', 'delete', OLD.contract_id || '/' || OLD.role, NULL);
END;
INSERT INTO audit_append SELECT 'contract_signatures', 'baseline', contract_id || '/' || role, rowid FROM contract_signatures ORDER BY rowid;

CREATE TRIGGER contract_events_audit_insert AFTER INSERT ON contract_events BEGIN
    INSERT INTO audit_append VALUES ('contract_events', 'insert', NEW.contract_id || '/' || NEW.position, NEW.rowid);
END;
CREATE TRIGGER contract_events_audit_update AFTER UPDATE ON contract_events BEGIN
    INSERT INTO audit_append SELECT 'contract_events', 'delete', OLD.contract_id || '/' || OLD.position, NULL WHERE (OLD.contract_id || '/' || OLD.position) IS NOT (NEW.contract_id || '/' || NEW.position);
    INSERT INTO audit_append VALUES ('contract_events', 'update', NEW.contract_id || '/' || NEW.position, NEW.rowid);
END;
CREATE TRIGGER contract_events_audit_delete AFTER DELETE ON contract_events BEGIN
    INSERT INTO audit_append VALUES ('contract_events', 'delete', OLD.contract_id || '/' || OLD.position, NULL);
END;
INSERT INTO audit_append SELECT 'contract_events', 'baseline', contract_id || '/' || position, rowid FROM contract_events ORDER BY rowid;

CREATE TRIGGER incidents_audit_insert AFTER INSERT ON incidents BEGIN
    INSERT INTO audit_append VALUES ('incidents', 'insert', NEW.id, NEW.rowid);
END;
CREATE TRIGGER incidents_audit_update AFTER UPDATE ON incidents BEGIN
    INSERT INTO audit_append SELECT 'incidents', 'delete', OLD.id, NULL WHERE (OLD.id) IS NOT (NEW.id);
    INSERT INTO audit_append VALUES ('incidents', 'update', NEW.id, NEW.rowid);
END;
CREATE TRIGGER incidents_audit_delete AFTER DELETE ON incidents BEGIN
    INSERT INTO audit_append VALUES ('incidents', 'delete', OLD.id, NULL);
END;
INSERT INTO audit_append SELECT 'incidents', 'baseline', id, rowid FROM incidents ORDER BY rowid;

CREATE TRIGGER incident_steps_audit_insert AFTER INSERT ON incident_steps BEGIN
    INSERT INTO audit_append VALUES ('incident_steps', 'insert', NEW.id, NEW.rowid);
END;
CREATE TRIGGER incident_steps_audit_update AFTER UPDATE ON incident_steps BEGIN
    INSERT INTO audit_append SELECT 'incident_steps', 'delete', OLD.id, NULL WHERE (OLD.id) IS NOT (NEW.id);
    INSERT INTO audit_append VALUES ('incident_steps', 'update', NEW.id, NEW.rowid);
END;
CREATE TRIGGER incident_steps_audit_delete AFTER DELETE ON incident_steps BEGIN
    INSERT INTO audit_append VALUES ('incident_steps', 'delete', OLD.id, NULL);
END;
INSERT INTO audit_append SELECT 'incident_steps', 'baseline', id, rowid FROM incident_steps ORDER BY rowid;

CREATE TRIGGER incident_follow_ups_audit_insert AFTER INSERT ON incident_follow_ups BEGIN
    INSERT INTO audit_append VALUES ('incident_follow_ups', 'insert', NEW.id, NEW.rowid);
END;
CREATE TRIGGER incident_follow_ups_audit_update AFTER UPDATE ON incident_follow_ups BEGIN
    INSERT INTO audit_append SELECT 'incident_follow_ups', 'delete', OLD.id, NULL WHERE (OLD.id) IS NOT (NEW.id);
    INSERT INTO audit_append VALUES ('incident_follow_ups', 'update', NEW.id, NEW.rowid);
END;
CREATE TRIGGER incident_follow_ups_audit_delete AFTER DELETE ON incident_follow_ups BEGIN
    INSERT INTO audit_append VALUES ('incident_follow_ups', 'delete', OLD.id, NULL);
END;
INSERT INTO audit_append SELECT 'incident_follow_ups', 'baseline', id, rowid FROM incident_follow_ups ORDER BY rowid;

CREATE TRIGGER incident_follow_up_outcomes_audit_insert AFTER INSERT ON incident_follow_up_outcomes BEGIN
    INSERT INTO audit_append VALUES ('incident_follow_up_outcomes', 'insert', NEW.id, NEW.rowid);
END;
CREATE TRIGGER incident_follow_up_outcomes_audit_update AFTER UPDATE ON incident_follow_up_outcomes BEGIN
    INSERT INTO audit_append SELECT 'incident_follow_up_outcomes', 'delete', OLD.id, NULL WHERE (OLD.id) IS NOT (NEW.id);
    INSERT INTO audit_append VALUES ('incident_follow_up_outcomes', 'update', NEW.id, NEW.rowid);
END;
CREATE TRIGGER incident_follow_up_outcomes_audit_delete AFTER DELETE ON incident_follow_up_outcomes BEGIN
    INSERT INTO audit_append VALUES ('incident_follow_up_outcomes', 'delete', OLD.id, NULL);
END;
INSERT INTO audit_append SELECT 'incident_follow_up_outcomes', 'baseline', id, rowid FROM incident_follow_up_outcomes ORDER BY rowid;

CREATE TRIGGER availability_periods_audit_insert AFTER INSERT ON availability_periods BEGIN
    INSERT INTO audit_append VALUES ('availability_periods', 'insert', NEW.id, NEW.rowid);
END;
CREATE TRIGGER availability_periods_audit_update AFTER UPDATE ON availability_periods BEGIN
    INSERT INTO audit_append SELECT 'availability_periods', 'delete', OLD.id, NULL WHERE (OLD.id) IS NOT (NEW.id);
    INSERT INTO audit_append VALUES ('availability_periods', 'update', NEW.id, NEW.rowid);
END;
CREATE TRIGGER availability_periods_audit_delete AFTER DELETE ON availability_periods BEGIN
    INSERT INTO audit_append VALUES ('availability_periods', 'delete', OLD.id, NULL);
END;
INSERT INTO audit_append SELECT 'availability_periods', 'baseline', id, rowid FROM availability_periods ORDER BY rowid;

CREATE TRIGGER availability_notices_audit_insert AFTER INSERT ON availability_notices BEGIN
    INSERT INTO audit_append VALUES ('availability_notices', 'insert', NEW.id, NEW.rowid);
END;
CREATE TRIGGER availability_notices_audit_update AFTER UPDATE ON availability_notices BEGIN
    INSERT INTO audit_append SELECT 'availability_notices', 'delete', OLD.id, NULL WHERE (OLD.id) IS NOT (NEW.id);
    INSERT INTO audit_append VALUES ('availability_notices', 'update', NEW.id, NEW.rowid);
END;
CREATE TRIGGER availability_notices_audit_delete AFTER DELETE ON availability_notices BEGIN
    INSERT INTO audit_append VALUES ('availability_notices', 'delete', OLD.id, NULL);
END;
INSERT INTO audit_append SELECT 'availability_notices', 'baseline', id, rowid FROM availability_notices ORDER BY rowid;

CREATE TRIGGER incident_due_moves_audit_insert AFTER INSERT ON incident_due_moves BEGIN
    INSERT INTO audit_append VALUES ('incident_due_moves', 'insert', NEW.id, NEW.rowid);
END;
CREATE TRIGGER incident_due_moves_audit_update AFTER UPDATE ON incident_due_moves BEGIN
    INSERT INTO audit_append SELECT 'incident_due_moves', 'delete', OLD.id, NULL WHERE (OLD.id) IS NOT (NEW.id);
    INSERT INTO audit_append VALUES ('incident_due_moves', 'update', NEW.id, NEW.rowid);
END;
CREATE TRIGGER incident_due_moves_audit_delete AFTER DELETE ON incident_due_moves BEGIN
    INSERT INTO audit_append VALUES ('incident_due_moves', 'delete', OLD.id, NULL);
END;
INSERT INTO audit_append SELECT 'incident_due_moves', 'baseline', id, rowid FROM incident_due_moves ORDER BY rowid;
