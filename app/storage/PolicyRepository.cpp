// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/storage/PolicyRepository.h"

#include "app/common/Clock.h"
#include "app/common/DocumentLanguage.h"
#include "app/storage/Database.h"
#include "app/storage/SqlValues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace bk {

namespace {

// lupdate files these messages under "PolicyRepository", the context Tr::tr() asks for at run time.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(PolicyRepository)
};

// The main texts' language as stored; NULL (saved before there were texts in several languages) is the
// practice's language as the application knows it.
QString languageOf(const QVariant &value) {
    const QString code = value.toString();
    return DocumentLanguage::isSupported(code) ? code : DocumentLanguage::interfaceCode();
}

// Reads the further languages' texts from `boundaryTable` and `ladderTable` into `document` (where
// `condition` selects the rows and `version` is bound to :version when it is not 0).
Status readTexts(const Database &db, const QString &boundaryTable, const QString &ladderTable,
                 const QString &condition, int version, PolicyDocument &document, const QString &reading) {
    QSqlQuery boundaries = db.prepare(
        QStringLiteral("SELECT key, language, title, description, appropriate, consequence FROM ") +
        boundaryTable + condition);
    if (version)
        boundaries.bindValue(QStringLiteral(":version"), version);
    if (!boundaries.exec())
        return db.errorFrom(boundaries.lastError(), reading);
    while (boundaries.next()) {
        if (Boundary *boundary = document.boundary(boundaries.value(0).toString()))
            boundary->translations.insert(boundaries.value(1).toString(),
                                          {boundaries.value(2).toString(), boundaries.value(3).toString(),
                                           boundaries.value(4).toString(), boundaries.value(5).toString()});
    }
    QSqlQuery ladder = db.prepare(QStringLiteral("SELECT key, language, title, description FROM ") +
                                  ladderTable + condition);
    if (version)
        ladder.bindValue(QStringLiteral(":version"), version);
    if (!ladder.exec())
        return db.errorFrom(ladder.lastError(), reading);
    while (ladder.next()) {
        for (LadderStep &step : document.ladder) {
            if (step.key == ladder.value(0).toString())
                step.translations.insert(ladder.value(1).toString(),
                                         {ladder.value(2).toString(), ladder.value(3).toString()});
        }
    }
    return {};
}

} // namespace

Result<PolicyDocument> PolicyRepository::draft() const {
    const QString reading = Tr::tr("reading the draft policy");
    // Kept: with nothing published, every incident logged reads the draft (IncidentService::currentPolicy()).
    const KeptQuery keptExists = m_db.prepareKept(QStringLiteral("SELECT language FROM policy_draft"));
    QSqlQuery &exists = *keptExists;
    if (!exists.exec())
        return m_db.errorFrom(exists.lastError(), reading);
    if (!exists.next())
        return PolicyDocument::defaults();
    PolicyDocument document;
    document.language = languageOf(exists.value(0));
    exists.finish();

    QSqlQuery boundaries =
        m_db.prepare(QStringLiteral("SELECT key, title, description, appropriate, consequence, retired "
                                    "FROM policy_draft_boundaries ORDER BY position, key"));
    if (!boundaries.exec())
        return m_db.errorFrom(boundaries.lastError(), reading);
    while (boundaries.next()) {
        document.boundaries.append({boundaries.value(0).toString(), boundaries.value(1).toString(),
                                    boundaries.value(2).toString(), boundaries.value(3).toString(),
                                    boundaries.value(4).toString(), boundaries.value(5).toInt() != 0});
    }
    QSqlQuery ladder = m_db.prepare(
        QStringLiteral("SELECT key, title, description FROM policy_draft_ladder ORDER BY position, key"));
    if (!ladder.exec())
        return m_db.errorFrom(ladder.lastError(), reading);
    while (ladder.next())
        document.ladder.append(
            {ladder.value(0).toString(), ladder.value(1).toString(), ladder.value(2).toString()});
    if (Status texts =
            readTexts(m_db, QStringLiteral("policy_draft_boundary_texts"),
                      QStringLiteral("policy_draft_ladder_texts"), QString(), 0, document, reading);
        !texts)
        return texts.error();
    return document;
}

Status PolicyRepository::writeDraft(const PolicyDocument &document) const {
    const Database &db = m_db;
    const QString saving = Tr::tr("saving the draft policy");
    for (const QString &table :
         {QStringLiteral("policy_draft_boundary_texts"), QStringLiteral("policy_draft_ladder_texts"),
          QStringLiteral("policy_draft_boundaries"), QStringLiteral("policy_draft_ladder")}) {
        QSqlQuery clear = db.prepare(QStringLiteral("DELETE FROM ") + table);
        if (!clear.exec())
            return db.errorFrom(clear.lastError(), saving);
    }
    QSqlQuery boundary = db.prepare(QStringLiteral(
        "INSERT INTO policy_draft_boundaries (key, position, title, description, appropriate, consequence, "
        "retired) VALUES (:key, :position, :title, :description, :appropriate, :consequence, :retired)"));
    for (qsizetype i = 0; i < document.boundaries.size(); ++i) {
        const Boundary &item = document.boundaries.at(i);
        boundary.bindValue(QStringLiteral(":key"), item.key);
        boundary.bindValue(QStringLiteral(":position"), int(i));
        boundary.bindValue(QStringLiteral(":title"), item.title);
        boundary.bindValue(QStringLiteral(":description"), item.description);
        boundary.bindValue(QStringLiteral(":appropriate"), item.appropriate);
        boundary.bindValue(QStringLiteral(":consequence"), item.consequence);
        boundary.bindValue(QStringLiteral(":retired"), item.retired);
        if (!boundary.exec())
            return db.errorFrom(boundary.lastError(), saving);
    }
    QSqlQuery step =
        db.prepare(QStringLiteral("INSERT INTO policy_draft_ladder (key, position, title, "
                                  "description) VALUES (:key, :position, :title, :description)"));
    for (qsizetype i = 0; i < document.ladder.size(); ++i) {
        const LadderStep &item = document.ladder.at(i);
        step.bindValue(QStringLiteral(":key"), item.key);
        step.bindValue(QStringLiteral(":position"), int(i));
        step.bindValue(QStringLiteral(":title"), item.title);
        step.bindValue(QStringLiteral(":description"), item.description);
        if (!step.exec())
            return db.errorFrom(step.lastError(), saving);
    }
    if (Status texts = writeTexts(QStringLiteral("policy_draft"), document, 0); !texts)
        return texts;
    QSqlQuery marker = db.prepare(
        QStringLiteral("INSERT INTO policy_draft (id, updated_at, language) VALUES (1, :now, :language) "
                       "ON CONFLICT (id) DO UPDATE SET updated_at = excluded.updated_at, "
                       "language = excluded.language"));
    marker.bindValue(QStringLiteral(":now"), SqlValues::fromUtc(Clock::nowUtc()));
    marker.bindValue(QStringLiteral(":language"), document.language);
    if (!marker.exec())
        return db.errorFrom(marker.lastError(), saving);
    return {};
}

Status PolicyRepository::writeTexts(const QString &prefix, const PolicyDocument &document,
                                    int version) const {
    const QString saving = version ? Tr::tr("publishing the policy") : Tr::tr("saving the draft policy");
    const QString versionColumn = version ? QStringLiteral("version, ") : QString();
    const QString versionValue = version ? QStringLiteral(":version, ") : QString();
    QSqlQuery boundary = m_db.prepare(
        QStringLiteral("INSERT INTO %1_boundary_texts (%2key, language, title, description, appropriate, "
                       "consequence) VALUES (%3:key, :language, :title, :description, :appropriate, "
                       ":consequence)")
            .arg(prefix, versionColumn, versionValue));
    for (const Boundary &item : document.boundaries) {
        for (auto it = item.translations.cbegin(); it != item.translations.cend(); ++it) {
            if (version)
                boundary.bindValue(QStringLiteral(":version"), version);
            boundary.bindValue(QStringLiteral(":key"), item.key);
            boundary.bindValue(QStringLiteral(":language"), it.key());
            boundary.bindValue(QStringLiteral(":title"), SqlValues::text(it.value().title));
            boundary.bindValue(QStringLiteral(":description"), SqlValues::text(it.value().description));
            boundary.bindValue(QStringLiteral(":appropriate"), SqlValues::text(it.value().appropriate));
            boundary.bindValue(QStringLiteral(":consequence"), SqlValues::text(it.value().consequence));
            if (!boundary.exec())
                return m_db.errorFrom(boundary.lastError(), saving);
        }
    }
    QSqlQuery step =
        m_db.prepare(QStringLiteral("INSERT INTO %1_ladder_texts (%2key, language, title, "
                                    "description) VALUES (%3:key, :language, :title, :description)")
                         .arg(prefix, versionColumn, versionValue));
    for (const LadderStep &item : document.ladder) {
        for (auto it = item.translations.cbegin(); it != item.translations.cend(); ++it) {
            if (version)
                step.bindValue(QStringLiteral(":version"), version);
            step.bindValue(QStringLiteral(":key"), item.key);
            step.bindValue(QStringLiteral(":language"), it.key());
            step.bindValue(QStringLiteral(":title"), SqlValues::text(it.value().title));
            step.bindValue(QStringLiteral(":description"), SqlValues::text(it.value().description));
            if (!step.exec())
                return m_db.errorFrom(step.lastError(), saving);
        }
    }
    return {};
}

Status PolicyRepository::insertVersion(const PolicyVersion &version) const {
    const QString publishing = Tr::tr("publishing the policy");
    // Rows first, then the version row: once that exists, the triggers refuse any further rows.
    QSqlQuery boundary = m_db.prepare(QStringLiteral(
        "INSERT INTO policy_version_boundaries (version, position, key, title, description, appropriate, "
        "consequence) VALUES (:version, :position, :key, :title, :description, :appropriate, "
        ":consequence)"));
    for (qsizetype i = 0; i < version.document.boundaries.size(); ++i) {
        const Boundary &item = version.document.boundaries.at(i);
        boundary.bindValue(QStringLiteral(":version"), version.version);
        boundary.bindValue(QStringLiteral(":position"), int(i));
        boundary.bindValue(QStringLiteral(":key"), item.key);
        boundary.bindValue(QStringLiteral(":title"), item.title);
        boundary.bindValue(QStringLiteral(":description"), item.description);
        boundary.bindValue(QStringLiteral(":appropriate"), item.appropriate);
        boundary.bindValue(QStringLiteral(":consequence"), item.consequence);
        if (!boundary.exec())
            return m_db.errorFrom(boundary.lastError(), publishing);
    }
    QSqlQuery step = m_db.prepare(
        QStringLiteral("INSERT INTO policy_version_ladder (version, position, key, title, description) "
                       "VALUES (:version, :position, :key, :title, :description)"));
    for (qsizetype i = 0; i < version.document.ladder.size(); ++i) {
        const LadderStep &item = version.document.ladder.at(i);
        step.bindValue(QStringLiteral(":version"), version.version);
        step.bindValue(QStringLiteral(":position"), int(i));
        step.bindValue(QStringLiteral(":key"), item.key);
        step.bindValue(QStringLiteral(":title"), item.title);
        step.bindValue(QStringLiteral(":description"), item.description);
        if (!step.exec())
            return m_db.errorFrom(step.lastError(), publishing);
    }
    if (Status texts = writeTexts(QStringLiteral("policy_version"), version.document, version.version);
        !texts)
        return texts;
    QSqlQuery row = m_db.prepare(QStringLiteral(
        "INSERT INTO policy_versions (version, published_at, sha256, canonical_text, language) "
        "VALUES (:version, :published_at, :sha256, :text, :language)"));
    row.bindValue(QStringLiteral(":language"), version.document.language);
    row.bindValue(QStringLiteral(":version"), version.version);
    row.bindValue(QStringLiteral(":published_at"), SqlValues::fromUtc(version.publishedAt));
    row.bindValue(QStringLiteral(":sha256"), version.sha256);
    row.bindValue(QStringLiteral(":text"), QString::fromUtf8(version.canonicalText));
    if (!row.exec())
        return m_db.errorFrom(row.lastError(), publishing);
    return {};
}

Result<int> PolicyRepository::latestVersionNumber() const {
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT coalesce(max(version), 0) FROM policy_versions"));
    if (!query.exec() || !query.next())
        return m_db.errorFrom(query.lastError(), Tr::tr("reading the policy versions"));
    return int(query.value(0).toLongLong());
}

Result<QList<PolicyVersionSummary>> PolicyRepository::versions() const {
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT v.version, v.published_at, v.sha256, (SELECT count(*) FROM policy_version_boundaries b WHERE "
        "b.version = v.version) FROM policy_versions v ORDER BY v.version"));
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), Tr::tr("reading the policy versions"));
    QList<PolicyVersionSummary> summaries;
    while (query.next()) {
        summaries.append({int(query.value(0).toLongLong()), SqlValues::toUtc(query.value(1)),
                          query.value(2).toString(), int(query.value(3).toLongLong())});
    }
    return summaries;
}

Result<PolicyDocument> PolicyRepository::loadVersionDocument(int number, const QString &language) const {
    const QString reading = Tr::tr("reading policy version %1").arg(number);
    PolicyDocument document;
    document.language = language;
    QSqlQuery boundaries = m_db.prepare(QStringLiteral(
        "SELECT key, title, description, appropriate, consequence FROM policy_version_boundaries "
        "WHERE version = :version ORDER BY position"));
    boundaries.bindValue(QStringLiteral(":version"), number);
    if (!boundaries.exec())
        return m_db.errorFrom(boundaries.lastError(), reading);
    while (boundaries.next()) {
        document.boundaries.append({boundaries.value(0).toString(), boundaries.value(1).toString(),
                                    boundaries.value(2).toString(), boundaries.value(3).toString(),
                                    boundaries.value(4).toString(), false});
    }
    QSqlQuery ladder =
        m_db.prepare(QStringLiteral("SELECT key, title, description FROM policy_version_ladder "
                                    "WHERE version = :version ORDER BY position"));
    ladder.bindValue(QStringLiteral(":version"), number);
    if (!ladder.exec())
        return m_db.errorFrom(ladder.lastError(), reading);
    while (ladder.next())
        document.ladder.append(
            {ladder.value(0).toString(), ladder.value(1).toString(), ladder.value(2).toString()});
    ladder.finish();
    if (Status texts = readTexts(m_db, QStringLiteral("policy_version_boundary_texts"),
                                 QStringLiteral("policy_version_ladder_texts"),
                                 QStringLiteral(" WHERE version = :version"), number, document, reading);
        !texts)
        return texts.error();
    return document;
}

Result<PolicyVersion> PolicyRepository::version(int number) const {
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT published_at, sha256, canonical_text, language "
                                                  "FROM policy_versions WHERE version = :version"));
    query.bindValue(QStringLiteral(":version"), number);
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), Tr::tr("reading policy version %1").arg(number));
    if (!query.next())
        return Error{Error::Kind::NotFound, Tr::tr("There is no published policy version %1.").arg(number)};
    PolicyVersion result;
    result.version = number;
    result.publishedAt = SqlValues::toUtc(query.value(0));
    result.sha256 = query.value(1).toString();
    result.canonicalText = query.value(2).toString().toUtf8();
    const QString language = languageOf(query.value(3));
    query.finish();
    Result<PolicyDocument> document = loadVersionDocument(number, language);
    if (!document.ok())
        return document.error();
    result.document = std::move(document).value();
    return result;
}

JoinedRead PolicyRepository::stampRead() {
    return {QStringLiteral(
                "LEFT JOIN (SELECT version, sha256 FROM policy_versions ORDER BY version DESC LIMIT 1) "
                "AS latest_policy ON TRUE LEFT JOIN policy_draft AS saved_draft ON TRUE"),
            QStringLiteral("latest_policy.version, latest_policy.sha256, saved_draft.id"), 3};
}

PolicyStamp PolicyRepository::stampFrom(const QSqlQuery &query, int first) {
    return {int(query.value(first).toLongLong()), query.value(first + 1).toString(),
            !query.isNull(first + 2)};
}

Result<PolicyStamp> PolicyRepository::stamp() const {
    // Kept: every read of the current policy starts with it (PolicyService::latestVersion()).
    const KeptQuery kept = m_db.prepareKept(JoinedRead::statement({stampRead()}));
    QSqlQuery &query = *kept;
    if (!query.exec() || !query.next())
        return m_db.errorFrom(query.lastError(), Tr::tr("reading the policy versions"));
    return stampFrom(query, 0);
}

} // namespace bk
