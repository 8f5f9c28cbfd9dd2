-- Boundary Keeper: the practitioner's own side of the boundary. Private reflection entries (a disclosure check
-- taken before sharing something personal, and what was decided) and the phrases that turn a conversation
-- back to the client's agenda. Neither is ever part of anything a client receives. Unknown values are NULL;
-- dates are yyyy-MM-dd text, timestamps UTC ISO-8601 text ending in Z.

CREATE TABLE reflection_entries (
    id                    INTEGER PRIMARY KEY,
    -- NULL: the entry concerns no particular client. Deleting a client erases everything kept about them,
    -- the practitioner's notes on them included.
    client_id             INTEGER REFERENCES clients (id) ON DELETE CASCADE,
    entry_date            TEXT    NOT NULL CHECK (length(entry_date) = 10),
    -- The check's five answers, each asked so that 1 speaks for sharing; NULL: "not sure".
    serves_client         INTEGER CHECK (serves_client IN (0, 1)),
    relevant_to_goal      INTEGER CHECK (relevant_to_goal IN (0, 1)),
    brief                 INTEGER CHECK (brief IN (0, 1)),
    focus_returns         INTEGER CHECK (focus_returns IN (0, 1)),
    comfortable_in_record INTEGER CHECK (comfortable_in_record IN (0, 1)),
    -- What the check recommended from those answers when the entry was made, and what the practitioner did.
    recommendation        TEXT    NOT NULL CHECK (recommendation IN ('go_ahead', 'better_not', 'supervisor')),
    decision              TEXT    NOT NULL CHECK (decision IN ('shared', 'held_back', 'supervisor')),
    note                  TEXT    CHECK (note IS NULL OR length(trim(note)) > 0),
    recorded_at           TEXT    NOT NULL
);
-- The list is newest first, for every client or for one.
CREATE INDEX reflection_entries_by_date ON reflection_entries (entry_date);
CREATE INDEX reflection_entries_by_client ON reflection_entries (client_id, entry_date);

-- The practitioner's phrases for turning a conversation back to the client, in the order they are offered.
-- Until the practitioner saves their own, the application offers its defaults (meta key redirect_phrases).
CREATE TABLE redirect_phrases (
    id       INTEGER PRIMARY KEY,
    position INTEGER NOT NULL UNIQUE CHECK (position >= 0),
    phrase   TEXT    NOT NULL CHECK (length(trim(phrase)) > 0)
);
