-- Boundary Keeper schema 19 for PostgreSQL 15: a practitioner who leaves the practice is deactivated, and the
-- server keeps the practice whole by itself, whoever sends the UPDATE: no client is left with an inactive
-- responsible practitioner (their clients are handed over first, in the same transaction), and the practice
-- keeps an active owner. Deactivating also ends the role's sign-in (the application does that: NOLOGIN, out
-- of the practice's group roles); their rows stay and keep their name. Only owners may update practitioners
-- at all (the grants), so a practitioner or an administrator cannot deactivate anyone.
-- The function runs with the tables' owner's rights so that row-level security hides no client from the check.
CREATE FUNCTION practitioners_keep_practice() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    IF OLD.active AND NOT NEW.active
       AND EXISTS (SELECT 1 FROM clients WHERE responsible_practitioner_id = OLD.id) THEN
        RAISE EXCEPTION '%', 'a practitioner responsible for clients is deactivated only after handing them over';
    END IF;
    IF OLD.active AND OLD.practice_role = 'owner' AND NOT (NEW.active AND NEW.practice_role = 'owner')
       AND NOT EXISTS (SELECT 1 FROM practitioners
                       WHERE id <> OLD.id AND active AND practice_role = 'owner') THEN
        RAISE EXCEPTION '%', 'the practice keeps at least one active owner';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER practitioners_keep_practice BEFORE UPDATE OF active, practice_role ON practitioners
    FOR EACH ROW EXECUTE FUNCTION practitioners_keep_practice();
