-- Boundary Keeper: who works in the practice. Every client has a responsible practitioner and may be shared
-- with others; clients and incidents record who created them and who changed them last. A file is a solo
-- practice: nothing here is enforced on it (the one practitioner is the computer's user, an owner); a practice
-- server enforces the same rules itself (see the PostgreSQL migration of the same number).

-- login: the PostgreSQL role on a server, the computer's user name on a file. practice_role decides what a
-- practitioner may do (README, "Who may do what").
CREATE TABLE practitioners (
    id            INTEGER PRIMARY KEY,
    login         TEXT    NOT NULL UNIQUE,
    display_name  TEXT    NOT NULL DEFAULT '',
    practice_role TEXT    NOT NULL CHECK (practice_role IN ('owner', 'practitioner', 'administrator')),
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at    TEXT    NOT NULL
);

-- The practitioner who kept the file until now. Their login is not known to SQL: the application fills it in
-- with the computer's user name when it next opens the file for writing (an empty login is that placeholder).
INSERT INTO practitioners (id, login, display_name, practice_role, active, created_at)
VALUES (1, '', '', 'owner', 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

-- Existing rows belong to that practitioner: the default fills them without rewriting the tables (a million
-- incidents would take minutes), and the application names the practitioner in every row it writes.
ALTER TABLE clients ADD COLUMN responsible_practitioner_id INTEGER DEFAULT 1 REFERENCES practitioners (id);
ALTER TABLE clients ADD COLUMN created_by INTEGER DEFAULT 1 REFERENCES practitioners (id);
ALTER TABLE clients ADD COLUMN changed_by INTEGER DEFAULT 1 REFERENCES practitioners (id);
ALTER TABLE incidents ADD COLUMN created_by INTEGER DEFAULT 1 REFERENCES practitioners (id);
ALTER TABLE incidents ADD COLUMN changed_by INTEGER DEFAULT 1 REFERENCES practitioners (id);
-- Whose private reflection an entry is.
ALTER TABLE reflection_entries ADD COLUMN created_by INTEGER DEFAULT 1 REFERENCES practitioners (id);
CREATE INDEX clients_by_responsible ON clients (responsible_practitioner_id, id);

-- A client shared with a practitioner other than the responsible one. Deleting the client ends the sharing.
CREATE TABLE client_shares (
    client_id       INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    practitioner_id INTEGER NOT NULL REFERENCES practitioners (id),
    PRIMARY KEY (client_id, practitioner_id)
);
CREATE INDEX client_shares_by_practitioner ON client_shares (practitioner_id, client_id);
