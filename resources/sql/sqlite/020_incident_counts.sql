-- Boundary Keeper: how many incidents each client has, kept by triggers, so that the unfiltered incident list
-- is counted by adding one number per client instead of reading every incident (a million of them on a
-- server took 110-255 ms; see the PostgreSQL migration of the same number, where the counts also follow who
-- may see which client). The list's count is the sum of these rows: IncidentListQuery.

CREATE TABLE client_incident_counts (
    client_id INTEGER PRIMARY KEY REFERENCES clients (id) ON DELETE CASCADE,
    incidents INTEGER NOT NULL CHECK (incidents >= 0)
);

INSERT INTO client_incident_counts (client_id, incidents)
    SELECT client_id, count(*) FROM incidents GROUP BY client_id;

CREATE TRIGGER incidents_counted_insert AFTER INSERT ON incidents BEGIN
    INSERT INTO client_incident_counts (client_id, incidents) VALUES (NEW.client_id, 1)
        ON CONFLICT (client_id) DO UPDATE SET incidents = incidents + 1;
END;
CREATE TRIGGER incidents_counted_delete AFTER DELETE ON incidents BEGIN
    UPDATE client_incident_counts SET incidents = incidents - 1 WHERE client_id = OLD.client_id;
END;
CREATE TRIGGER incidents_counted_move AFTER UPDATE OF client_id ON incidents
    WHEN NEW.client_id IS NOT OLD.client_id BEGIN
    UPDATE client_incident_counts SET incidents = incidents - 1 WHERE client_id = OLD.client_id;
    INSERT INTO client_incident_counts (client_id, incidents) VALUES (NEW.client_id, 1)
        ON CONFLICT (client_id) DO UPDATE SET incidents = incidents + 1;
END;
