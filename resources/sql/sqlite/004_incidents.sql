-- Boundary Keeper: boundary incidents, the escalation ladder's step records, goal follow-ups and the
-- practice's resource library. Timestamps are UTC ISO-8601 text ending in Z; dates are yyyy-MM-dd text or ''.

CREATE TABLE incidents (
    id              INTEGER PRIMARY KEY,
    -- No cascade: incident records are kept, so a client with incidents cannot be deleted.
    client_id       INTEGER NOT NULL REFERENCES clients (id),
    occurred_at     TEXT    NOT NULL,
    channel         TEXT    NOT NULL,
    boundary_key    TEXT    NOT NULL CHECK (length(boundary_key) > 0),
    -- The published policy version the incident was logged under; 0 when nothing was published yet.
    policy_version  INTEGER NOT NULL DEFAULT 0,
    severity        INTEGER NOT NULL DEFAULT 0 CHECK (severity IN (0, 1)),
    description     TEXT    NOT NULL CHECK (length(trim(description)) > 0),
    crossed_by      INTEGER NOT NULL DEFAULT 0 CHECK (crossed_by IN (0, 1)),
    -- Computed from the communication terms when the incident is logged, and kept as logged.
    outside_hours   INTEGER NOT NULL DEFAULT 0 CHECK (outside_hours IN (0, 1)),
    outside_channel INTEGER NOT NULL DEFAULT 0 CHECK (outside_channel IN (0, 1)),
    status          INTEGER NOT NULL DEFAULT 0 CHECK (status IN (0, 1)),
    outcome         TEXT    NOT NULL DEFAULT '',
    closed_at       TEXT    NOT NULL DEFAULT '',
    -- The furthest ladder step recorded ('' none yet) and what is due next; derived by the application.
    current_step    TEXT    NOT NULL DEFAULT '',
    next_action     TEXT    NOT NULL DEFAULT '',
    next_due        TEXT    NOT NULL DEFAULT '',
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL,
    recorded_by     TEXT    NOT NULL DEFAULT '',
    CHECK (status = 0 OR length(trim(outcome)) > 0)
);

-- One index per sort key, each ending in id (implicitly) so keyset paging walks it without sorting; the
-- client and boundary indexes also serve their filters sorted by time.
CREATE INDEX incidents_by_occurred ON incidents (occurred_at);
CREATE INDEX incidents_by_client ON incidents (client_id, occurred_at);
CREATE INDEX incidents_by_boundary ON incidents (boundary_key, occurred_at);
CREATE INDEX incidents_by_channel ON incidents (channel);
CREATE INDEX incidents_by_severity ON incidents (severity);
CREATE INDEX incidents_by_step ON incidents (current_step);
CREATE INDEX incidents_by_status ON incidents (status);
CREATE INDEX incidents_by_next_due ON incidents (next_due);
-- Follow-ups and the overdue filter look at open incidents only.
CREATE INDEX incidents_open_by_due ON incidents (next_due) WHERE status = 0;

-- What was done on the ladder for an incident. Append-only: a correction is a new row naming the row it
-- corrects. Step-specific data (summary text, contract, resources) is JSON in details.
CREATE TABLE incident_steps (
    id          INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents (id),
    step_key    TEXT    NOT NULL CHECK (length(step_key) > 0),
    happened_at TEXT    NOT NULL,
    note        TEXT    NOT NULL DEFAULT '',
    details     TEXT    NOT NULL DEFAULT '{}',
    corrects_id INTEGER REFERENCES incident_steps (id),
    recorded_at TEXT    NOT NULL,
    recorded_by TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX incident_steps_by_incident ON incident_steps (incident_id, happened_at);
CREATE INDEX incident_steps_by_corrected ON incident_steps (corrects_id) WHERE corrects_id IS NOT NULL;

-- Goals set at the goals step, one follow-up date each. Append-only like the steps.
CREATE TABLE incident_follow_ups (
    id          INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents (id),
    step_id     INTEGER NOT NULL REFERENCES incident_steps (id),
    goal        TEXT    NOT NULL CHECK (length(trim(goal)) > 0),
    due_date    TEXT    NOT NULL CHECK (length(due_date) = 10)
);
CREATE INDEX incident_follow_ups_by_incident ON incident_follow_ups (incident_id, due_date);

-- How a follow-up went. Append-only; a correction names the outcome it corrects.
CREATE TABLE incident_follow_up_outcomes (
    id           INTEGER PRIMARY KEY,
    follow_up_id INTEGER NOT NULL REFERENCES incident_follow_ups (id),
    outcome      INTEGER NOT NULL CHECK (outcome BETWEEN 0 AND 2),
    note         TEXT    NOT NULL DEFAULT '',
    corrects_id  INTEGER REFERENCES incident_follow_up_outcomes (id),
    recorded_at  TEXT    NOT NULL,
    recorded_by  TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX incident_follow_up_outcomes_by_follow_up ON incident_follow_up_outcomes (follow_up_id);

CREATE TRIGGER incident_steps_no_update BEFORE UPDATE ON incident_steps
BEGIN
    SELECT RAISE(ABORT, 'a recorded step cannot be changed; record a correction instead');
END;
CREATE TRIGGER incident_steps_no_delete BEFORE DELETE ON incident_steps
BEGIN
    SELECT RAISE(ABORT, 'a recorded step cannot be deleted');
END;
CREATE TRIGGER incident_follow_ups_no_update BEFORE UPDATE ON incident_follow_ups
BEGIN
    SELECT RAISE(ABORT, 'a recorded follow-up cannot be changed');
END;
CREATE TRIGGER incident_follow_ups_no_delete BEFORE DELETE ON incident_follow_ups
BEGIN
    SELECT RAISE(ABORT, 'a recorded follow-up cannot be deleted');
END;
CREATE TRIGGER incident_follow_up_outcomes_no_update BEFORE UPDATE ON incident_follow_up_outcomes
BEGIN
    SELECT RAISE(ABORT, 'a recorded follow-up outcome cannot be changed; record a correction instead');
END;
CREATE TRIGGER incident_follow_up_outcomes_no_delete BEFORE DELETE ON incident_follow_up_outcomes
BEGIN
    SELECT RAISE(ABORT, 'a recorded follow-up outcome cannot be deleted');
END;

-- The practice's library of training and resources.
CREATE TABLE practice_resources (
    id            INTEGER PRIMARY KEY,
    title         TEXT    NOT NULL CHECK (length(trim(title)) > 0),
    location      TEXT    NOT NULL DEFAULT '', -- a link or a file path
    -- The boundary keys the resource helps with, space-separated.
    boundary_keys TEXT    NOT NULL DEFAULT '',
    created_at    TEXT    NOT NULL
);
