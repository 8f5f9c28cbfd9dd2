-- Boundary Keeper schema 10 for PostgreSQL 15: what SQLite's 010_row_versions.sql adds, under the same names
-- and with the same meaning.
--
-- Row versions for records edited in place, so that no save silently overwrites another. Every save of such a
-- record is conditional on the version it was read at and adds one to it; a save that finds another version
-- was read before someone else's save and is refused (the application then shows both side by side). Records
-- that exist already start at version 1.

ALTER TABLE clients ADD COLUMN row_version integer NOT NULL DEFAULT 1 CHECK (row_version >= 1);
ALTER TABLE practice_profile ADD COLUMN row_version integer NOT NULL DEFAULT 1 CHECK (row_version >= 1);
