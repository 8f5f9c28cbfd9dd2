-- Boundary Keeper schema 3: boundary agreements, their discussions, signatures and timelines.
-- A draft can be changed and deleted; once signed (status 'signed') the agreement and every row that
-- belongs to it are refused any change by the triggers below, whoever sends the SQL.

CREATE TABLE agreements (
    id             INTEGER PRIMARY KEY,
    document_id    TEXT    NOT NULL UNIQUE CHECK (length(document_id) = 36),
    -- No cascade: a client with a signed agreement cannot be deleted (drafts go with the client, below).
    client_id      INTEGER NOT NULL REFERENCES clients (id),
    -- The client's name as it stood on the agreement.
    client_name    TEXT    NOT NULL,
    status         TEXT    NOT NULL CHECK (status IN ('draft', 'signed')),
    policy_version INTEGER NOT NULL REFERENCES policy_versions (version),
    policy_sha256  TEXT    NOT NULL CHECK (length(policy_sha256) = 64),
    -- The practice profile as it applies to this client (AgreementTerms JSON).
    terms_json     TEXT    NOT NULL,
    signing_mode   TEXT    NOT NULL CHECK (signing_mode IN ('electronic', 'paper')),
    consent_given  INTEGER NOT NULL CHECK (consent_given IN (0, 1)),
    consent_text   TEXT    NOT NULL,
    intent_text    TEXT    NOT NULL,
    workstation    TEXT    NOT NULL,
    os_user        TEXT    NOT NULL,
    created_at     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL,
    signed_at      TEXT    NOT NULL DEFAULT '',
    pdf_sha256     TEXT    NOT NULL DEFAULT '',
    pdf            BLOB,
    CHECK (status = 'draft' OR (length(pdf_sha256) = 64 AND length(pdf) > 0 AND signed_at <> ''))
);

-- At most one draft per client; the client list's status subqueries seek in the second index.
CREATE UNIQUE INDEX agreements_one_draft ON agreements (client_id) WHERE status = 'draft';
CREATE INDEX agreements_client_status ON agreements (client_id, status, policy_version);
CREATE INDEX agreements_pdf_sha256 ON agreements (pdf_sha256) WHERE status = 'signed';

CREATE TABLE agreement_discussions (
    agreement_id INTEGER NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    boundary_key TEXT    NOT NULL,
    discussed    INTEGER NOT NULL CHECK (discussed IN (0, 1)),
    questions    TEXT    NOT NULL DEFAULT '',
    answers      TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (agreement_id, boundary_key)
);

-- role: 'client' or 'practitioner'. strokes_json: SignatureStrokes JSON for drawn signatures.
CREATE TABLE agreement_signatures (
    agreement_id INTEGER NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
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
    PRIMARY KEY (agreement_id, role)
);

CREATE TABLE agreement_events (
    agreement_id INTEGER NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    at           TEXT    NOT NULL,
    kind         TEXT    NOT NULL,
    detail       TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (agreement_id, position)
);

-- Deleting a client takes their draft with them; a signed agreement makes the delete fail (foreign key).
CREATE TRIGGER clients_delete_agreement_drafts BEFORE DELETE ON clients
BEGIN
    DELETE FROM agreements WHERE client_id = OLD.id AND status = 'draft';
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
WHEN (SELECT status FROM agreements WHERE id = NEW.agreement_id) = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'a signed agreement cannot be changed');
END;

CREATE TRIGGER agreement_discussions_signed_no_update BEFORE UPDATE ON agreement_discussions
WHEN (SELECT status FROM agreements WHERE id = OLD.agreement_id) = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'a signed agreement cannot be changed');
END;

CREATE TRIGGER agreement_discussions_signed_no_delete BEFORE DELETE ON agreement_discussions
WHEN (SELECT status FROM agreements WHERE id = OLD.agreement_id) = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'a signed agreement cannot be changed');
END;

CREATE TRIGGER agreement_signatures_signed_no_insert BEFORE INSERT ON agreement_signatures
WHEN (SELECT status FROM agreements WHERE id = NEW.agreement_id) = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'a signed agreement cannot be changed');
END;

CREATE TRIGGER agreement_signatures_signed_no_update BEFORE UPDATE ON agreement_signatures
WHEN (SELECT status FROM agreements WHERE id = OLD.agreement_id) = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'a signature of a signed agreement cannot be changed');
END;

CREATE TRIGGER agreement_signatures_signed_no_delete BEFORE DELETE ON agreement_signatures
WHEN (SELECT status FROM agreements WHERE id = OLD.agreement_id) = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'a signature of a signed agreement cannot be deleted');
END;

CREATE TRIGGER agreement_events_signed_no_insert BEFORE INSERT ON agreement_events
WHEN (SELECT status FROM agreements WHERE id = NEW.agreement_id) = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'the timeline of a signed agreement cannot gain events');
END;

CREATE TRIGGER agreement_events_signed_no_update BEFORE UPDATE ON agreement_events
WHEN (SELECT status FROM agreements WHERE id = OLD.agreement_id) = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'the timeline of a signed agreement cannot be changed');
END;

CREATE TRIGGER agreement_events_signed_no_delete BEFORE DELETE ON agreement_events
WHEN (SELECT status FROM agreements WHERE id = OLD.agreement_id) = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'the timeline of a signed agreement cannot be changed');
END;
