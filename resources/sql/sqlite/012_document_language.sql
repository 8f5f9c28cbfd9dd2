-- Boundary Keeper: documents in the client's language. Each client has a document language; the policy holds
-- each boundary's and ladder step's texts in further languages beside the existing columns, which stay the
-- texts in the policy's main language (the practice's language). Languages are the codes 'en', 'de', 'es',
-- 'fr' (DocumentLanguage::codes()).

ALTER TABLE clients ADD COLUMN document_language TEXT NOT NULL DEFAULT 'en'
    CHECK (document_language IN ('en', 'de', 'es', 'fr'));

-- The language of the main texts. NULL: saved or published before this migration, when the main texts were
-- in the practice's language, read as the interface language (DocumentLanguage::interfaceCode()).
ALTER TABLE policy_draft ADD COLUMN language TEXT CHECK (language IN ('en', 'de', 'es', 'fr'));
ALTER TABLE policy_versions ADD COLUMN language TEXT CHECK (language IN ('en', 'de', 'es', 'fr'));

-- The draft's texts in the other languages; written and replaced with the draft's rows.
CREATE TABLE policy_draft_boundary_texts (
    key         TEXT NOT NULL REFERENCES policy_draft_boundaries (key) ON DELETE CASCADE,
    language    TEXT NOT NULL CHECK (language IN ('en', 'de', 'es', 'fr')),
    title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
    description TEXT NOT NULL DEFAULT '',
    appropriate TEXT NOT NULL DEFAULT '',
    consequence TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (key, language)
);

CREATE TABLE policy_draft_ladder_texts (
    key         TEXT NOT NULL REFERENCES policy_draft_ladder (key) ON DELETE CASCADE,
    language    TEXT NOT NULL CHECK (language IN ('en', 'de', 'es', 'fr')),
    title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
    description TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (key, language)
);

-- A published version's texts in its other languages: written before its policy_versions row, in the same
-- transaction, and never changed afterwards (like the version's other rows).
CREATE TABLE policy_version_boundary_texts (
    version     INTEGER NOT NULL REFERENCES policy_versions (version) DEFERRABLE INITIALLY DEFERRED,
    key         TEXT    NOT NULL,
    language    TEXT    NOT NULL CHECK (language IN ('en', 'de', 'es', 'fr')),
    title       TEXT    NOT NULL,
    description TEXT    NOT NULL,
    appropriate TEXT    NOT NULL,
    consequence TEXT    NOT NULL,
    PRIMARY KEY (version, key, language)
);

CREATE TABLE policy_version_ladder_texts (
    version     INTEGER NOT NULL REFERENCES policy_versions (version) DEFERRABLE INITIALLY DEFERRED,
    key         TEXT    NOT NULL,
    language    TEXT    NOT NULL CHECK (language IN ('en', 'de', 'es', 'fr')),
    title       TEXT    NOT NULL,
    description TEXT    NOT NULL,
    PRIMARY KEY (version, key, language)
);

CREATE TRIGGER policy_version_boundary_texts_no_update BEFORE UPDATE ON policy_version_boundary_texts
BEGIN
    SELECT RAISE(ABORT, 'a boundary of a published policy version cannot be changed');
END;

CREATE TRIGGER policy_version_boundary_texts_no_delete BEFORE DELETE ON policy_version_boundary_texts
BEGIN
    SELECT RAISE(ABORT, 'a boundary of a published policy version cannot be deleted');
END;

CREATE TRIGGER policy_version_boundary_texts_no_late_insert BEFORE INSERT ON policy_version_boundary_texts
WHEN EXISTS (SELECT 1 FROM policy_versions WHERE version = NEW.version)
BEGIN
    SELECT RAISE(ABORT, 'a published policy version cannot gain boundaries');
END;

CREATE TRIGGER policy_version_ladder_texts_no_update BEFORE UPDATE ON policy_version_ladder_texts
BEGIN
    SELECT RAISE(ABORT, 'the consequence ladder of a published policy version cannot be changed');
END;

CREATE TRIGGER policy_version_ladder_texts_no_delete BEFORE DELETE ON policy_version_ladder_texts
BEGIN
    SELECT RAISE(ABORT, 'the consequence ladder of a published policy version cannot be deleted');
END;

CREATE TRIGGER policy_version_ladder_texts_no_late_insert BEFORE INSERT ON policy_version_ladder_texts
WHEN EXISTS (SELECT 1 FROM policy_versions WHERE version = NEW.version)
BEGIN
    SELECT RAISE(ABORT, 'a published consequence ladder cannot gain steps');
END;
