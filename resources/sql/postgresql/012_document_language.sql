-- Boundary Keeper schema 12 for PostgreSQL 15: what SQLite's 012_document_language.sql adds, under the same
-- names and with the same meaning (types as in 008_portable.sql).
--
-- Boundary Keeper: documents in the client's language. Each client has a document language; the policy holds
-- each boundary's and ladder step's texts in further languages beside the existing columns, which stay the
-- texts in the policy's main language (the practice's language). Languages are the codes 'en', 'de', 'es',
-- 'fr' (DocumentLanguage::codes()).

ALTER TABLE clients ADD COLUMN document_language text COLLATE "C" NOT NULL DEFAULT 'en'
    CHECK (document_language IN ('en', 'de', 'es', 'fr'));

-- The language of the main texts. NULL: saved or published before this migration, when the main texts were
-- in the practice's language, read as the interface language (DocumentLanguage::interfaceCode()).
ALTER TABLE policy_draft ADD COLUMN language text COLLATE "C" CHECK (language IN ('en', 'de', 'es', 'fr'));
ALTER TABLE policy_versions ADD COLUMN language text COLLATE "C" CHECK (language IN ('en', 'de', 'es', 'fr'));

-- The draft's texts in the other languages; written and replaced with the draft's rows.
CREATE TABLE policy_draft_boundary_texts (
    key         text COLLATE "C" NOT NULL REFERENCES policy_draft_boundaries (key) ON DELETE CASCADE,
    language    text COLLATE "C" NOT NULL CHECK (language IN ('en', 'de', 'es', 'fr')),
    title       text COLLATE "C" NOT NULL CHECK (length(trim(title)) > 0),
    description text COLLATE "C" NOT NULL DEFAULT '',
    appropriate text COLLATE "C" NOT NULL DEFAULT '',
    consequence text COLLATE "C" NOT NULL DEFAULT '',
    PRIMARY KEY (key, language)
);

CREATE TABLE policy_draft_ladder_texts (
    key         text COLLATE "C" NOT NULL REFERENCES policy_draft_ladder (key) ON DELETE CASCADE,
    language    text COLLATE "C" NOT NULL CHECK (language IN ('en', 'de', 'es', 'fr')),
    title       text COLLATE "C" NOT NULL CHECK (length(trim(title)) > 0),
    description text COLLATE "C" NOT NULL DEFAULT '',
    PRIMARY KEY (key, language)
);

-- A published version's texts in its other languages: written before its policy_versions row, in the same
-- transaction, and never changed afterwards (like the version's other rows).
CREATE TABLE policy_version_boundary_texts (
    version     integer NOT NULL REFERENCES policy_versions (version) DEFERRABLE INITIALLY DEFERRED,
    key         text COLLATE "C" NOT NULL,
    language    text COLLATE "C" NOT NULL CHECK (language IN ('en', 'de', 'es', 'fr')),
    title       text COLLATE "C" NOT NULL,
    description text COLLATE "C" NOT NULL,
    appropriate text COLLATE "C" NOT NULL,
    consequence text COLLATE "C" NOT NULL,
    PRIMARY KEY (version, key, language)
);

CREATE TABLE policy_version_ladder_texts (
    version     integer NOT NULL REFERENCES policy_versions (version) DEFERRABLE INITIALLY DEFERRED,
    key         text COLLATE "C" NOT NULL,
    language    text COLLATE "C" NOT NULL CHECK (language IN ('en', 'de', 'es', 'fr')),
    title       text COLLATE "C" NOT NULL,
    description text COLLATE "C" NOT NULL,
    PRIMARY KEY (version, key, language)
);

CREATE FUNCTION policy_version_boundary_texts_no_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '%', 'a boundary of a published policy version cannot be changed';
END;
$$;
CREATE TRIGGER policy_version_boundary_texts_no_update BEFORE UPDATE ON policy_version_boundary_texts
    FOR EACH ROW EXECUTE FUNCTION policy_version_boundary_texts_no_update();

CREATE FUNCTION policy_version_boundary_texts_no_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '%', 'a boundary of a published policy version cannot be deleted';
END;
$$;
CREATE TRIGGER policy_version_boundary_texts_no_delete BEFORE DELETE ON policy_version_boundary_texts
    FOR EACH ROW EXECUTE FUNCTION policy_version_boundary_texts_no_delete();

CREATE FUNCTION policy_version_boundary_texts_no_late_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM policy_versions WHERE version = NEW.version) THEN
        RAISE EXCEPTION '%', 'a published policy version cannot gain boundaries';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER policy_version_boundary_texts_no_late_insert BEFORE INSERT ON policy_version_boundary_texts
    FOR EACH ROW EXECUTE FUNCTION policy_version_boundary_texts_no_late_insert();

CREATE FUNCTION policy_version_ladder_texts_no_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '%', 'the consequence ladder of a published policy version cannot be changed';
END;
$$;
CREATE TRIGGER policy_version_ladder_texts_no_update BEFORE UPDATE ON policy_version_ladder_texts
    FOR EACH ROW EXECUTE FUNCTION policy_version_ladder_texts_no_update();

CREATE FUNCTION policy_version_ladder_texts_no_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '%', 'the consequence ladder of a published policy version cannot be deleted';
END;
$$;
CREATE TRIGGER policy_version_ladder_texts_no_delete BEFORE DELETE ON policy_version_ladder_texts
    FOR EACH ROW EXECUTE FUNCTION policy_version_ladder_texts_no_delete();

CREATE FUNCTION policy_version_ladder_texts_no_late_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM policy_versions WHERE version = NEW.version) THEN
        RAISE EXCEPTION '%', 'a published consequence ladder cannot gain steps';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER policy_version_ladder_texts_no_late_insert BEFORE INSERT ON policy_version_ladder_texts
    FOR EACH ROW EXECUTE FUNCTION policy_version_ladder_texts_no_late_insert();
