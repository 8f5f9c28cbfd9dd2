-- Boundary Keeper: a saved copy of the client list's search index (ClientSearchIndex), so that the first search
-- after opening a large practice is answered in memory instead of by `search_key LIKE` over every client. It is
-- derived data: valid only at the audit trail's event it was made at (changes_seen) and brought up to date
-- from there through the trail, like the index the window keeps; the window writes it after reading the whole
-- index, never a command. A file has one (role_name is the empty text; on a server each role has its own).
--
-- It holds names: erasing a client (erased_at set) or deleting one deletes it in the same transaction, so an
-- erased name never outlives the erasure here. It is a cache: exports leave it out.

CREATE TABLE client_search_snapshots (
    role_name TEXT PRIMARY KEY NOT NULL DEFAULT '' CHECK (role_name = ''),
    changes_seen INTEGER NOT NULL,
    data BLOB NOT NULL
);

CREATE TRIGGER clients_deleted_forget_search_snapshots AFTER DELETE ON clients BEGIN
    DELETE FROM client_search_snapshots;
END;
CREATE TRIGGER clients_erased_forget_search_snapshots AFTER UPDATE OF erased_at ON clients
    WHEN NEW.erased_at IS NOT NULL BEGIN
    DELETE FROM client_search_snapshots;
END;
