-- Boundary Keeper schema 20 for PostgreSQL 15: what SQLite's 020_incident_counts.sql adds, under the same
-- names and with the same meaning.
--
-- How many incidents each client has, kept by a trigger: PostgreSQL counts a million incidents by reading every
-- entry of an index (110-255 ms on a loaded machine), while the unfiltered incident list only needs the sum of
-- one row per client (a few milliseconds at 100,000 clients). The counts are client content and follow the
-- incidents' rule of who sees what: a practitioner's sum is over the clients they see, which makes it their
-- incident list's count exactly. Only the trigger writes them, with the tables' owner's rights (practitioners
-- are granted SELECT alone).

CREATE TABLE client_incident_counts (
    client_id bigint PRIMARY KEY REFERENCES clients (id) ON DELETE CASCADE,
    incidents bigint NOT NULL CHECK (incidents >= 0)
);

INSERT INTO client_incident_counts (client_id, incidents)
    SELECT client_id, count(*) FROM incidents GROUP BY client_id;

ALTER TABLE client_incident_counts ENABLE ROW LEVEL SECURITY;
CREATE POLICY client_incident_counts_of_client ON client_incident_counts FOR SELECT USING (
    (SELECT bk_is_owner()) OR client_id IN (SELECT c.id FROM clients c));

-- A writer updates its clients' rows, which it holds until it commits. It already holds the audit trail's lock
-- by then (incidents_audit fires before incidents_counted, in the order of their names), so writers take
-- these rows one after the other and never wait for each other in a circle.
CREATE FUNCTION incidents_counted() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.client_id = NEW.client_id THEN
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE client_incident_counts SET incidents = incidents - 1 WHERE client_id = OLD.client_id;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        INSERT INTO client_incident_counts AS k (client_id, incidents) VALUES (NEW.client_id, 1)
            ON CONFLICT (client_id) DO UPDATE SET incidents = k.incidents + 1;
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER incidents_counted AFTER INSERT OR DELETE OR UPDATE OF client_id ON incidents
    FOR EACH ROW EXECUTE FUNCTION incidents_counted();
