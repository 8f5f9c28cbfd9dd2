-- Boundary Keeper schema 16 for PostgreSQL 15: what SQLite's 016_reflection_keys.sql adds, under the same
-- names and with the same meaning.
--
-- A move of a due date names the record the date came from: the goal follow-up (with the goals entry that set
-- it), or the step entry the next step or a contract's review is counted from; neither for the first step of
-- an incident without any entry yet. Until now a move applied to whatever fell due on its original date, so a
-- different action due that same day moved too. Moves made before are given the record the incident's
-- position named when they were made: a goal due on that day without an outcome by then, else a behavioural
-- contract reviewed that day, else the latest step entry recorded by then.
ALTER TABLE incident_due_moves ADD COLUMN follow_up_id bigint REFERENCES incident_follow_ups (id) ON DELETE CASCADE;
ALTER TABLE incident_due_moves ADD COLUMN step_id bigint REFERENCES incident_steps (id) ON DELETE CASCADE;

-- Every row is updated, so that each records its new state in the audit trail.
UPDATE incident_due_moves m SET follow_up_id = (
    SELECT f.id FROM incident_follow_ups f
    WHERE f.incident_id = m.incident_id AND f.due_date = m.original_due
      AND NOT EXISTS (SELECT 1 FROM incident_follow_up_outcomes o
                      WHERE o.follow_up_id = f.id AND o.recorded_at <= m.moved_at)
    ORDER BY f.id LIMIT 1);
UPDATE incident_due_moves m SET step_id = coalesce(
    (SELECT f.step_id FROM incident_follow_ups f WHERE f.id = m.follow_up_id),
    (SELECT s.id FROM incident_steps s
     WHERE s.incident_id = m.incident_id AND s.step_key = 'behavioural_contract'
       AND s.details::jsonb ->> 'review_date' = to_char(m.original_due, 'YYYY-MM-DD')
       AND s.recorded_at <= m.moved_at
     ORDER BY s.happened_at DESC, s.id DESC LIMIT 1),
    (SELECT s.id FROM incident_steps s
     WHERE s.incident_id = m.incident_id AND s.recorded_at <= m.moved_at
     ORDER BY s.happened_at DESC, s.id DESC LIMIT 1));
CREATE INDEX incident_due_moves_by_follow_up ON incident_due_moves (follow_up_id) WHERE follow_up_id IS NOT NULL;
CREATE INDEX incident_due_moves_by_step ON incident_due_moves (step_id) WHERE step_id IS NOT NULL;

-- The practitioner's reflection entries and monthly reflections are records like the others: each change
-- appends an event (digests and references only, never their text), and an entry edited or deleted is named.
INSERT INTO audit_tables (table_name, key_columns) VALUES
    ('reflection_entries', 'id'),
    ('monthly_reflections', 'id');
CREATE TRIGGER reflection_entries_audit AFTER INSERT OR UPDATE OR DELETE ON reflection_entries
    FOR EACH ROW EXECUTE FUNCTION bk_audit_row('id');
CREATE TRIGGER monthly_reflections_audit AFTER INSERT OR UPDATE OR DELETE ON monthly_reflections
    FOR EACH ROW EXECUTE FUNCTION bk_audit_row('id');
SELECT bk_audit_append('reflection_entries', 'baseline', bk_record_key(to_jsonb(r), 'id'), bk_row_digest(r))
FROM reflection_entries AS r;
SELECT bk_audit_append('monthly_reflections', 'baseline', bk_record_key(to_jsonb(r), 'id'), bk_row_digest(r))
FROM monthly_reflections AS r;
