-- Boundary Keeper schema 22 for PostgreSQL 15: what SQLite's 022_search_snapshot.sql adds, under the same
-- names and with the same meaning.
--
-- A saved copy of the client list's search index, one per role: the index holds the clients the role sees
-- (row-level security on clients), so a role reads and writes its own copy only. Erasing or deleting a client
-- deletes every role's copy in the same transaction, through a function with the tables' owner's rights
-- (row-level security would hide the other roles' copies from the role that erases).

CREATE TABLE client_search_snapshots (
    role_name text PRIMARY KEY DEFAULT current_user,
    changes_seen bigint NOT NULL,
    data bytea NOT NULL
);
-- Several megabytes that hardly compress (ids, offsets, folded keys): stored out of line as they are, so that
-- reading it is not also decompressing it.
ALTER TABLE client_search_snapshots ALTER COLUMN data SET STORAGE EXTERNAL;

ALTER TABLE client_search_snapshots ENABLE ROW LEVEL SECURITY;
CREATE POLICY client_search_snapshots_own ON client_search_snapshots
    USING (role_name = current_user) WITH CHECK (role_name = current_user);

CREATE FUNCTION clients_forget_search_snapshots() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    DELETE FROM client_search_snapshots;
    RETURN NULL;
END;
$$;
CREATE TRIGGER clients_deleted_forget_search_snapshots AFTER DELETE ON clients
    FOR EACH ROW EXECUTE FUNCTION clients_forget_search_snapshots();
CREATE TRIGGER clients_erased_forget_search_snapshots AFTER UPDATE OF erased_at ON clients
    FOR EACH ROW WHEN (NEW.erased_at IS NOT NULL) EXECUTE FUNCTION clients_forget_search_snapshots();
