// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "PolicyRepository.h"

#include "common/Clock.h"
#include "policy/PolicyCanonical.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace bk {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("PolicyRepository", text);
}

const QString DraftTable = QStringLiteral("policy_draft");
const QString VersionsTable = QStringLiteral("policy_versions");

QString clean(const QString &text) {
    return SqlValues::text(PolicyCanonical::normalized(text.trimmed()));
}

// What is stored is exactly what is hashed: trimmed, NFC, LF line breaks.
PolicyDocument cleaned(PolicyDocument document) {
    for (Boundary &boundary : document.boundaries) {
        boundary.key = boundary.key.trimmed();
        boundary.title = clean(boundary.title);
        boundary.description = clean(boundary.description);
        boundary.appropriate = clean(boundary.appropriate);
        boundary.consequence = clean(boundary.consequence);
    }
    for (LadderStep &step : document.ladder) {
        step.key = step.key.trimmed();
        step.title = clean(step.title);
        step.description = clean(step.description);
    }
    return document;
}

Error invalid(const QStringList &problems) {
    return Error{Error::Kind::Invalid, problems.join(QLatin1Char(' '))};
}

} // namespace

Result<PolicyDocument> PolicyRepository::draft() const {
    const QString reading = tr("reading the draft policy");
    QSqlQuery exists = m_db.prepare(QStringLiteral("SELECT count(*) FROM policy_draft"));
    if (!exists.exec() || !exists.next())
        return m_db.errorFrom(exists.lastError(), reading);
    if (exists.value(0).toLongLong() == 0)
        return PolicyDocument::defaults();
    exists.finish();

    PolicyDocument document;
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
    return document;
}

namespace {

// Replaces the draft rows; the caller holds the transaction.
Status writeDraft(const Database &db, const PolicyDocument &document) {
    const QString saving = QCoreApplication::translate("PolicyRepository", "saving the draft policy");
    for (const QString &table :
         {QStringLiteral("policy_draft_boundaries"), QStringLiteral("policy_draft_ladder")}) {
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
        boundary.bindValue(QStringLiteral(":retired"), item.retired ? 1 : 0);
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
    QSqlQuery marker =
        db.prepare(QStringLiteral("INSERT INTO policy_draft (id, updated_at) VALUES (1, :now) "
                                  "ON CONFLICT (id) DO UPDATE SET updated_at = excluded.updated_at"));
    marker.bindValue(QStringLiteral(":now"), SqlValues::fromUtc(Clock::nowUtc()));
    if (!marker.exec())
        return db.errorFrom(marker.lastError(), saving);
    return {};
}

} // namespace

Status PolicyRepository::saveDraft(const PolicyDocument &document) const {
    if (Status writable = m_db.checkWritable(); !writable)
        return writable;
    const PolicyDocument clean = cleaned(document);
    if (const QStringList problems = clean.problems(); !problems.isEmpty())
        return invalid(problems);
    Status saved = m_db.transaction([&]() { return writeDraft(m_db, clean); });
    if (saved)
        Q_EMIT m_db.notifier()->changed(DraftTable);
    return saved;
}

Status PolicyRepository::discardDraft() const {
    if (Status writable = m_db.checkWritable(); !writable)
        return writable;
    const Result<std::optional<PolicyVersion>> latest = latestVersion();
    if (!latest.ok())
        return latest.error();
    if (!latest.value())
        return Error{Error::Kind::Invalid,
                     tr("Nothing has been published yet, so there is no version to return the draft to.")};
    const Result<PolicyDocument> current = draft();
    if (!current.ok())
        return current.error();
    PolicyDocument restored = latest.value()->document;
    // Boundaries retired earlier are not in any newer version; keep them so they can still be restored.
    for (const Boundary &boundary : current.value().boundaries) {
        if (boundary.retired && !restored.boundary(boundary.key))
            restored.boundaries.append(boundary);
    }
    Status saved = m_db.transaction([&]() { return writeDraft(m_db, restored); });
    if (saved)
        Q_EMIT m_db.notifier()->changed(DraftTable);
    return saved;
}

Result<bool> PolicyRepository::draftDiffersFromLatest() const {
    const Result<PolicyDocument> current = draft();
    if (!current.ok())
        return current.error();
    const Result<std::optional<PolicyVersion>> latest = latestVersion();
    if (!latest.ok())
        return latest.error();
    if (!latest.value())
        return true;
    return PolicyCanonical::text(cleaned(current.value())) != latest.value()->canonicalText;
}

Result<PolicyVersion> PolicyRepository::publish() const {
    if (Status writable = m_db.checkWritable(); !writable)
        return writable.error();
    const QString publishing = tr("publishing the policy");
    PolicyVersion published;
    Status done = m_db.transaction([&]() -> Status {
        const Result<PolicyDocument> current = draft();
        if (!current.ok())
            return current.error();
        const PolicyDocument clean = cleaned(current.value());
        if (const QStringList problems = clean.problems(); !problems.isEmpty())
            return invalid(problems);
        const PolicyDocument content = clean.publishable();
        if (content.boundaries.isEmpty())
            return Error{
                Error::Kind::Invalid,
                tr("The draft has no active boundaries. Add or restore at least one before publishing.")};

        const Result<std::optional<PolicyVersion>> latest = latestVersion();
        if (!latest.ok())
            return latest.error();
        const QByteArray canonical = PolicyCanonical::text(content);
        if (latest.value() && latest.value()->canonicalText == canonical) {
            return Error{Error::Kind::Invalid,
                         tr("The draft is the same as version %1, so there is nothing new to publish.")
                             .arg(latest.value()->version)};
        }

        published.version = latest.value() ? latest.value()->version + 1 : 1;
        published.publishedAt = Clock::nowUtc().toUTC();
        published.canonicalText = canonical;
        published.sha256 = PolicyCanonical::sha256(canonical);
        published.document = content;

        // Rows first, then the version row: once that exists, the triggers refuse any further rows.
        QSqlQuery boundary = m_db.prepare(QStringLiteral(
            "INSERT INTO policy_version_boundaries (version, position, key, title, description, appropriate, "
            "consequence) VALUES (:version, :position, :key, :title, :description, :appropriate, "
            ":consequence)"));
        for (qsizetype i = 0; i < content.boundaries.size(); ++i) {
            const Boundary &item = content.boundaries.at(i);
            boundary.bindValue(QStringLiteral(":version"), published.version);
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
        for (qsizetype i = 0; i < content.ladder.size(); ++i) {
            const LadderStep &item = content.ladder.at(i);
            step.bindValue(QStringLiteral(":version"), published.version);
            step.bindValue(QStringLiteral(":position"), int(i));
            step.bindValue(QStringLiteral(":key"), item.key);
            step.bindValue(QStringLiteral(":title"), item.title);
            step.bindValue(QStringLiteral(":description"), item.description);
            if (!step.exec())
                return m_db.errorFrom(step.lastError(), publishing);
        }
        QSqlQuery version = m_db.prepare(
            QStringLiteral("INSERT INTO policy_versions (version, published_at, sha256, canonical_text) "
                           "VALUES (:version, :published_at, :sha256, :text)"));
        version.bindValue(QStringLiteral(":version"), published.version);
        version.bindValue(QStringLiteral(":published_at"), SqlValues::fromUtc(published.publishedAt));
        version.bindValue(QStringLiteral(":sha256"), published.sha256);
        version.bindValue(QStringLiteral(":text"), QString::fromUtf8(canonical));
        if (!version.exec())
            return m_db.errorFrom(version.lastError(), publishing);
        // The draft is kept as the practice left it (retired boundaries included), now stored if it was
        // still the built-in default.
        return writeDraft(m_db, clean);
    });
    if (!done)
        return done.error();
    Q_EMIT m_db.notifier()->changed(VersionsTable);
    Q_EMIT m_db.notifier()->changed(DraftTable);
    return published;
}

Result<int> PolicyRepository::latestVersionNumber() const {
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT coalesce(max(version), 0) FROM policy_versions"));
    if (!query.exec() || !query.next())
        return m_db.errorFrom(query.lastError(), tr("reading the policy versions"));
    return int(query.value(0).toLongLong());
}

Result<QList<PolicyVersionSummary>> PolicyRepository::versions() const {
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT v.version, v.published_at, v.sha256, (SELECT count(*) FROM policy_version_boundaries b WHERE "
        "b.version = v.version) FROM policy_versions v ORDER BY v.version"));
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), tr("reading the policy versions"));
    QList<PolicyVersionSummary> summaries;
    while (query.next()) {
        summaries.append({int(query.value(0).toLongLong()), SqlValues::toUtc(query.value(1)),
                          query.value(2).toString(), int(query.value(3).toLongLong())});
    }
    return summaries;
}

Result<PolicyDocument> PolicyRepository::loadVersionDocument(int number) const {
    const QString reading = tr("reading policy version %1").arg(number);
    PolicyDocument document;
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
    return document;
}

Result<PolicyVersion> PolicyRepository::version(int number) const {
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT published_at, sha256, canonical_text FROM policy_versions WHERE version = :version"));
    query.bindValue(QStringLiteral(":version"), number);
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), tr("reading policy version %1").arg(number));
    if (!query.next())
        return Error{Error::Kind::NotFound, tr("There is no published policy version %1.").arg(number)};
    PolicyVersion result;
    result.version = number;
    result.publishedAt = SqlValues::toUtc(query.value(0));
    result.sha256 = query.value(1).toString();
    result.canonicalText = query.value(2).toString().toUtf8();
    query.finish();
    Result<PolicyDocument> document = loadVersionDocument(number);
    if (!document.ok())
        return document.error();
    result.document = std::move(document).value();
    return result;
}

Result<std::optional<PolicyVersion>> PolicyRepository::latestVersion() const {
    const Result<int> latest = latestVersionNumber();
    if (!latest.ok())
        return latest.error();
    if (latest.value() == 0)
        return std::optional<PolicyVersion>();
    Result<PolicyVersion> found = version(latest.value());
    if (!found.ok())
        return found.error();
    return std::optional<PolicyVersion>(std::move(found).value());
}

Result<bool> PolicyRepository::verify(int number) const {
    const Result<PolicyVersion> stored = version(number);
    if (!stored.ok())
        return stored.error();
    const QByteArray text = PolicyCanonical::text(stored.value().document);
    return text == stored.value().canonicalText && PolicyCanonical::sha256(text) == stored.value().sha256;
}

Result<PolicyDiff> PolicyRepository::diff(int from, int to) const {
    const Result<PolicyVersion> older = version(from);
    if (!older.ok())
        return older.error();
    const Result<PolicyVersion> newer = version(to);
    if (!newer.ok())
        return newer.error();
    return PolicyDiff::between(older.value().document, newer.value().document);
}

Result<PolicyDiff> PolicyRepository::draftDiff() const {
    const Result<PolicyDocument> current = draft();
    if (!current.ok())
        return current.error();
    const Result<std::optional<PolicyVersion>> latest = latestVersion();
    if (!latest.ok())
        return latest.error();
    return PolicyDiff::between(latest.value() ? latest.value()->document : PolicyDocument(),
                               cleaned(current.value()));
}

} // namespace bk
