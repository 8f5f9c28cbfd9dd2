// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/policy/PolicyService.h"

#include "app/common/Clock.h"
#include "app/policy/PolicyCanonical.h"
#include "app/storage/Database.h"
#include "app/storage/PolicyRepository.h"

#include <QCoreApplication>

namespace bk {

namespace {

// lupdate files these messages under "PolicyService", the context Tr::tr() asks for at run time.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(PolicyService)
};

const QString DraftTable = QStringLiteral("policy_draft");
const QString VersionsTable = QStringLiteral("policy_versions");

QString clean(const QString &text) {
    // Never null: the columns are NOT NULL, and an empty text is stored as ''.
    const QString normalized = PolicyCanonical::normalized(text.trimmed());
    return normalized.isNull() ? QStringLiteral("") : normalized;
}

// What is stored is exactly what is hashed: trimmed, NFC, LF line breaks.
PolicyDocument cleaned(PolicyDocument document) {
    for (Boundary &boundary : document.boundaries) {
        boundary.key = boundary.key.trimmed();
        boundary.title = clean(boundary.title);
        boundary.description = clean(boundary.description);
        boundary.appropriate = clean(boundary.appropriate);
        boundary.consequence = clean(boundary.consequence);
        // The main language's texts are the fields themselves; an entirely empty translation is none.
        boundary.translations.remove(document.language);
        for (auto it = boundary.translations.begin(); it != boundary.translations.end();) {
            BoundaryTexts &texts = it.value();
            texts = {clean(texts.title), clean(texts.description), clean(texts.appropriate),
                     clean(texts.consequence)};
            if (texts == BoundaryTexts{})
                it = boundary.translations.erase(it);
            else
                ++it;
        }
    }
    for (LadderStep &step : document.ladder) {
        step.key = step.key.trimmed();
        step.title = clean(step.title);
        step.description = clean(step.description);
        step.translations.remove(document.language);
        for (auto it = step.translations.begin(); it != step.translations.end();) {
            it.value() = {clean(it.value().title), clean(it.value().description)};
            if (it.value().title.isEmpty() && it.value().description.isEmpty())
                it = step.translations.erase(it);
            else
                ++it;
        }
    }
    return document;
}

Error invalid(const QStringList &problems) {
    return Error{Error::Kind::Invalid, problems.join(QLatin1Char(' '))};
}

} // namespace

Result<PolicyDocument> PolicyService::draft() const {
    return PolicyRepository(m_db).draft();
}

Result<int> PolicyService::latestVersionNumber() const {
    return PolicyRepository(m_db).latestVersionNumber();
}

Result<QList<PolicyVersionSummary>> PolicyService::versions() const {
    return PolicyRepository(m_db).versions();
}

Result<PolicyVersion> PolicyService::version(int number) const {
    return PolicyRepository(m_db).version(number);
}

Result<std::optional<PolicyVersion>> PolicyService::latestVersion() const {
    const Result<PolicyStamp> stamp = PolicyRepository(m_db).stamp();
    if (!stamp)
        return stamp.error();
    return latestVersion(stamp.value());
}

Result<std::optional<PolicyVersion>> PolicyService::latestVersion(const PolicyStamp &stamp) const {
    // A published version never changes (the schema refuses it): the one read last is kept for this
    // connection and used again while the stamp, read just before, still names it as the latest, same number
    // and digest. So another desktop's publishing is seen at once, whether or not its announcement arrived
    // yet.
    if (stamp.latestVersion == 0)
        return std::optional<PolicyVersion>();
    std::any &kept = m_db.kept(QStringLiteral("PolicyService/latestVersion"));
    if (const auto *version = std::any_cast<PolicyVersion>(&kept);
        version && version->version == stamp.latestVersion && version->sha256 == stamp.latestSha256)
        return std::optional<PolicyVersion>(*version);
    Result<PolicyVersion> found = PolicyRepository(m_db).version(stamp.latestVersion);
    if (!found)
        return found.error();
    kept = found.value();
    return std::optional<PolicyVersion>(std::move(found).value());
}

Status PolicyService::saveDraft(const PolicyDocument &document) const {
    if (Status writable = m_db.checkWritable(); !writable)
        return writable;
    const PolicyDocument clean = cleaned(document);
    if (const QStringList problems = clean.problems(); !problems.isEmpty())
        return invalid(problems);
    Status saved = m_db.transaction([&]() { return PolicyRepository(m_db).writeDraft(clean); });
    if (saved)
        m_db.announce(DraftTable);
    return saved;
}

Status PolicyService::discardDraft() const {
    if (Status writable = m_db.checkWritable(); !writable)
        return writable;
    const Result<std::optional<PolicyVersion>> latest = latestVersion();
    if (!latest.ok())
        return latest.error();
    if (!latest.value())
        return Error{
            Error::Kind::Invalid,
            Tr::tr("Nothing has been published yet, so there is no version to return the draft to.")};
    const Result<PolicyDocument> current = draft();
    if (!current.ok())
        return current.error();
    PolicyDocument restored = latest.value()->document;
    // Boundaries retired earlier are not in any newer version; keep them so they can still be restored.
    for (const Boundary &boundary : current.value().boundaries) {
        if (boundary.retired && !restored.boundary(boundary.key))
            restored.boundaries.append(boundary);
    }
    Status saved = m_db.transaction([&]() { return PolicyRepository(m_db).writeDraft(restored); });
    if (saved)
        m_db.announce(DraftTable);
    return saved;
}

Result<bool> PolicyService::draftDiffersFromLatest() const {
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

Result<PolicyVersion> PolicyService::publish() const {
    if (Status writable = m_db.checkWritable(); !writable)
        return writable.error();
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
                Tr::tr("The draft has no active boundaries. Add or restore at least one before publishing.")};

        const Result<std::optional<PolicyVersion>> latest = latestVersion();
        if (!latest.ok())
            return latest.error();
        const QByteArray canonical = PolicyCanonical::text(content);
        if (latest.value() && latest.value()->canonicalText == canonical) {
            return Error{Error::Kind::Invalid,
                         Tr::tr("The draft is the same as version %1, so there is nothing new to publish.")
                             .arg(latest.value()->version)};
        }

        published.version = latest.value() ? latest.value()->version + 1 : 1;
        published.publishedAt = Clock::nowUtc().toUTC();
        published.canonicalText = canonical;
        published.sha256 = PolicyCanonical::sha256(canonical);
        published.document = content;

        if (Status stored = PolicyRepository(m_db).insertVersion(published); !stored)
            return stored;
        // The draft is kept as the practice left it (retired boundaries included), now stored if it was
        // still the built-in default.
        return PolicyRepository(m_db).writeDraft(clean);
    });
    if (!done)
        return done.error();
    m_db.announce(VersionsTable);
    m_db.announce(DraftTable);
    return published;
}

Result<bool> PolicyService::verify(int number) const {
    const Result<PolicyVersion> stored = version(number);
    if (!stored.ok())
        return stored.error();
    const QByteArray text = PolicyCanonical::text(stored.value().document);
    return text == stored.value().canonicalText && PolicyCanonical::sha256(text) == stored.value().sha256;
}

Result<PolicyDiff> PolicyService::diff(int from, int to) const {
    const Result<PolicyVersion> older = version(from);
    if (!older.ok())
        return older.error();
    const Result<PolicyVersion> newer = version(to);
    if (!newer.ok())
        return newer.error();
    return PolicyDiff::between(older.value().document, newer.value().document);
}

Result<PolicyDiff> PolicyService::draftDiff() const {
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
