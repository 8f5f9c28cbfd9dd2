-- Boundary Keeper schema 13 for PostgreSQL 15: what SQLite's 013_audit.sql adds, under the same names and with
-- the same meaning. Here the trail is kept by the server itself: the functions below are PL/pgSQL, owned by
-- the tables' owner and run with its rights (SECURITY DEFINER), so a practitioner's own writes, through the
-- application or psql, are recorded as theirs, and nobody but the owner can write audit_events directly.
--
-- Concurrent writers never fork the chain: appending takes an EXCLUSIVE lock on audit_events (readers are not
-- blocked), held until the writer's transaction ends, so events are numbered one after the other in commit
-- order; the primary key on seq refuses a second event with the same number in any case.
-- A record's digest is the SHA-256 of its row as jsonb text, rendered in UTC with hex bytea and the shortest
-- exact floats whatever the session's settings (bk_row_digest).

CREATE TABLE audit_tables (
    table_name  text COLLATE "C" PRIMARY KEY,
    key_columns text COLLATE "C" NOT NULL
);

CREATE TABLE audit_events (
    seq             bigint PRIMARY KEY CHECK (seq >= 1),
    at              timestamptz NOT NULL,
    practitioner_id bigint,
    login           text COLLATE "C" NOT NULL,
    action          text COLLATE "C" NOT NULL CHECK (action IN ('baseline', 'insert', 'update', 'delete')),
    table_name      text COLLATE "C" NOT NULL,
    record          text COLLATE "C" NOT NULL,
    digest          bytea,
    previous_hash   bytea NOT NULL,
    hash            bytea NOT NULL
);
CREATE INDEX audit_events_by_record ON audit_events (table_name, record, seq);
CREATE INDEX audit_events_by_practitioner ON audit_events (practitioner_id, seq);

CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '%', 'the audit trail cannot be changed';
END;
$$;
CREATE TRIGGER audit_events_no_change BEFORE UPDATE OR DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
    FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();

-- The digest of a row's state: the same for the trigger and for `audit verify`, whatever the session's time
-- zone or output settings.
CREATE FUNCTION bk_row_digest(r anyelement) RETURNS bytea LANGUAGE sql STABLE
    SET TimeZone = 'UTC' SET extra_float_digits = 1 SET bytea_output = 'hex' AS $$
    SELECT sha256(convert_to(to_jsonb(r)::text, 'UTF8'))
$$;

-- The name of a record: its key columns' values joined by '/'.
CREATE FUNCTION bk_record_key(r jsonb, key_columns text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT string_agg(r ->> k.name, '/' ORDER BY k.position)
    FROM unnest(string_to_array(key_columns, ',')) WITH ORDINALITY AS k (name, position)
$$;

-- An event's hash over its fields, one per line (AuditTrail::eventHash computes the same).
CREATE FUNCTION bk_audit_hash(seq bigint, at timestamptz, practitioner_id bigint, login text, action text,
                              table_name text, record text, digest bytea, previous_hash bytea)
RETURNS bytea LANGUAGE sql IMMUTABLE AS $$
    SELECT sha256(convert_to(
        seq::text || E'\n' || to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || E'\n'
        || coalesce(practitioner_id::text, '') || E'\n' || login || E'\n' || action || E'\n' || table_name
        || E'\n' || record || E'\n' || coalesce(encode(digest, 'hex'), '') || E'\n'
        || encode(previous_hash, 'hex'), 'UTF8'))
$$;

-- Appends one event after the chain's head. Who: the practitioner signed in (session_user, as current_user is
-- the function's owner here).
CREATE FUNCTION bk_audit_append(tbl text, act text, rec text, dig bytea) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    stamp constant timestamptz := date_trunc('milliseconds', clock_timestamp());
    who constant bigint := (SELECT id FROM practitioners WHERE login = session_user);
    head_seq bigint;
    head_hash bytea;
BEGIN
    LOCK TABLE audit_events IN EXCLUSIVE MODE;
    SELECT e.seq, e.hash INTO head_seq, head_hash FROM audit_events e ORDER BY e.seq DESC LIMIT 1;
    head_seq := coalesce(head_seq, 0) + 1;
    head_hash := coalesce(head_hash, decode(repeat('00', 32), 'hex'));
    INSERT INTO audit_events (seq, at, practitioner_id, login, action, table_name, record, digest, previous_hash,
                              hash)
    VALUES (head_seq, stamp, who, session_user, act, tbl, rec, dig, head_hash,
            bk_audit_hash(head_seq, stamp, who, session_user, act, tbl, rec, dig, head_hash));
END;
$$;

-- The trigger of every audited table; its argument names the key columns.
CREATE FUNCTION bk_audit_row() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
AS $$
DECLARE
    new_key text;
    old_key text;
BEGIN
    IF TG_OP <> 'INSERT' THEN
        old_key := bk_record_key(to_jsonb(OLD), TG_ARGV[0]);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        new_key := bk_record_key(to_jsonb(NEW), TG_ARGV[0]);
    END IF;
    IF old_key IS DISTINCT FROM new_key AND old_key IS NOT NULL THEN
        PERFORM bk_audit_append(TG_TABLE_NAME, 'delete', old_key, NULL);
    END IF;
    IF new_key IS NOT NULL THEN
        PERFORM bk_audit_append(TG_TABLE_NAME, lower(TG_OP), new_key, bk_row_digest(NEW));
    END IF;
    RETURN NULL;
END;
$$;

-- Records every row of the audited tables as it is now, under `action`: the baseline of rows that existed
-- before the trail began.
CREATE FUNCTION bk_audit_all(act text) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
AS $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT table_name, key_columns FROM audit_tables ORDER BY table_name LOOP
        EXECUTE format('SELECT bk_audit_append(%L, %L, bk_record_key(to_jsonb(r), %L), bk_row_digest(r)) '
                       'FROM %I AS r', t.table_name, act, t.key_columns, t.table_name);
    END LOOP;
END;
$$;

INSERT INTO audit_tables (table_name, key_columns) VALUES
    ('meta', 'key'),
    ('practitioners', 'id'),
    ('clients', 'id'),
    ('client_shares', 'client_id,practitioner_id'),
    ('practice_profile', 'id'),
    ('practice_practitioners', 'position'),
    ('practice_hours', 'weekday'),
    ('practice_channels', 'channel'),
    ('practice_resources', 'id'),
    ('practice_resource_boundaries', 'resource_id,boundary_key'),
    ('policy_draft', 'id'),
    ('policy_draft_boundaries', 'key'),
    ('policy_draft_ladder', 'key'),
    ('policy_draft_boundary_texts', 'key,language'),
    ('policy_draft_ladder_texts', 'key,language'),
    ('policy_versions', 'version'),
    ('policy_version_boundaries', 'version,key'),
    ('policy_version_ladder', 'version,key'),
    ('policy_version_boundary_texts', 'version,key,language'),
    ('policy_version_ladder_texts', 'version,key,language'),
    ('policy_acknowledgements', 'id'),
    ('agreements', 'id'),
    ('agreement_discussions', 'agreement_id,boundary_key'),
    ('agreement_signatures', 'agreement_id,role'),
    ('agreement_events', 'agreement_id,position'),
    ('contracts', 'id'),
    ('contract_signatures', 'contract_id,role'),
    ('contract_events', 'contract_id,position'),
    ('incidents', 'id'),
    ('incident_steps', 'id'),
    ('incident_follow_ups', 'id'),
    ('incident_follow_up_outcomes', 'id'),
    ('availability_periods', 'id'),
    ('availability_notices', 'id'),
    ('incident_due_moves', 'id');

-- The signing rules, held by the server too: a draft becomes signed only with both signatures recorded and
-- with the SHA-256 of the very PDF stored.
CREATE FUNCTION bk_signed_with_proof() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.pdf IS NULL OR NEW.pdf_sha256 IS DISTINCT FROM encode(sha256(NEW.pdf), 'hex')
       OR (CASE TG_TABLE_NAME
               WHEN 'agreements' THEN (SELECT count(DISTINCT role) FROM agreement_signatures
                                       WHERE agreement_id = NEW.id AND role IN ('client', 'practitioner'))
               ELSE (SELECT count(DISTINCT role) FROM contract_signatures
                     WHERE contract_id = NEW.id AND role IN ('client', 'practitioner'))
           END) < 2 THEN
        RAISE EXCEPTION '%', 'a document is signed only with both signatures and the SHA-256 of its stored PDF';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER agreements_signed_with_proof BEFORE UPDATE OF status ON agreements
    FOR EACH ROW WHEN (NEW.status = 'signed') EXECUTE FUNCTION bk_signed_with_proof();
CREATE TRIGGER contracts_signed_with_proof BEFORE UPDATE OF status ON contracts
    FOR EACH ROW WHEN (NEW.status = 'signed') EXECUTE FUNCTION bk_signed_with_proof();

-- A recorded incident's description is kept as written, like its steps: a correction is a new entry. Only the
-- erasure of an erased client's data (013) overwrites it, with exactly the erasure text.
CREATE FUNCTION incidents_description_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.description = '[erased]'
       AND EXISTS (SELECT 1 FROM clients c WHERE c.id = NEW.client_id AND c.erased_at IS NOT NULL) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION '%', 'a recorded incident description cannot be changed; record a correction as a new entry';
END;
$$;
CREATE TRIGGER incidents_description_append_only BEFORE UPDATE OF description ON incidents
    FOR EACH ROW WHEN (NEW.description IS DISTINCT FROM OLD.description)
    EXECUTE FUNCTION incidents_description_append_only();

CREATE TRIGGER meta_audit AFTER INSERT OR UPDATE OR DELETE ON meta
    FOR EACH ROW EXECUTE FUNCTION bk_audit_row('key');
CREATE TRIGGER practitioners_audit AFTER INSERT OR UPDATE OR DELETE ON practitioners
    FOR EACH ROW EXECUTE FUNCTION bk_audit_row('id');
CREATE TRIGGER clients_audit AFTER INSERT OR UPDATE OR DELETE ON clients
    FOR EACH ROW EXECUTE FUNCTION bk_audit_row('id');
CREATE TRIGGER client_shares_audit AFTER INSERT OR UPDATE OR DELETE ON client_shares
    FOR EACH ROW EXECUTE FUNCTION bk_audit_row('client_id,practitioner_id');
CREATE TRIGGER practice_profile_audit AFTER INSERT OR UPDATE OR DELETE ON practice_profile
    FOR EACH ROW EXECUTE FUNCTION bk_audit_row('id');
CREATE TRIGGER practice_practitioners_audit AFTER INSERT OR UPDATE OR DELETE ON practice_practitioners
    FOR EACH ROW EXECUTE FUNCTION bk_audit_row('position');
CREATE TRIGGER practice_hours_audit AFTER INSERT OR UPDATE OR DELETE ON practice_hours
    FOR EACH ROW EXECUTE FUNCTION bk_audit_row('weekday');
CREATE TRIGGER practice_channels_audit AFTER INSERT OR UPDATE OR DELETE ON practice_channels
    FOR EACH ROW EXECUTE FUNCTION bk_audit_row('channel');
CREATE TRIGGER practice_resources_audit AFTER INSERT OR UPDATE OR DELETE ON practice_resources
    FOR EACH ROW EXECUTE FUNCTION bk_audit_row('id');
CREATE TRIGGER practice_resource_boundaries_audit AFTER INSERT OR UPDATE OR DELETE ON practice_resource_boundaries
    FOR EACH ROW EXECUTE FUNCTION bk_audit_row('resource_id,boundary_key');
CREATE TRIGGER policy_draft_audit AFTER INSERT OR UPDATE OR DELETE ON policy_draft
    FOR EACH ROW EXECUTE FUNCTION bk_audit_row('id');
CREATE TRIGGER policy_draft_boundaries_audit AFTER INSERT OR UPDATE OR DELETE ON policy_draft_boundaries
    FOR EACH ROW EXECUTE FUNCTION bk_audit_row('key');
CREATE TRIGGER policy_draft_ladder_audit AFTER INSERT OR UPDATE OR DELETE ON policy_draft_ladder
    FOR EACH ROW EXECUTE FUNCTION bk_audit_row('key');
CREATE TRIGGER policy_draft_boundary_texts_audit AFTER INSERT OR UPDATE OR DELETE ON policy_draft_boundary_texts
    FOR EACH ROW EXECUTE FUNCTION bk_audit_row('key,language');
CREATE TRIGGER policy_draft_ladder_texts_audit AFTER INSERT OR UPDATE OR DELETE ON policy_draft_ladder_texts
    FOR EACH ROW EXECUTE FUNCTION bk_audit_row('key,language');
CREATE TRIGGER policy_versions_audit AFTER INSERT OR UPDATE OR DELETE ON policy_versions
    FOR EACH ROW EXECUTE FUNCTION bk_audit_row('version');
CREATE TRIGGER policy_version_boundaries_audit AFTER INSERT OR UPDATE OR DELETE ON policy_version_boundaries
    FOR EACH ROW EXECUTE FUNCTION bk_audit_row('version,key');
CREATE TRIGGER policy_version_ladder_audit AFTER INSERT OR UPDATE OR DELETE ON policy_version_ladder
    FOR EACH ROW EXECUTE FUNCTION bk_audit_row('version,key');
CREATE TRIGGER policy_version_boundary_texts_audit AFTER INSERT OR UPDATE OR DELETE ON policy_version_boundary_texts
    FOR EACH ROW EXECUTE FUNCTION bk_audit_row('version,key,language');
CREATE TRIGGER policy_version_ladder_texts_audit AFTER INSERT OR UPDATE OR DELETE ON policy_version_ladder_texts
    FOR EACH ROW EXECUTE FUNCTION bk_audit_row('version,key,language');
CREATE TRIGGER policy_acknowledgements_audit AFTER INSERT OR UPDATE OR DELETE ON policy_acknowledgements
    FOR EACH ROW EXECUTE FUNCTION bk_audit_row('id');
CREATE TRIGGER agreements_audit AFTER INSERT OR UPDATE OR DELETE ON agreements
    FOR EACH ROW EXECUTE FUNCTION bk_audit_row('id');
CREATE TRIGGER agreement_discussions_audit AFTER INSERT OR UPDATE OR DELETE ON agreement_discussions
    FOR EACH ROW EXECUTE FUNCTION bk_audit_row('agreement_id,boundary_key');
CREATE TRIGGER agreement_signatures_audit AFTER INSERT OR UPDATE OR DELETE ON agreement_signatures
    FOR EACH ROW EXECUTE FUNCTION bk_audit_row('agreement_id,role');
CREATE TRIGGER agreement_events_audit AFTER INSERT OR UPDATE OR DELETE ON agreement_events
    FOR EACH ROW EXECUTE FUNCTION bk_audit_row('agreement_id,position');
CREATE TRIGGER contracts_audit AFTER INSERT OR UPDATE OR DELETE ON contracts
    FOR EACH ROW EXECUTE FUNCTION bk_audit_row('id');
CREATE TRIGGER contract_signatures_audit AFTER INSERT OR UPDATE OR DELETE ON contract_signatures
    FOR EACH ROW EXECUTE FUNCTION bk_audit_row('contract_id,role');
CREATE TRIGGER contract_events_audit AFTER INSERT OR UPDATE OR DELETE ON contract_events
    FOR EACH ROW EXECUTE FUNCTION bk_audit_row('contract_id,position');
CREATE TRIGGER incidents_audit AFTER INSERT OR UPDATE OR DELETE ON incidents
    FOR EACH ROW EXECUTE FUNCTION bk_audit_row('id');
CREATE TRIGGER incident_steps_audit AFTER INSERT OR UPDATE OR DELETE ON incident_steps
    FOR EACH ROW EXECUTE FUNCTION bk_audit_row('id');
CREATE TRIGGER incident_follow_ups_audit AFTER INSERT OR UPDATE OR DELETE ON incident_follow_ups
    FOR EACH ROW EXECUTE FUNCTION bk_audit_row('id');
CREATE TRIGGER incident_follow_up_outcomes_audit AFTER INSERT OR UPDATE OR DELETE ON incident_follow_up_outcomes
    FOR EACH ROW EXECUTE FUNCTION bk_audit_row('id');

CREATE TRIGGER availability_periods_audit AFTER INSERT OR UPDATE OR DELETE ON availability_periods
    FOR EACH ROW EXECUTE FUNCTION bk_audit_row('id');
CREATE TRIGGER availability_notices_audit AFTER INSERT OR UPDATE OR DELETE ON availability_notices
    FOR EACH ROW EXECUTE FUNCTION bk_audit_row('id');
CREATE TRIGGER incident_due_moves_audit AFTER INSERT OR UPDATE OR DELETE ON incident_due_moves
    FOR EACH ROW EXECUTE FUNCTION bk_audit_row('id');

SELECT bk_audit_all('baseline');
