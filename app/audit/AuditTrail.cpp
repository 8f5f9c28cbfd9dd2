// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/audit/AuditTrail.h"

#include "app/agreements/AgreementVerifier.h"
#include "app/agreements/PdfMarks.h"
#include "app/audit/ChainCheck.h"
#include "app/backup/BackupService.h"
#include "app/common/Settings.h"
#include "app/storage/AgreementRepository.h"
#include "app/storage/AuditRepository.h"
#include "app/storage/ContractRepository.h"
#include "app/storage/Database.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <algorithm>
#include <optional>
#include <tuple>

namespace bk {

namespace {

Error cancelled() {
    return Error{Error::Kind::Invalid, AuditTrail::tr("The check was cancelled.")};
}

// The digest each record had at its last event, and that event. At a million incidents there are a million
// records: one whose key is a plain number (nearly every one) is kept under a single 64-bit key made of its
// table's number and its own, any other under its table's and its own name.
class LastEvents {
public:
    struct Last {
        QByteArray digest; ///< empty: the last event deleted the record
        qint64 seq = 0;
    };

    explicit LastEvents(qsizetype expected) { m_numbered.reserve(expected); }

    Last &at(const QString &table, const QString &record) {
        if (const std::optional<quint64> key = numbered(table, record))
            return m_numbered[*key];
        return m_named[namedKey(table, record)];
    }

    /// Takes out the last event of a record read now; nothing when the trail never recorded the record.
    std::optional<Last> take(const QString &table, const QString &record) {
        if (const std::optional<quint64> key = numbered(table, record))
            return take(m_numbered, *key);
        return take(m_named, namedKey(table, record));
    }

    /// What is left after take(): (seq, table, record) of every record the trail says exists.
    QList<std::tuple<qint64, QString, QString>> left() const {
        QList<std::tuple<qint64, QString, QString>> records;
        for (auto each = m_numbered.cbegin(); each != m_numbered.cend(); ++each) {
            if (!each->digest.isEmpty())
                records.append({each->seq, m_tableNames.at(qsizetype(each.key() >> IdBits)),
                                QString::number(each.key() & IdMask)});
        }
        for (auto each = m_named.cbegin(); each != m_named.cend(); ++each) {
            if (!each->digest.isEmpty()) {
                const QList<QByteArray> parts = each.key().split('\x1f');
                records.append(
                    {each->seq, QString::fromUtf8(parts.value(0)), QString::fromUtf8(parts.value(1))});
            }
        }
        return records;
    }

private:
    static constexpr int IdBits = 50; // every number of up to 15 digits
    static constexpr quint64 IdMask = (quint64(1) << IdBits) - 1;

    template <typename Map, typename Key> static std::optional<Last> take(Map &map, const Key &key) {
        const auto found = map.find(key);
        if (found == map.end())
            return std::nullopt;
        std::optional<Last> last(std::move(found.value()));
        map.erase(found);
        return last;
    }

    static QByteArray namedKey(const QString &table, const QString &record) {
        return table.toUtf8() + '\x1f' + record.toUtf8();
    }

    /// The key of a record named by a number without sign or leading zero, which reads back as the same text.
    std::optional<quint64> numbered(const QString &table, const QString &record) {
        if (record.isEmpty() || record.size() > 15 || (record.size() > 1 && record.front() == u'0'))
            return std::nullopt;
        quint64 id = 0;
        for (const QChar c : record) {
            if (c < u'0' || c > u'9')
                return std::nullopt;
            id = id * 10 + quint64(c.unicode() - u'0');
        }
        auto known = m_tables.constFind(table);
        if (known == m_tables.cend()) {
            known = m_tables.insert(table, quint64(m_tableNames.size()));
            m_tableNames.append(table);
        }
        return (known.value() << IdBits) | id;
    }

    QHash<QString, quint64> m_tables;
    QStringList m_tableNames;
    QHash<quint64, Last> m_numbered;
    QHash<QByteArray, Last> m_named;
};

} // namespace

Result<AuditTrail::Anchor> AuditTrail::anchorIn(const QString &file) {
    const QString shown = QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath());
    QFile start(file);
    // A PDF by its ending or its first bytes; the verifier also refuses, with the reason, what is no regular
    // file (missing, a folder, a device).
    if (!QFileInfo(file).isFile() || file.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive) ||
        (start.open(QIODevice::ReadOnly) && start.peek(5) == "%PDF-")) {
        const Result<PdfMarks> marks = AgreementVerifier::marksInFile(file);
        if (!marks)
            return marks.error();
        if (!marks.value().auditHead.isValid())
            return Error{Error::Kind::Invalid,
                         tr("%1 carries no head of the audit trail: it is not a signed "
                            "document, or it was signed before documents noted the head.")
                             .arg(shown)};
        return Anchor{marks.value().auditHead,
                      tr("in the PDF %1 (document %2)")
                          .arg(shown, marks.value().documentIds.value(0, tr("without an ID")))};
    }
    const std::optional<BackupEntry> entry = BackupService::entryOf(file);
    if (!entry)
        return Error{
            Error::Kind::Invalid,
            tr("%1 is neither a signed document nor a backup with a manifest that can be read, so the "
               "head of the audit trail it was made at is not known.")
                .arg(shown)};
    const AuditHead noted = AuditHead::fromText(entry->auditHead);
    if (!noted.isValid())
        return Error{
            Error::Kind::Invalid,
            tr("%1 was taken before the audit trail existed; it notes no head to check.").arg(shown)};
    return Anchor{noted, tr("in the backup %1").arg(shown)};
}

Result<AuditHead> AuditTrail::head() const {
    // A database not yet upgraded to hold a trail (a backup taken before the upgrade) has no head.
    if (!m_db.connection().tables().contains(QStringLiteral("audit_events")))
        return AuditHead{};
    const Result<AuditEvent> newest = AuditRepository(m_db).head();
    if (!newest)
        return newest.error();
    return AuditHead{newest.value().seq, newest.value().hash};
}

Result<QList<AuditTrail::Anchor>> AuditTrail::signedDocumentAnchors() const {
    QList<Anchor> anchors;
    const auto collect = [&anchors](const QString &where) {
        return [&anchors, where](const QString &documentId, const QByteArray &pdf) {
            QBuffer buffer;
            buffer.setData(pdf);
            buffer.open(QIODevice::ReadOnly);
            // A document signed before heads were printed carries none, and is no anchor.
            if (const AuditHead head = PdfMarks::read(buffer).auditHead; head.isValid())
                anchors.append({head, where.arg(documentId)});
            return true;
        };
    };
    if (Status read = AgreementRepository(m_db).eachSignedPdf(collect(tr("in the signed agreement %1")));
        !read)
        return read.error();
    if (Status read =
            ContractRepository(m_db).eachSignedPdf(collect(tr("in the signed behavioural contract %1")));
        !read)
        return read.error();
    return anchors;
}

Result<AuditTrail::Report> AuditTrail::verify(const QList<Anchor> &given, const Progress &progress) const {
    const AuditRepository repository(m_db);
    Report report;
    qint64 unlisted = 0;
    auto problem = [&](const QString &text) {
        if (report.problems.size() < MaxProblemsListed)
            report.problems.append(text);
        else
            ++unlisted;
    };

    QList<Anchor> anchors = given;
    if (const AuditHead noted = AuditHead::fromText(Settings().auditHead(m_db.path())); noted.isValid())
        anchors.append({noted, tr("on this computer when it last wrote the practice")});
    const Result<QList<Anchor>> signedAnchors = signedDocumentAnchors();
    if (!signedAnchors)
        return signedAnchors.error();
    anchors += signedAnchors.value();

    const Result<qint64> eventCount = repository.eventCount();
    if (!eventCount)
        return eventCount.error();
    const Result<QList<AuditRepository::Table>> tables = repository.tables();
    if (!tables)
        return tables.error();
    qint64 total = eventCount.value();
    for (const AuditRepository::Table &table : tables.value()) {
        const Result<qint64> rows = repository.rowCount(table.name);
        if (!rows)
            return rows.error();
        total += rows.value();
    }
    qint64 done = 0;
    constexpr qint64 ProgressEvery = 4096;
    auto advance = [&]() {
        return !progress || ++done % ProgressEvery != 0 || progress(done, total);
    };

    // The chain, and the digest each record had at its last event.
    LastEvents lastEvents(eventCount.value());
    ChainCheck chain;
    bool stopped = false;
    const Status walked = repository.walk([&](const AuditEvent &event) {
        if (const QString broken = chain.follow(event); !broken.isEmpty())
            problem(broken);
        LastEvents::Last &last = lastEvents.at(event.table, event.record);
        last.digest = event.digest;
        last.seq = event.seq;
        ++report.events;
        stopped = !advance();
        return !stopped;
    });
    if (!walked)
        return walked.error();
    if (stopped)
        return cancelled();

    for (const Anchor &anchor : std::as_const(anchors)) {
        const Result<QString> mismatch = repository.anchorProblem(anchor.head, anchor.where);
        if (!mismatch)
            return mismatch.error();
        if (!mismatch.value().isEmpty())
            problem(mismatch.value());
        ++report.anchors;
    }

    // Every record as it is now against its last event.
    for (const AuditRepository::Table &table : tables.value()) {
        const Status read = repository.records(table, [&](const QString &record, const QByteArray &digest) {
            const std::optional<LastEvents::Last> last = lastEvents.take(table.name, record);
            if (!last || last->digest.isEmpty())
                problem(tr("Record %1 of %2 was added outside Boundary Keeper: the audit trail does not "
                           "record it.")
                            .arg(record, table.name));
            else if (last->digest != digest)
                problem(tr("Record %1 of %2 was changed outside Boundary Keeper after event %3 of the audit "
                           "trail.")
                            .arg(record, table.name)
                            .arg(last->seq));
            ++report.records;
            stopped = !advance();
            return !stopped;
        });
        if (!read)
            return read.error();
        if (stopped)
            return cancelled();
    }
    // What the trail says exists but does not, in the order it was last written.
    QList<std::tuple<qint64, QString, QString>> missing = lastEvents.left();
    std::sort(missing.begin(), missing.end());
    for (const auto &[seq, table, record] : std::as_const(missing))
        problem(tr("Record %1 of %2 was deleted outside Boundary Keeper after event %3 of the audit trail.")
                    .arg(record, table)
                    .arg(seq));
    if (unlisted > 0)
        report.problems.append(tr("… and %n more problem(s).", nullptr, int(unlisted)));
    if (progress)
        progress(total, total);
    return report;
}

} // namespace bk
