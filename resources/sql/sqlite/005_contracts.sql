-- Boundary Keeper schema 5: behavioural contracts, signed like agreements. A contract is made at the contract
-- step of an incident's ladder: a draft can be changed and deleted; once signed (status 'signed') the contract
-- and every row that belongs to it are refused any change by the triggers below, whoever sends the SQL.

CREATE TABLE contracts (
    id            INTEGER PRIMARY KEY,
    document_id   TEXT    NOT NULL UNIQUE CHECK (length(document_id) = 36),
    -- No cascade: incidents and their contracts are kept (a client with incidents cannot be deleted).
    client_id     INTEGER NOT NULL REFERENCES clients (id),
    -- The client's name as it stood on the contract.
    client_name   TEXT    NOT NULL,
    incident_id   INTEGER NOT NULL REFERENCES incidents (id),
    -- The contract step recorded on the incident's ladder when the contract was signed; NULL for a draft.
    step_id       INTEGER REFERENCES incident_steps (id),
    status        TEXT    NOT NULL CHECK (status IN ('draft', 'signed')),
    background    TEXT    NOT NULL DEFAULT '',
    appropriate   TEXT    NOT NULL DEFAULT '',
    replacement   TEXT    NOT NULL DEFAULT '',
    -- The measurable goals as a JSON array of strings, in their order.
    goals_json    TEXT    NOT NULL DEFAULT '[]',
    consequences  TEXT    NOT NULL DEFAULT '',
    review_date   TEXT    NOT NULL DEFAULT '',
    -- The practice profile the contract is printed with (AgreementTerms JSON).
    terms_json    TEXT    NOT NULL,
    signing_mode  TEXT    NOT NULL CHECK (signing_mode IN ('electronic', 'paper')),
    consent_given INTEGER NOT NULL CHECK (consent_given IN (0, 1)),
    consent_text  TEXT    NOT NULL,
    intent_text   TEXT    NOT NULL,
    workstation   TEXT    NOT NULL,
    os_user       TEXT    NOT NULL,
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL,
    signed_at     TEXT    NOT NULL DEFAULT '',
    pdf_sha256    TEXT    NOT NULL DEFAULT '',
    pdf           BLOB,
    CHECK (status = 'draft' OR (length(pdf_sha256) = 64 AND length(pdf) > 0 AND signed_at <> ''
                                AND step_id IS NOT NULL AND length(review_date) = 10))
);

-- At most one draft per incident.
CREATE UNIQUE INDEX contracts_one_draft ON contracts (incident_id) WHERE status = 'draft';
CREATE INDEX contracts_by_client ON contracts (client_id, status);
CREATE INDEX contracts_pdf_sha256 ON contracts (pdf_sha256) WHERE status = 'signed';

-- role: 'client' or 'practitioner'. strokes_json: SignatureStrokes JSON for drawn signatures.
CREATE TABLE contract_signatures (
    contract_id  INTEGER NOT NULL REFERENCES contracts (id) ON DELETE CASCADE,
    role         TEXT    NOT NULL CHECK (role IN ('client', 'practitioner')),
    method       TEXT    NOT NULL CHECK (method IN ('drawn', 'typed', 'paper')),
    signer_name  TEXT    NOT NULL,
    signed_at    TEXT    NOT NULL,
    strokes_json TEXT    NOT NULL DEFAULT '',
    typed_name   TEXT    NOT NULL DEFAULT '',
    image_png    BLOB,
    paper_note   TEXT    NOT NULL DEFAULT '',
    scan         BLOB,
    scan_mime    TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (contract_id, role)
);

CREATE TABLE contract_events (
    contract_id INTEGER NOT NULL REFERENCES contracts (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    at          TEXT    NOT NULL,
    kind        TEXT    NOT NULL,
    detail      TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (contract_id, position)
);

-- Deleting an incident takes its contract draft with it; a signed contract makes the delete fail.
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
WHEN (SELECT status FROM contracts WHERE id = NEW.contract_id) = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'a signed contract cannot be changed');
END;

CREATE TRIGGER contract_signatures_signed_no_update BEFORE UPDATE ON contract_signatures
WHEN (SELECT status FROM contracts WHERE id = OLD.contract_id) = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'a signature of a signed contract cannot be changed');
END;

CREATE TRIGGER contract_signatures_signed_no_delete BEFORE DELETE ON contract_signatures
WHEN (SELECT status FROM contracts WHERE id = OLD.contract_id) = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'a signature of a signed contract cannot be deleted');
END;

CREATE TRIGGER contract_events_signed_no_insert BEFORE INSERT ON contract_events
WHEN (SELECT status FROM contracts WHERE id = NEW.contract_id) = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'the timeline of a signed contract cannot gain events');
END;

CREATE TRIGGER contract_events_signed_no_update BEFORE UPDATE ON contract_events
WHEN (SELECT status FROM contracts WHERE id = OLD.contract_id) = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'the timeline of a signed contract cannot be changed');
END;

CREATE TRIGGER contract_events_signed_no_delete BEFORE DELETE ON contract_events
WHEN (SELECT status FROM contracts WHERE id = OLD.contract_id) = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'the timeline of a signed contract cannot be changed');
END;
