-- Boundary Keeper schema 13 for PostgreSQL 15: what SQLite's 013_erasure.sql does, under the same names and with
-- the same meaning. An erased client's row stays with its personal fields overwritten and the erasure recorded
-- on it; the free text of their recorded steps, follow-ups and outcomes may be overwritten by the erasure's
-- fixed values and nothing else of them changes; their signed documents may be deleted only when the
-- practitioner chose to remove them.

ALTER TABLE clients ADD COLUMN erased_at timestamptz;
ALTER TABLE clients ADD COLUMN erased_signed_documents text COLLATE "C"
    CHECK (erased_signed_documents IN ('kept', 'removed'));

-- Whether the client of `incident` has been erased.
CREATE FUNCTION bk_incident_erased(incident bigint) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM incidents i JOIN clients c ON c.id = i.client_id
                   WHERE i.id = incident AND c.erased_at IS NOT NULL)
$$;

-- Whether `client` was erased with their signed documents removed.
CREATE FUNCTION bk_signed_documents_removed(client bigint) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM clients c WHERE c.id = client AND c.erased_signed_documents = 'removed')
$$;

CREATE OR REPLACE FUNCTION incident_steps_no_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.note = '' AND NEW.details = '{}'
       AND ROW(NEW.id, NEW.incident_id, NEW.step_key, NEW.happened_at, NEW.corrects_id, NEW.recorded_at,
               NEW.recorded_by)
           IS NOT DISTINCT FROM ROW(OLD.id, OLD.incident_id, OLD.step_key, OLD.happened_at, OLD.corrects_id,
                                    OLD.recorded_at, OLD.recorded_by)
       AND bk_incident_erased(OLD.incident_id) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION '%', 'a recorded step cannot be changed; record a correction instead';
END;
$$;

CREATE OR REPLACE FUNCTION incident_follow_ups_no_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.goal = '[erased]'
       AND ROW(NEW.id, NEW.incident_id, NEW.step_id, NEW.due_date)
           IS NOT DISTINCT FROM ROW(OLD.id, OLD.incident_id, OLD.step_id, OLD.due_date)
       AND bk_incident_erased(OLD.incident_id) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION '%', 'a recorded follow-up cannot be changed';
END;
$$;

CREATE OR REPLACE FUNCTION incident_follow_up_outcomes_no_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.note = ''
       AND ROW(NEW.id, NEW.follow_up_id, NEW.outcome, NEW.corrects_id, NEW.recorded_at, NEW.recorded_by)
           IS NOT DISTINCT FROM ROW(OLD.id, OLD.follow_up_id, OLD.outcome, OLD.corrects_id, OLD.recorded_at,
                                    OLD.recorded_by)
       AND bk_incident_erased((SELECT f.incident_id FROM incident_follow_ups f WHERE f.id = OLD.follow_up_id)) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION '%', 'a recorded follow-up outcome cannot be changed; record a correction instead';
END;
$$;

CREATE OR REPLACE FUNCTION agreements_signed_no_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF bk_signed_documents_removed(OLD.client_id) THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION '%', 'a signed agreement cannot be deleted';
END;
$$;

CREATE OR REPLACE FUNCTION agreement_discussions_signed_no_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT status FROM agreements WHERE id = OLD.agreement_id FOR SHARE) = 'signed'
       AND NOT bk_signed_documents_removed((SELECT client_id FROM agreements WHERE id = OLD.agreement_id)) THEN
        RAISE EXCEPTION '%', 'a signed agreement cannot be changed';
    END IF;
    RETURN OLD;
END;
$$;

CREATE OR REPLACE FUNCTION agreement_signatures_signed_no_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT status FROM agreements WHERE id = OLD.agreement_id FOR SHARE) = 'signed'
       AND NOT bk_signed_documents_removed((SELECT client_id FROM agreements WHERE id = OLD.agreement_id)) THEN
        RAISE EXCEPTION '%', 'a signature of a signed agreement cannot be deleted';
    END IF;
    RETURN OLD;
END;
$$;

CREATE OR REPLACE FUNCTION agreement_events_signed_no_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT status FROM agreements WHERE id = OLD.agreement_id FOR SHARE) = 'signed'
       AND NOT bk_signed_documents_removed((SELECT client_id FROM agreements WHERE id = OLD.agreement_id)) THEN
        RAISE EXCEPTION '%', 'the timeline of a signed agreement cannot be changed';
    END IF;
    RETURN OLD;
END;
$$;

CREATE OR REPLACE FUNCTION contracts_signed_no_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF bk_signed_documents_removed(OLD.client_id) THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION '%', 'a signed contract cannot be deleted';
END;
$$;

CREATE OR REPLACE FUNCTION contract_signatures_signed_no_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT status FROM contracts WHERE id = OLD.contract_id FOR SHARE) = 'signed'
       AND NOT bk_signed_documents_removed((SELECT client_id FROM contracts WHERE id = OLD.contract_id)) THEN
        RAISE EXCEPTION '%', 'a signature of a signed contract cannot be deleted';
    END IF;
    RETURN OLD;
END;
$$;

CREATE OR REPLACE FUNCTION contract_events_signed_no_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT status FROM contracts WHERE id = OLD.contract_id FOR SHARE) = 'signed'
       AND NOT bk_signed_documents_removed((SELECT client_id FROM contracts WHERE id = OLD.contract_id)) THEN
        RAISE EXCEPTION '%', 'the timeline of a signed contract cannot be changed';
    END IF;
    RETURN OLD;
END;
$$;
