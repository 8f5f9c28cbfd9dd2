-- Boundary Keeper: when something personal affects the service, and the monthly reflection. A period of
-- reduced availability with its private reason, the notices sent to the clients it affects, the due dates
-- moved out of it (each move kept beside the original date), and the practitioner's monthly reflections.
-- Dates are yyyy-MM-dd text, timestamps UTC ISO-8601 text ending in Z.

CREATE TABLE availability_periods (
    id             INTEGER PRIMARY KEY,
    starts_on      TEXT    NOT NULL CHECK (length(starts_on) = 10),
    ends_on        TEXT    NOT NULL CHECK (length(ends_on) = 10 AND ends_on >= starts_on),
    no_sessions    INTEGER NOT NULL CHECK (no_sessions IN (0, 1)),
    slower_replies INTEGER NOT NULL CHECK (slower_replies IN (0, 1)),
    -- The colleague covering and how to reach them; NULL: nobody covers.
    covered_by     TEXT    CHECK (covered_by IS NULL OR length(trim(covered_by)) > 0),
    covered_contact TEXT   CHECK (covered_contact IS NULL OR length(trim(covered_contact)) > 0),
    -- Private: never part of a notice.
    reason         TEXT    NOT NULL CHECK (reason IN ('illness', 'family', 'bereavement', 'workplace', 'other')),
    created_at     TEXT    NOT NULL,
    created_by     INTEGER REFERENCES practitioners (id)
);
CREATE INDEX availability_periods_by_start ON availability_periods (starts_on, id);

-- A notice recorded as sent to a client, with the text exactly as sent.
CREATE TABLE availability_notices (
    id         INTEGER PRIMARY KEY,
    period_id  INTEGER NOT NULL REFERENCES availability_periods (id) ON DELETE CASCADE,
    client_id  INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    sent_at    TEXT    NOT NULL,
    method     TEXT    NOT NULL CHECK (method IN ('pdf', 'clipboard', 'email')),
    body       TEXT    NOT NULL CHECK (length(trim(body)) > 0),
    created_by INTEGER REFERENCES practitioners (id)
);
CREATE INDEX availability_notices_by_period ON availability_notices (period_id, client_id);
CREATE INDEX availability_notices_by_client ON availability_notices (client_id);

-- An incident's due date moved: append-only, the date it had before kept with each move.
CREATE TABLE incident_due_moves (
    id          INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    period_id   INTEGER REFERENCES availability_periods (id) ON DELETE SET NULL,
    original_due TEXT   NOT NULL CHECK (length(original_due) = 10),
    moved_to    TEXT    NOT NULL CHECK (length(moved_to) = 10),
    moved_at    TEXT    NOT NULL,
    created_by  INTEGER REFERENCES practitioners (id)
);
CREATE INDEX incident_due_moves_by_incident ON incident_due_moves (incident_id, id);
CREATE TRIGGER incident_due_moves_no_update BEFORE UPDATE OF incident_id, original_due, moved_to, moved_at
ON incident_due_moves BEGIN
    SELECT RAISE(ABORT, 'a recorded move of a due date cannot be changed');
END;

-- The monthly reflection: reflected on (with the answers) or skipped, once per practitioner and month.
CREATE TABLE monthly_reflections (
    id         INTEGER PRIMARY KEY,
    month      TEXT    NOT NULL CHECK (length(month) = 7),
    skipped    INTEGER NOT NULL CHECK (skipped IN (0, 1)),
    answers    TEXT    NOT NULL DEFAULT '[]',
    recorded_at TEXT   NOT NULL,
    created_by INTEGER REFERENCES practitioners (id)
);
CREATE UNIQUE INDEX monthly_reflections_one_per_month ON monthly_reflections (created_by, month);
CREATE INDEX monthly_reflections_by_month ON monthly_reflections (month);
