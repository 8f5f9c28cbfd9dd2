-- Boundary Keeper: every change to a record edited in place raises its row version by exactly one. The version
-- is how a save notices that the record changed since it was opened, and how a connection knows that the
-- practice profile it keeps is still current; a change that left it as it was would go unnoticed. Every
-- change the application makes raises it. (On a server the same rule raises it by itself for a change made
-- with psql; SQLite's triggers cannot change the row being written, so here such a change is refused.)

CREATE TRIGGER clients_row_version_rises BEFORE UPDATE ON clients
WHEN NEW.row_version IS NOT OLD.row_version + 1
BEGIN
    SELECT RAISE(ABORT, 'every change to a client raises row_version by one');
END;

CREATE TRIGGER practice_profile_row_version_rises BEFORE UPDATE ON practice_profile
WHEN NEW.row_version IS NOT OLD.row_version + 1
BEGIN
    SELECT RAISE(ABORT, 'every change to the practice profile raises row_version by one');
END;
