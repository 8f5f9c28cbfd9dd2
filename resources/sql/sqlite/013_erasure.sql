-- Boundary Keeper: erasing a client's personal data on request (ClientService::erase). The client's row stays,
-- so that incident counts and the history stay true, with its personal fields overwritten and the erasure
-- recorded on it. Recorded steps, follow-ups and their outcomes stay append-only, with one exception: the free
-- text of an erased client's records may be overwritten by the erasure's fixed values, and nothing else of
-- them changes. Signed agreements and contracts stay immutable unless the practitioner chose to remove an
-- erased client's signed documents.

-- When the client's data was erased (NULL: never), and what was chosen for their signed documents.
ALTER TABLE clients ADD COLUMN erased_at TEXT;
ALTER TABLE clients ADD COLUMN erased_signed_documents TEXT
    CHECK (erased_signed_documents IN ('kept', 'removed'));

DROP TRIGGER incident_steps_no_update;
CREATE TRIGGER incident_steps_no_update BEFORE UPDATE ON incident_steps
WHEN NOT (NEW.note = '' AND NEW.details = '{}' AND NEW.id = OLD.id AND NEW.incident_id = OLD.incident_id
          AND NEW.step_key = OLD.step_key AND NEW.happened_at = OLD.happened_at
          AND NEW.corrects_id IS OLD.corrects_id AND NEW.recorded_at = OLD.recorded_at
          AND NEW.recorded_by = OLD.recorded_by
          AND EXISTS (SELECT 1 FROM incidents i JOIN clients c ON c.id = i.client_id
                      WHERE i.id = OLD.incident_id AND c.erased_at IS NOT NULL))
BEGIN
    SELECT RAISE(ABORT, 'a recorded step cannot be changed; record a correction instead');
END;

DROP TRIGGER incident_follow_ups_no_update;
CREATE TRIGGER incident_follow_ups_no_update BEFORE UPDATE ON incident_follow_ups
WHEN NOT (NEW.goal = '[erased]' AND NEW.id = OLD.id AND NEW.incident_id = OLD.incident_id
          AND NEW.step_id = OLD.step_id AND NEW.due_date = OLD.due_date
          AND EXISTS (SELECT 1 FROM incidents i JOIN clients c ON c.id = i.client_id
                      WHERE i.id = OLD.incident_id AND c.erased_at IS NOT NULL))
BEGIN
    SELECT RAISE(ABORT, 'a recorded follow-up cannot be changed');
END;

DROP TRIGGER incident_follow_up_outcomes_no_update;
CREATE TRIGGER incident_follow_up_outcomes_no_update BEFORE UPDATE ON incident_follow_up_outcomes
WHEN NOT (NEW.note = '' AND NEW.id = OLD.id AND NEW.follow_up_id = OLD.follow_up_id
          AND NEW.outcome = OLD.outcome AND NEW.corrects_id IS OLD.corrects_id
          AND NEW.recorded_at = OLD.recorded_at AND NEW.recorded_by = OLD.recorded_by
          AND EXISTS (SELECT 1 FROM incident_follow_ups f JOIN incidents i ON i.id = f.incident_id
                      JOIN clients c ON c.id = i.client_id
                      WHERE f.id = OLD.follow_up_id AND c.erased_at IS NOT NULL))
BEGIN
    SELECT RAISE(ABORT, 'a recorded follow-up outcome cannot be changed; record a correction instead');
END;

-- Signed documents of a client erased with "removed" may be deleted, with their signatures, discussions and
-- timelines; nothing else about them may change.
DROP TRIGGER agreements_signed_no_delete;
CREATE TRIGGER agreements_signed_no_delete BEFORE DELETE ON agreements
WHEN OLD.status = 'signed'
     AND NOT EXISTS (SELECT 1 FROM clients c WHERE c.id = OLD.client_id AND c.erased_signed_documents = 'removed')
BEGIN
    SELECT RAISE(ABORT, 'a signed agreement cannot be deleted');
END;

DROP TRIGGER agreement_discussions_signed_no_delete;
CREATE TRIGGER agreement_discussions_signed_no_delete BEFORE DELETE ON agreement_discussions
BEGIN
    SELECT RAISE(ABORT, 'a signed agreement cannot be changed')
    WHERE EXISTS (SELECT 1 FROM agreements a JOIN clients c ON c.id = a.client_id
                  WHERE a.id = OLD.agreement_id AND a.status = 'signed'
                        AND c.erased_signed_documents IS NOT 'removed');
END;

DROP TRIGGER agreement_signatures_signed_no_delete;
CREATE TRIGGER agreement_signatures_signed_no_delete BEFORE DELETE ON agreement_signatures
BEGIN
    SELECT RAISE(ABORT, 'a signature of a signed agreement cannot be deleted')
    WHERE EXISTS (SELECT 1 FROM agreements a JOIN clients c ON c.id = a.client_id
                  WHERE a.id = OLD.agreement_id AND a.status = 'signed'
                        AND c.erased_signed_documents IS NOT 'removed');
END;

DROP TRIGGER agreement_events_signed_no_delete;
CREATE TRIGGER agreement_events_signed_no_delete BEFORE DELETE ON agreement_events
BEGIN
    SELECT RAISE(ABORT, 'the timeline of a signed agreement cannot be changed')
    WHERE EXISTS (SELECT 1 FROM agreements a JOIN clients c ON c.id = a.client_id
                  WHERE a.id = OLD.agreement_id AND a.status = 'signed'
                        AND c.erased_signed_documents IS NOT 'removed');
END;

DROP TRIGGER contracts_signed_no_delete;
CREATE TRIGGER contracts_signed_no_delete BEFORE DELETE ON contracts
WHEN OLD.status = 'signed'
     AND NOT EXISTS (SELECT 1 FROM clients c WHERE c.id = OLD.client_id AND c.erased_signed_documents = 'removed')
BEGIN
    SELECT RAISE(ABORT, 'a signed contract cannot be deleted');
END;

DROP TRIGGER contract_signatures_signed_no_delete;
CREATE TRIGGER contract_signatures_signed_no_delete BEFORE DELETE ON contract_signatures
BEGIN
    SELECT RAISE(ABORT, 'a signature of a signed contract cannot be deleted')
    WHERE EXISTS (SELECT 1 FROM contracts k JOIN clients c ON c.id = k.client_id
                  WHERE k.id = OLD.contract_id AND k.status = 'signed'
                        AND c.erased_signed_documents IS NOT 'removed');
END;

DROP TRIGGER contract_events_signed_no_delete;
CREATE TRIGGER contract_events_signed_no_delete BEFORE DELETE ON contract_events
BEGIN
    SELECT RAISE(ABORT, 'the timeline of a signed contract cannot be changed')
    WHERE EXISTS (SELECT 1 FROM contracts k JOIN clients c ON c.id = k.client_id
                  WHERE k.id = OLD.contract_id AND k.status = 'signed'
                        AND c.erased_signed_documents IS NOT 'removed');
END;
