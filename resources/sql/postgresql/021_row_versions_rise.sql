-- Boundary Keeper schema 21 for PostgreSQL 15: what SQLite's 021_row_versions_rise.sql adds, under the same
-- names and with the same meaning.
--
-- Every change to a record edited in place raises its row version by exactly one. The version is how a save
-- notices that the record changed since it was opened, and how a connection knows that the practice profile
-- it keeps (hours and channels included) is still current. The application raises it with every change; a
-- change made with psql that leaves it as it was has it raised here, so that every desktop notices that change
-- too, and a change to the profile's hours, channels or practitioners raises the profile's version unless the
-- same transaction raised it already (as the application's save does). Any other new version is refused.

CREATE FUNCTION bk_row_version_rises() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF NEW.row_version = OLD.row_version THEN
            NEW.row_version := OLD.row_version + 1;
        ELSIF NEW.row_version <> OLD.row_version + 1 THEN
            RAISE EXCEPTION 'every change to % raises row_version by one', TG_TABLE_NAME
                USING ERRCODE = 'check_violation';
        END IF;
    END IF;
    IF TG_TABLE_NAME = 'practice_profile' THEN
        PERFORM set_config('bk.practice_profile_raised', 'yes', true);
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER clients_row_version_rises BEFORE UPDATE ON clients
    FOR EACH ROW EXECUTE FUNCTION bk_row_version_rises();
CREATE TRIGGER practice_profile_row_version_rises BEFORE INSERT OR UPDATE ON practice_profile
    FOR EACH ROW EXECUTE FUNCTION bk_row_version_rises();

CREATE FUNCTION bk_practice_profile_part_changed() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT
AS $$
BEGIN
    IF current_setting('bk.practice_profile_raised', true) IS DISTINCT FROM 'yes' THEN
        UPDATE practice_profile SET row_version = row_version + 1 WHERE id = 1;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER practice_practitioners_raise_profile AFTER INSERT OR UPDATE OR DELETE ON practice_practitioners
    FOR EACH STATEMENT EXECUTE FUNCTION bk_practice_profile_part_changed();
CREATE TRIGGER practice_hours_raise_profile AFTER INSERT OR UPDATE OR DELETE ON practice_hours
    FOR EACH STATEMENT EXECUTE FUNCTION bk_practice_profile_part_changed();
CREATE TRIGGER practice_channels_raise_profile AFTER INSERT OR UPDATE OR DELETE ON practice_channels
    FOR EACH STATEMENT EXECUTE FUNCTION bk_practice_profile_part_changed();
