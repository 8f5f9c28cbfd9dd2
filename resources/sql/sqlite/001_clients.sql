-- Boundary Keeper schema 1: the client register.
-- Timestamps are UTC ISO-8601 text ending in Z; dates are yyyy-MM-dd text or '' when unknown.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE clients (
    id                INTEGER PRIMARY KEY,
    full_name         TEXT    NOT NULL CHECK (length(trim(full_name)) > 0),
    preferred_name    TEXT    NOT NULL DEFAULT '',
    email             TEXT    NOT NULL DEFAULT '',
    phone             TEXT    NOT NULL DEFAULT '',
    preferred_channel TEXT    NOT NULL DEFAULT '',
    status            INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 4),
    start_date        TEXT    NOT NULL DEFAULT '',
    notes             TEXT    NOT NULL DEFAULT '',
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL,
    archived          INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    -- Case-folded copies written by the application: name_key sorts names, search_key serves type-ahead.
    name_key          TEXT    NOT NULL,
    search_key        TEXT    NOT NULL
);

-- One index per sortable column, ending in id so that keyset paging walks it without sorting.
CREATE INDEX clients_by_name ON clients (name_key, id);
CREATE INDEX clients_by_email ON clients (lower(email), id);
CREATE INDEX clients_by_phone ON clients (phone, id);
CREATE INDEX clients_by_channel ON clients (preferred_channel, id);
CREATE INDEX clients_by_status ON clients (status, id);
CREATE INDEX clients_by_start ON clients (start_date, id);
CREATE INDEX clients_by_updated ON clients (updated_at, id);

-- The register normally hides archived clients. Partial indexes over the others let that list be counted,
-- sorted and paged (also by OFFSET) without reading a table row per skipped client.
CREATE INDEX clients_current_by_name ON clients (name_key, id) WHERE archived = 0;
CREATE INDEX clients_current_by_email ON clients (lower(email), id) WHERE archived = 0;
CREATE INDEX clients_current_by_phone ON clients (phone, id) WHERE archived = 0;
CREATE INDEX clients_current_by_channel ON clients (preferred_channel, id) WHERE archived = 0;
CREATE INDEX clients_current_by_status ON clients (status, id) WHERE archived = 0;
CREATE INDEX clients_current_by_start ON clients (start_date, id) WHERE archived = 0;
CREATE INDEX clients_current_by_updated ON clients (updated_at, id) WHERE archived = 0;
CREATE INDEX clients_current_search ON clients (search_key) WHERE archived = 0;
