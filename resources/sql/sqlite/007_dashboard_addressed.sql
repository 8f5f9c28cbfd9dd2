-- Boundary Keeper: "addressed within 24 hours" and the time to resolution without work per incident.
-- The period index of 006 also holds the two values the dashboard works out for every incident of a period:
-- its hours to resolution and the moment 24 hours after it. SQLite reads an indexed expression from the index
-- instead of computing it when the query spells it exactly the same way, so these two must stay word for word
-- as in DashboardRepository.cpp (a difference only makes the dashboard slower, never wrong).
DROP INDEX incidents_by_period;
CREATE INDEX incidents_by_period ON incidents (occurred_at, crossed_by, client_id, boundary_key, channel,
                                               outside_hours, status, closed_at,
                                               CAST(round((julianday(closed_at) - julianday(occurred_at)) * 24)
                                                    AS INTEGER),
                                               strftime('%Y-%m-%dT%H:%M:%fZ', occurred_at, '+1 day'));
-- An incident's steps of one kind up to a moment, from the index alone (the conversations within 24 hours).
CREATE INDEX incident_steps_by_kind ON incident_steps (incident_id, step_key, happened_at);
