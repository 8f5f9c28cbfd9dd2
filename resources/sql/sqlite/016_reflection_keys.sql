-- Boundary Keeper: a moved due date belongs to what it moved, and the practitioner's reflection is audited.
--
-- A move of a due date names the record the date came from: the goal follow-up (with the goals entry that set
-- it), or the step entry the next step or a contract's review is counted from; neither for the first step of
-- an incident without any entry yet. Until now a move applied to whatever fell due on its original date, so a
-- different action due that same day moved too. Moves made before are given the record the incident's
-- position named when they were made: a goal due on that day without an outcome by then, else a behavioural
-- contract reviewed that day, else the latest step entry recorded by then.
ALTER TABLE incident_due_moves ADD COLUMN follow_up_id INTEGER REFERENCES incident_follow_ups (id) ON DELETE CASCADE;
ALTER TABLE incident_due_moves ADD COLUMN step_id INTEGER REFERENCES incident_steps (id) ON DELETE CASCADE;

-- Every row is updated, so that each records its new state in the audit trail.
UPDATE incident_due_moves SET follow_up_id = (
    SELECT f.id FROM incident_follow_ups f
    WHERE f.incident_id = incident_due_moves.incident_id AND f.due_date = incident_due_moves.original_due
      AND NOT EXISTS (SELECT 1 FROM incident_follow_up_outcomes o
                      WHERE o.follow_up_id = f.id AND o.recorded_at <= incident_due_moves.moved_at)
    ORDER BY f.id LIMIT 1);
UPDATE incident_due_moves SET step_id = coalesce(
    (SELECT f.step_id FROM incident_follow_ups f WHERE f.id = incident_due_moves.follow_up_id),
    (SELECT s.id FROM incident_steps s
     WHERE s.incident_id = incident_due_moves.incident_id AND s.step_key = 'behavioural_contract'
       AND json_extract(s.details, '$.review_date') = incident_due_moves.original_due
       AND s.recorded_at <= incident_due_moves.moved_at
     ORDER BY s.happened_at DESC, s.id DESC LIMIT 1),
    (SELECT s.id FROM incident_steps s
     WHERE s.incident_id = incident_due_moves.incident_id AND s.recorded_at <= incident_due_moves.moved_at
     ORDER BY s.happened_at DESC, s.id DESC LIMIT 1));
CREATE INDEX incident_due_moves_by_follow_up ON incident_due_moves (follow_up_id) WHERE follow_up_id IS NOT NULL;
CREATE INDEX incident_due_moves_by_step ON incident_due_moves (step_id) WHERE step_id IS NOT NULL;

-- The practitioner's reflection entries and monthly reflections are records like the others: each change
-- appends an event (digests and references only, never their text), and an entry edited or deleted is named.
INSERT INTO audit_tables (table_name, key_columns) VALUES
    ('reflection_entries', 'id'),
    ('monthly_reflections', 'id');

CREATE TRIGGER reflection_entries_audit_insert AFTER INSERT ON reflection_entries BEGIN
    INSERT INTO audit_append VALUES ('reflection_entries', 'insert', NEW.id, NEW.rowid);
END;
CREATE TRIGGER reflection_entries_audit_update AFTER UPDATE ON reflection_entries BEGIN
    INSERT INTO audit_append SELECT 'reflection_entries', 'delete', OLD.id, NULL WHERE (OLD.id) IS NOT (NEW.id);
    INSERT INTO audit_append VALUES ('reflection_entries', 'update', NEW.id, NEW.rowid);
END;
CREATE TRIGGER reflection_entries_audit_delete AFTER DELETE ON reflection_entries BEGIN
    INSERT INTO audit_append VALUES ('reflection_entries', 'delete', OLD.id, NULL);
END;
INSERT INTO audit_append SELECT 'reflection_entries', 'baseline', id, rowid FROM reflection_entries ORDER BY rowid;

CREATE TRIGGER monthly_reflections_audit_insert AFTER INSERT ON monthly_reflections BEGIN
    INSERT INTO audit_append VALUES ('monthly_reflections', 'insert', NEW.id, NEW.rowid);
END;
CREATE TRIGGER monthly_reflections_audit_update AFTER UPDATE ON monthly_reflections BEGIN
    INSERT INTO audit_append SELECT 'monthly_reflections', 'delete', OLD.id, NULL WHERE (OLD.id) IS NOT (NEW.id);
    INSERT INTO audit_append VALUES ('monthly_reflections', 'update', NEW.id, NEW.rowid);
END;
CREATE TRIGGER monthly_reflections_audit_delete AFTER DELETE ON monthly_reflections BEGIN
    INSERT INTO audit_append VALUES ('monthly_reflections', 'delete', OLD.id, NULL);
END;
INSERT INTO audit_append SELECT 'monthly_reflections', 'baseline', id, rowid FROM monthly_reflections ORDER BY rowid;
