-- Boundary Keeper schema 2: the practice profile, the versioned boundary policy and acknowledgements.
-- Timestamps are UTC ISO-8601 text ending in Z. Times of day are minutes after midnight, in the practice's
-- time zone (practice_profile.time_zone).

-- The practice profile: one row (id = 1), written when the profile is first saved.
CREATE TABLE practice_profile (
    id                   INTEGER PRIMARY KEY CHECK (id = 1),
    name                 TEXT    NOT NULL DEFAULT '',
    contact_line         TEXT    NOT NULL DEFAULT '',
    logo_png             BLOB,
    practitioner_role    TEXT    NOT NULL DEFAULT '',
    client_role          TEXT    NOT NULL DEFAULT '',
    services_offered     TEXT    NOT NULL DEFAULT '',
    services_not_offered TEXT    NOT NULL DEFAULT '',
    time_zone            TEXT    NOT NULL DEFAULT '',
    response_times       TEXT    NOT NULL DEFAULT '',
    emergency_definition TEXT    NOT NULL DEFAULT '',
    emergency_contact    TEXT    NOT NULL DEFAULT '',
    paper_size           TEXT    NOT NULL DEFAULT 'a4' CHECK (paper_size IN ('a4', 'us_letter')),
    updated_at           TEXT    NOT NULL
);

CREATE TABLE practice_practitioners (
    position INTEGER PRIMARY KEY CHECK (position >= 0),
    name     TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    title    TEXT    NOT NULL DEFAULT ''
);

-- weekday: 1 = Monday .. 7 = Sunday (ISO 8601, as Qt::DayOfWeek).
CREATE TABLE practice_hours (
    weekday      INTEGER PRIMARY KEY CHECK (weekday BETWEEN 1 AND 7),
    open         INTEGER NOT NULL CHECK (open IN (0, 1)),
    start_minute INTEGER NOT NULL DEFAULT 0 CHECK (start_minute BETWEEN 0 AND 1440),
    end_minute   INTEGER NOT NULL DEFAULT 0 CHECK (end_minute BETWEEN 0 AND 1440),
    CHECK (open = 0 OR start_minute < end_minute)
);

-- channel: a ContactChannels::key(), e.g. 'text_message'. response_hours 0: no promise in hours.
CREATE TABLE practice_channels (
    channel        TEXT    PRIMARY KEY,
    allowed        INTEGER NOT NULL CHECK (allowed IN (0, 1)),
    response_time  TEXT    NOT NULL DEFAULT '',
    response_hours INTEGER NOT NULL DEFAULT 0 CHECK (response_hours >= 0)
);

-- The draft the practice edits; it holds retired boundaries too, so they can be brought back.
CREATE TABLE policy_draft_boundaries (
    key         TEXT    PRIMARY KEY CHECK (length(key) > 0),
    position    INTEGER NOT NULL,
    title       TEXT    NOT NULL CHECK (length(trim(title)) > 0),
    description TEXT    NOT NULL DEFAULT '',
    appropriate TEXT    NOT NULL DEFAULT '',
    consequence TEXT    NOT NULL DEFAULT '',
    retired     INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1))
);

CREATE TABLE policy_draft_ladder (
    key         TEXT    PRIMARY KEY CHECK (length(key) > 0),
    position    INTEGER NOT NULL,
    title       TEXT    NOT NULL CHECK (length(trim(title)) > 0),
    description TEXT    NOT NULL DEFAULT ''
);

-- Marks that a draft has been saved: without this row the draft is the built-in default policy.
CREATE TABLE policy_draft (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    updated_at TEXT    NOT NULL
);

-- Published versions. canonical_text is the exact text sha256 was computed over (PolicyCanonical).
CREATE TABLE policy_versions (
    version        INTEGER PRIMARY KEY CHECK (version >= 1),
    published_at   TEXT    NOT NULL,
    sha256         TEXT    NOT NULL CHECK (length(sha256) = 64),
    canonical_text TEXT    NOT NULL
);

-- A version's rows are written before its policy_versions row, in the same transaction (deferred keys).
CREATE TABLE policy_version_boundaries (
    version     INTEGER NOT NULL REFERENCES policy_versions (version) DEFERRABLE INITIALLY DEFERRED,
    position    INTEGER NOT NULL,
    key         TEXT    NOT NULL,
    title       TEXT    NOT NULL,
    description TEXT    NOT NULL,
    appropriate TEXT    NOT NULL,
    consequence TEXT    NOT NULL,
    PRIMARY KEY (version, key),
    UNIQUE (version, position)
);

CREATE TABLE policy_version_ladder (
    version     INTEGER NOT NULL REFERENCES policy_versions (version) DEFERRABLE INITIALLY DEFERRED,
    position    INTEGER NOT NULL,
    key         TEXT    NOT NULL,
    title       TEXT    NOT NULL,
    description TEXT    NOT NULL,
    PRIMARY KEY (version, key),
    UNIQUE (version, position)
);

-- A published version is never changed: the database itself refuses, whoever sends the SQL.
CREATE TRIGGER policy_versions_no_update BEFORE UPDATE ON policy_versions
BEGIN
    SELECT RAISE(ABORT, 'a published policy version cannot be changed');
END;

CREATE TRIGGER policy_versions_no_delete BEFORE DELETE ON policy_versions
BEGIN
    SELECT RAISE(ABORT, 'a published policy version cannot be deleted');
END;

CREATE TRIGGER policy_version_boundaries_no_update BEFORE UPDATE ON policy_version_boundaries
BEGIN
    SELECT RAISE(ABORT, 'a boundary of a published policy version cannot be changed');
END;

CREATE TRIGGER policy_version_boundaries_no_delete BEFORE DELETE ON policy_version_boundaries
BEGIN
    SELECT RAISE(ABORT, 'a boundary of a published policy version cannot be deleted');
END;

CREATE TRIGGER policy_version_boundaries_no_late_insert BEFORE INSERT ON policy_version_boundaries
WHEN EXISTS (SELECT 1 FROM policy_versions WHERE version = NEW.version)
BEGIN
    SELECT RAISE(ABORT, 'a published policy version cannot gain boundaries');
END;

CREATE TRIGGER policy_version_ladder_no_update BEFORE UPDATE ON policy_version_ladder
BEGIN
    SELECT RAISE(ABORT, 'the consequence ladder of a published policy version cannot be changed');
END;

CREATE TRIGGER policy_version_ladder_no_delete BEFORE DELETE ON policy_version_ladder
BEGIN
    SELECT RAISE(ABORT, 'the consequence ladder of a published policy version cannot be deleted');
END;

CREATE TRIGGER policy_version_ladder_no_late_insert BEFORE INSERT ON policy_version_ladder
WHEN EXISTS (SELECT 1 FROM policy_versions WHERE version = NEW.version)
BEGIN
    SELECT RAISE(ABORT, 'a published consequence ladder cannot gain steps');
END;

-- That a client acknowledged a published version. Deleting a client deletes their acknowledgements.
CREATE TABLE policy_acknowledgements (
    id              INTEGER PRIMARY KEY,
    client_id       INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    version         INTEGER NOT NULL REFERENCES policy_versions (version),
    acknowledged_at TEXT    NOT NULL,
    -- Also the index on (client_id, version) that the client list's max(version) per client seeks in.
    UNIQUE (client_id, version)
);

CREATE TRIGGER policy_acknowledgements_no_update BEFORE UPDATE ON policy_acknowledgements
BEGIN
    SELECT RAISE(ABORT, 'an acknowledgement cannot be changed');
END;
