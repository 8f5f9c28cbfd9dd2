-- Boundary Keeper: the dashboard's period statistics. One index holds every column they group or count by,
-- so a year of incidents is read from the index alone, in time order, without a table row per incident.
CREATE INDEX incidents_by_period ON incidents (occurred_at, crossed_by, client_id, boundary_key, channel,
                                               outside_hours, status, closed_at);
