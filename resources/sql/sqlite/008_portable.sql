-- Boundary Keeper schema 8: one representation for SQLite and PostgreSQL.
--
-- * An unknown date or time is NULL (it was ''): PostgreSQL refuses '' as a date. Known times stay UTC
--   ISO-8601 text ending in Z, dates yyyy-MM-dd text.
-- * Codes stay integers with their numbers (client status 0..4, incident status, severity, who crossed the
--   boundary, follow-up outcome), each with a CHECK of its range; text codes (agreement status, signing mode,
--   signature role) stay the text they were, with a CHECK too. The application writes the numbers from its
--   enums, never as bare literals of its own.
-- * Booleans are 0 and 1 with a CHECK; the SQL of the application says TRUE and FALSE (SQLite reads them as
--   1 and 0), so the partial indexes over archived clients are spelled with FALSE, as the queries are.
-- * The boundary keys of a resource are rows of practice_resource_boundaries instead of a space-separated
--   column.
-- * The dashboard's expression index of 007 is replaced by two columns the application writes with the
--   incident (resolution_hours, address_deadline), held by the same covering index.
-- * No trigger has a subquery in its WHEN (PostgreSQL forbids it): the check moved into the body.
--
-- Tables whose columns change are rebuilt as SQLite documents it (create the new table, copy, drop the old,
-- rename, recreate indexes and triggers). Database runs every step with foreign keys off and checks them with
-- PRAGMA foreign_key_check before it commits. Signed agreements and contracts are copied byte for byte; the
-- triggers that keep them unchangeable are recreated before the step commits.

-- The triggers that read a table rebuilt below; the triggers of a rebuilt table go with it.
DROP TRIGGER clients_delete_agreement_drafts;
DROP TRIGGER incidents_delete_contract_drafts;
DROP TRIGGER policy_version_boundaries_no_late_insert;
DROP TRIGGER policy_version_ladder_no_late_insert;
DROP TRIGGER agreement_discussions_signed_no_insert;
DROP TRIGGER agreement_discussions_signed_no_update;
DROP TRIGGER agreement_discussions_signed_no_delete;
DROP TRIGGER agreement_signatures_signed_no_insert;
DROP TRIGGER agreement_signatures_signed_no_update;
DROP TRIGGER agreement_signatures_signed_no_delete;
DROP TRIGGER agreement_events_signed_no_insert;
DROP TRIGGER agreement_events_signed_no_update;
DROP TRIGGER agreement_events_signed_no_delete;
DROP TRIGGER contract_signatures_signed_no_insert;
DROP TRIGGER contract_signatures_signed_no_update;
DROP TRIGGER contract_signatures_signed_no_delete;
DROP TRIGGER contract_events_signed_no_insert;
DROP TRIGGER contract_events_signed_no_update;
DROP TRIGGER contract_events_signed_no_delete;

-- Clients: the start date NULL when unknown.
CREATE TABLE clients_new (
    id                INTEGER PRIMARY KEY,
    full_name         TEXT    NOT NULL CHECK (length(trim(full_name)) > 0),
    preferred_name    TEXT    NOT NULL DEFAULT '',
    email             TEXT    NOT NULL DEFAULT '',
    phone             TEXT    NOT NULL DEFAULT '',
    preferred_channel TEXT    NOT NULL DEFAULT '',
    status            INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 4),
    start_date        TEXT    CHECK (length(start_date) = 10),
    notes             TEXT    NOT NULL DEFAULT '',
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL,
    archived          INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    -- Case-folded copies written by the application: name_key sorts names, search_key serves type-ahead.
    name_key          TEXT    NOT NULL,
    search_key        TEXT    NOT NULL
);
INSERT INTO clients_new (id, full_name, preferred_name, email, phone, preferred_channel, status, start_date,
                         notes, created_at, updated_at, archived, name_key, search_key)
SELECT id, full_name, preferred_name, email, phone, preferred_channel, status, NULLIF(start_date, ''), notes,
       created_at, updated_at, archived, name_key, search_key
FROM clients;
DROP TABLE clients;
ALTER TABLE clients_new RENAME TO clients;
CREATE INDEX clients_by_name ON clients (name_key, id);
CREATE INDEX clients_by_email ON clients (lower(email), id);
CREATE INDEX clients_by_phone ON clients (phone, id);
CREATE INDEX clients_by_channel ON clients (preferred_channel, id);
CREATE INDEX clients_by_status ON clients (status, id);
CREATE INDEX clients_by_start ON clients (start_date, id);
CREATE INDEX clients_by_updated ON clients (updated_at, id);
CREATE INDEX clients_current_by_name ON clients (name_key, id) WHERE archived = FALSE;
CREATE INDEX clients_current_by_email ON clients (lower(email), id) WHERE archived = FALSE;
CREATE INDEX clients_current_by_phone ON clients (phone, id) WHERE archived = FALSE;
CREATE INDEX clients_current_by_channel ON clients (preferred_channel, id) WHERE archived = FALSE;
CREATE INDEX clients_current_by_status ON clients (status, id) WHERE archived = FALSE;
CREATE INDEX clients_current_by_start ON clients (start_date, id) WHERE archived = FALSE;
CREATE INDEX clients_current_by_updated ON clients (updated_at, id) WHERE archived = FALSE;
CREATE INDEX clients_current_search ON clients (search_key) WHERE archived = FALSE;

-- Agreements: signed_at NULL until signed.
CREATE TABLE agreements_new (
    id             INTEGER PRIMARY KEY,
    document_id    TEXT    NOT NULL UNIQUE CHECK (length(document_id) = 36),
    client_id      INTEGER NOT NULL REFERENCES clients (id),
    client_name    TEXT    NOT NULL,
    status         TEXT    NOT NULL CHECK (status IN ('draft', 'signed')),
    policy_version INTEGER NOT NULL REFERENCES policy_versions (version),
    policy_sha256  TEXT    NOT NULL CHECK (length(policy_sha256) = 64),
    terms_json     TEXT    NOT NULL,
    signing_mode   TEXT    NOT NULL CHECK (signing_mode IN ('electronic', 'paper')),
    consent_given  INTEGER NOT NULL CHECK (consent_given IN (0, 1)),
    consent_text   TEXT    NOT NULL,
    intent_text    TEXT    NOT NULL,
    workstation    TEXT    NOT NULL,
    os_user        TEXT    NOT NULL,
    created_at     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL,
    signed_at      TEXT,
    pdf_sha256     TEXT    NOT NULL DEFAULT '',
    pdf            BLOB,
    CHECK (status = 'draft' OR (length(pdf_sha256) = 64 AND length(pdf) > 0 AND signed_at IS NOT NULL))
);
INSERT INTO agreements_new (id, document_id, client_id, client_name, status, policy_version, policy_sha256,
                            terms_json, signing_mode, consent_given, consent_text, intent_text, workstation,
                            os_user, created_at, updated_at, signed_at, pdf_sha256, pdf)
SELECT id, document_id, client_id, client_name, status, policy_version, policy_sha256, terms_json,
       signing_mode, consent_given, consent_text, intent_text, workstation, os_user, created_at, updated_at,
       NULLIF(signed_at, ''), pdf_sha256, pdf
FROM agreements;
DROP TABLE agreements;
ALTER TABLE agreements_new RENAME TO agreements;
CREATE UNIQUE INDEX agreements_one_draft ON agreements (client_id) WHERE status = 'draft';
CREATE INDEX agreements_client_status ON agreements (client_id, status, policy_version);
CREATE INDEX agreements_pdf_sha256 ON agreements (pdf_sha256) WHERE status = 'signed';

-- Incidents: closed_at and next_due NULL when there is none; the dashboard's two values stored with the row.
CREATE TABLE incidents_new (
    id               INTEGER PRIMARY KEY,
    client_id        INTEGER NOT NULL REFERENCES clients (id),
    occurred_at      TEXT    NOT NULL,
    channel          TEXT    NOT NULL,
    boundary_key     TEXT    NOT NULL CHECK (length(boundary_key) > 0),
    policy_version   INTEGER NOT NULL DEFAULT 0,
    severity         INTEGER NOT NULL DEFAULT 0 CHECK (severity IN (0, 1)),
    description      TEXT    NOT NULL CHECK (length(trim(description)) > 0),
    crossed_by       INTEGER NOT NULL DEFAULT 0 CHECK (crossed_by IN (0, 1)),
    outside_hours    INTEGER NOT NULL DEFAULT 0 CHECK (outside_hours IN (0, 1)),
    outside_channel  INTEGER NOT NULL DEFAULT 0 CHECK (outside_channel IN (0, 1)),
    status           INTEGER NOT NULL DEFAULT 0 CHECK (status IN (0, 1)),
    outcome          TEXT    NOT NULL DEFAULT '',
    closed_at        TEXT,
    current_step     TEXT    NOT NULL DEFAULT '',
    next_action      TEXT    NOT NULL DEFAULT '',
    next_due         TEXT    CHECK (length(next_due) = 10),
    created_at       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL,
    recorded_by      TEXT    NOT NULL DEFAULT '',
    -- Written by the application with the incident: the whole hours from occurrence to closing (rounded half
    -- away from zero; NULL while open), and the moment 24 hours after the occurrence.
    resolution_hours INTEGER,
    address_deadline TEXT    NOT NULL,
    CHECK (status = 0 OR length(trim(outcome)) > 0)
);
INSERT INTO incidents_new (id, client_id, occurred_at, channel, boundary_key, policy_version, severity,
                           description, crossed_by, outside_hours, outside_channel, status, outcome, closed_at,
                           current_step, next_action, next_due, created_at, updated_at, recorded_by,
                           resolution_hours, address_deadline)
SELECT id, client_id, occurred_at, channel, boundary_key, policy_version, severity, description, crossed_by,
       outside_hours, outside_channel, status, outcome, NULLIF(closed_at, ''), current_step, next_action,
       NULLIF(next_due, ''), created_at, updated_at, recorded_by,
       CASE WHEN status = 1 THEN CAST(round((julianday(closed_at) - julianday(occurred_at)) * 24) AS INTEGER)
       END,
       strftime('%Y-%m-%dT%H:%M:%fZ', occurred_at, '+1 day')
FROM incidents;
DROP TABLE incidents;
ALTER TABLE incidents_new RENAME TO incidents;
CREATE INDEX incidents_by_occurred ON incidents (occurred_at);
CREATE INDEX incidents_by_client ON incidents (client_id, occurred_at);
CREATE INDEX incidents_by_boundary ON incidents (boundary_key, occurred_at);
CREATE INDEX incidents_by_channel ON incidents (channel);
CREATE INDEX incidents_by_severity ON incidents (severity);
CREATE INDEX incidents_by_step ON incidents (current_step);
CREATE INDEX incidents_by_status ON incidents (status);
CREATE INDEX incidents_by_next_due ON incidents (next_due);
CREATE INDEX incidents_open_by_due ON incidents (next_due) WHERE status = 0;
-- Every column the dashboard's period statistics group or count by: a year is read from the index alone.
CREATE INDEX incidents_by_period ON incidents (occurred_at, crossed_by, client_id, boundary_key, channel,
                                               outside_hours, status, closed_at, resolution_hours,
                                               address_deadline);

-- Contracts: review_date and signed_at NULL when not set.
CREATE TABLE contracts_new (
    id            INTEGER PRIMARY KEY,
    document_id   TEXT    NOT NULL UNIQUE CHECK (length(document_id) = 36),
    client_id     INTEGER NOT NULL REFERENCES clients (id),
    client_name   TEXT    NOT NULL,
    incident_id   INTEGER NOT NULL REFERENCES incidents (id),
    step_id       INTEGER REFERENCES incident_steps (id),
    status        TEXT    NOT NULL CHECK (status IN ('draft', 'signed')),
    background    TEXT    NOT NULL DEFAULT '',
    appropriate   TEXT    NOT NULL DEFAULT '',
    replacement   TEXT    NOT NULL DEFAULT '',
    goals_json    TEXT    NOT NULL DEFAULT '[]',
    consequences  TEXT    NOT NULL DEFAULT '',
    review_date   TEXT    CHECK (length(review_date) = 10),
    terms_json    TEXT    NOT NULL,
    signing_mode  TEXT    NOT NULL CHECK (signing_mode IN ('electronic', 'paper')),
    consent_given INTEGER NOT NULL CHECK (consent_given IN (0, 1)),
    consent_text  TEXT    NOT NULL,
    intent_text   TEXT    NOT NULL,
    workstation   TEXT    NOT NULL,
    os_user       TEXT    NOT NULL,
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL,
    signed_at     TEXT,
    pdf_sha256    TEXT    NOT NULL DEFAULT '',
    pdf           BLOB,
    CHECK (status = 'draft' OR (length(pdf_sha256) = 64 AND length(pdf) > 0 AND signed_at IS NOT NULL
                                AND step_id IS NOT NULL AND review_date IS NOT NULL))
);
INSERT INTO contracts_new (id, document_id, client_id, client_name, incident_id, step_id, status, background,
                           appropriate, replacement, goals_json, consequences, review_date, terms_json,
                           signing_mode, consent_given, consent_text, intent_text, workstation, os_user,
                           created_at, updated_at, signed_at, pdf_sha256, pdf)
SELECT id, document_id, client_id, client_name, incident_id, step_id, status, background, appropriate,
       replacement, goals_json, consequences, NULLIF(review_date, ''), terms_json, signing_mode,
       consent_given, consent_text, intent_text, workstation, os_user, created_at, updated_at,
       NULLIF(signed_at, ''), pdf_sha256, pdf
FROM contracts;
DROP TABLE contracts;
ALTER TABLE contracts_new RENAME TO contracts;
CREATE UNIQUE INDEX contracts_one_draft ON contracts (incident_id) WHERE status = 'draft';
CREATE INDEX contracts_by_client ON contracts (client_id, status);
CREATE INDEX contracts_pdf_sha256 ON contracts (pdf_sha256) WHERE status = 'signed';

-- The boundary keys of a resource, in the order they were given.
CREATE TABLE practice_resource_boundaries (
    resource_id  INTEGER NOT NULL REFERENCES practice_resources (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    boundary_key TEXT    NOT NULL CHECK (length(boundary_key) > 0),
    PRIMARY KEY (resource_id, boundary_key)
);
CREATE INDEX practice_resource_boundaries_by_key ON practice_resource_boundaries (boundary_key, resource_id);
INSERT INTO practice_resource_boundaries (resource_id, position, boundary_key)
WITH RECURSIVE words (resource_id, position, word, rest) AS (
    SELECT id, -1, '', trim(boundary_keys) || ' ' FROM practice_resources
    UNION ALL
    SELECT resource_id, position + 1, substr(rest, 1, instr(rest, ' ') - 1),
           ltrim(substr(rest, instr(rest, ' ') + 1))
    FROM words WHERE rest <> ''
)
SELECT resource_id, min(position), word FROM words WHERE word <> '' GROUP BY resource_id, word;
ALTER TABLE practice_resources DROP COLUMN boundary_keys;

-- The triggers dropped above, and those of the rebuilt tables, with every check in the body.
CREATE TRIGGER clients_delete_agreement_drafts BEFORE DELETE ON clients
BEGIN
    DELETE FROM agreements WHERE client_id = OLD.id AND status = 'draft';
END;

CREATE TRIGGER policy_version_boundaries_no_late_insert BEFORE INSERT ON policy_version_boundaries
BEGIN
    SELECT RAISE(ABORT, 'a published policy version cannot gain boundaries')
    WHERE EXISTS (SELECT 1 FROM policy_versions WHERE version = NEW.version);
END;

CREATE TRIGGER policy_version_ladder_no_late_insert BEFORE INSERT ON policy_version_ladder
BEGIN
    SELECT RAISE(ABORT, 'a published consequence ladder cannot gain steps')
    WHERE EXISTS (SELECT 1 FROM policy_versions WHERE version = NEW.version);
END;

CREATE TRIGGER agreements_signed_no_update BEFORE UPDATE ON agreements
WHEN OLD.status = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'a signed agreement cannot be changed');
END;

CREATE TRIGGER agreements_signed_no_delete BEFORE DELETE ON agreements
WHEN OLD.status = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'a signed agreement cannot be deleted');
END;

CREATE TRIGGER agreements_no_signed_insert BEFORE INSERT ON agreements
WHEN NEW.status = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'an agreement is signed by finalising its draft');
END;

CREATE TRIGGER agreement_discussions_signed_no_insert BEFORE INSERT ON agreement_discussions
BEGIN
    SELECT RAISE(ABORT, 'a signed agreement cannot be changed')
    WHERE EXISTS (SELECT 1 FROM agreements WHERE id = NEW.agreement_id AND status = 'signed');
END;

CREATE TRIGGER agreement_discussions_signed_no_update BEFORE UPDATE ON agreement_discussions
BEGIN
    SELECT RAISE(ABORT, 'a signed agreement cannot be changed')
    WHERE EXISTS (SELECT 1 FROM agreements WHERE id = OLD.agreement_id AND status = 'signed');
END;

CREATE TRIGGER agreement_discussions_signed_no_delete BEFORE DELETE ON agreement_discussions
BEGIN
    SELECT RAISE(ABORT, 'a signed agreement cannot be changed')
    WHERE EXISTS (SELECT 1 FROM agreements WHERE id = OLD.agreement_id AND status = 'signed');
END;

CREATE TRIGGER agreement_signatures_signed_no_insert BEFORE INSERT ON agreement_signatures
BEGIN
    SELECT RAISE(ABORT, 'a signed agreement cannot be changed')
    WHERE EXISTS (SELECT 1 FROM agreements WHERE id = NEW.agreement_id AND status = 'signed');
END;

CREATE TRIGGER agreement_signatures_signed_no_update BEFORE UPDATE ON agreement_signatures
BEGIN
    SELECT RAISE(ABORT, 'a signature of a signed agreement cannot be changed')
    WHERE EXISTS (SELECT 1 FROM agreements WHERE id = OLD.agreement_id AND status = 'signed');
END;

CREATE TRIGGER agreement_signatures_signed_no_delete BEFORE DELETE ON agreement_signatures
BEGIN
    SELECT RAISE(ABORT, 'a signature of a signed agreement cannot be deleted')
    WHERE EXISTS (SELECT 1 FROM agreements WHERE id = OLD.agreement_id AND status = 'signed');
END;

CREATE TRIGGER agreement_events_signed_no_insert BEFORE INSERT ON agreement_events
BEGIN
    SELECT RAISE(ABORT, 'the timeline of a signed agreement cannot gain events')
    WHERE EXISTS (SELECT 1 FROM agreements WHERE id = NEW.agreement_id AND status = 'signed');
END;

CREATE TRIGGER agreement_events_signed_no_update BEFORE UPDATE ON agreement_events
BEGIN
    SELECT RAISE(ABORT, 'the timeline of a signed agreement cannot be changed')
    WHERE EXISTS (SELECT 1 FROM agreements WHERE id = OLD.agreement_id AND status = 'signed');
END;

CREATE TRIGGER agreement_events_signed_no_delete BEFORE DELETE ON agreement_events
BEGIN
    SELECT RAISE(ABORT, 'the timeline of a signed agreement cannot be changed')
    WHERE EXISTS (SELECT 1 FROM agreements WHERE id = OLD.agreement_id AND status = 'signed');
END;

CREATE TRIGGER incidents_delete_contract_drafts BEFORE DELETE ON incidents
BEGIN
    DELETE FROM contracts WHERE incident_id = OLD.id AND status = 'draft';
END;

CREATE TRIGGER contracts_signed_no_update BEFORE UPDATE ON contracts
WHEN OLD.status = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'a signed contract cannot be changed');
END;

CREATE TRIGGER contracts_signed_no_delete BEFORE DELETE ON contracts
WHEN OLD.status = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'a signed contract cannot be deleted');
END;

CREATE TRIGGER contracts_no_signed_insert BEFORE INSERT ON contracts
WHEN NEW.status = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'a contract is signed by finalising its draft');
END;

CREATE TRIGGER contract_signatures_signed_no_insert BEFORE INSERT ON contract_signatures
BEGIN
    SELECT RAISE(ABORT, 'a signed contract cannot be changed')
    WHERE EXISTS (SELECT 1 FROM contracts WHERE id = NEW.contract_id AND status = 'signed');
END;

CREATE TRIGGER contract_signatures_signed_no_update BEFORE UPDATE ON contract_signatures
BEGIN
    SELECT RAISE(ABORT, 'a signature of a signed contract cannot be changed')
    WHERE EXISTS (SELECT 1 FROM contracts WHERE id = OLD.contract_id AND status = 'signed');
END;

CREATE TRIGGER contract_signatures_signed_no_delete BEFORE DELETE ON contract_signatures
BEGIN
    SELECT RAISE(ABORT, 'a signature of a signed contract cannot be deleted')
    WHERE EXISTS (SELECT 1 FROM contracts WHERE id = OLD.contract_id AND status = 'signed');
END;

CREATE TRIGGER contract_events_signed_no_insert BEFORE INSERT ON contract_events
BEGIN
    SELECT RAISE(ABORT, 'the timeline of a signed contract cannot gain events')
    WHERE EXISTS (SELECT 1 FROM contracts WHERE id = NEW.contract_id AND status = 'signed');
END;

CREATE TRIGGER contract_events_signed_no_update BEFORE UPDATE ON contract_events
BEGIN
    SELECT RAISE(ABORT, 'the timeline of a signed contract cannot be changed')
    WHERE EXISTS (SELECT 1 FROM contracts WHERE id = OLD.contract_id AND status = 'signed');
END;

CREATE TRIGGER contract_events_signed_no_delete BEFORE DELETE ON contract_events
BEGIN
    SELECT RAISE(ABORT, 'the timeline of a signed contract cannot be changed')
    WHERE EXISTS (SELECT 1 FROM contracts WHERE id = OLD.contract_id AND status = 'signed');
END;
