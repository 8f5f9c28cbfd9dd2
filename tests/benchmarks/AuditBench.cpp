// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "tests/benchmarks/AuditBench.h"

#include "app/audit/AuditTrail.h"
#include "app/incidents/IncidentService.h"
#include "app/storage/AuditRepository.h"
#include "app/storage/Database.h"
#include "tests/benchmarks/BenchReport.h"
#include "tests/benchmarks/Timing.h"
#include "tests/benchmarks/WriteBench.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace bk::bench {

namespace {

const QString Group = QStringLiteral("Audit trail");

Result<std::unique_ptr<Database>> openCopy(const QString &from, const QString &to) {
    if (!QFile::copy(from, to))
        return Error{Error::Kind::Io, QStringLiteral("Cannot copy the practice to %1.").arg(to)};
    return Database::open(to, Database::Options{Database::Access::ReadWrite, false});
}

// The same practice without the trail: its triggers dropped, so that every write is the write alone.
Status dropTrail(const Database &db) {
    QSqlQuery names(db.connection());
    if (!names.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE "
                                   "'%\\_audit\\_%' ESCAPE '\\'")))
        return db.errorFrom(names.lastError(), QStringLiteral("listing the trail's triggers"));
    QStringList triggers;
    while (names.next())
        triggers.append(names.value(0).toString());
    for (const QString &trigger : triggers) {
        QSqlQuery drop(db.connection());
        if (!drop.exec(QStringLiteral("DROP TRIGGER ") + trigger))
            return db.errorFrom(drop.lastError(), QStringLiteral("dropping %1").arg(trigger));
    }
    return {};
}

// The plain loop: every event read and hashed, every audited row's digest read, nothing compared.
Status readAndHash(const Database &db, QByteArray &sink) {
    const AuditRepository repository(db);
    if (Status walked = repository.walk([&sink](const AuditEvent &event) {
            sink = AuditChain::eventHash(event);
            return true;
        });
        !walked)
        return walked;
    const Result<QList<AuditRepository::Table>> tables = repository.tables();
    if (!tables)
        return tables.error();
    for (const AuditRepository::Table &table : tables.value()) {
        if (Status read = repository.records(table,
                                             [&sink](const QString &, const QByteArray &digest) {
                                                 sink = digest;
                                                 return true;
                                             });
            !read)
            return read;
    }
    return {};
}

} // namespace

Status AuditBench::measure(const BenchContext &context, BenchReport &report) {
    if (Database::isServerUrl(context.largeDatabasePath))
        return {};
    report.addGroupNote(
        Group,
        QStringLiteral(
            "Logging: IncidentService::log() on a copy of the practice with the trail (its triggers append "
            "one hash-chained event per row written, with the row's digest) against the same call on a copy "
            "whose trail triggers were dropped. Verifying: AuditTrail::verify() (the chain walked and every "
            "event's hash recomputed, each record's digest recomputed and compared with its last event, the "
            "noted heads checked) against reading the same events and hashing each in a plain loop and "
            "reading every audited record's digest, nothing compared."));
    QTemporaryDir folder;
    if (!folder.isValid())
        return Error{Error::Kind::Io, QStringLiteral("Cannot make a temporary folder.")};
    Result<std::unique_ptr<Database>> with =
        openCopy(context.largeDatabasePath, folder.filePath(QStringLiteral("with.sqlite")));
    if (!with)
        return with.error();
    Result<std::unique_ptr<Database>> without =
        openCopy(context.largeDatabasePath, folder.filePath(QStringLiteral("without.sqlite")));
    if (!without)
        return without.error();
    if (Status dropped = dropTrail(*without.value()); !dropped)
        return dropped;

    Status failed;
    qint64 next = 0;
    const auto client = [&]() {
        return 1 + (next++ % context.options.clients);
    };
    const IncidentService audited(*with.value());
    const IncidentService plain(*without.value());
    const TimedPair logged = measureInTurns(
        context.options.repeat, {},
        [&]() {
            if (Result<qint64> id = plain.log(sampleIncident(client())); !id && failed)
                failed = id.error();
        },
        [&]() {
            if (Result<qint64> id = audited.log(sampleIncident(client())); !id && failed)
                failed = id.error();
        });
    if (!failed)
        return failed;
    TimingRow one;
    one.operation = QStringLiteral("Log one incident, with the trail vs without");
    one.ours = logged.ours;
    one.floor = logged.baseline;
    one.maxFloorRatio = 1.3;
    report.addTiming(Group, one);

    const Result<qint64> events = AuditRepository(*with.value()).eventCount();
    if (!events)
        return events.error();
    QByteArray sink;
    const TimedPair verified = measureInTurns(
        std::min(context.options.repeat, 3), {},
        [&]() {
            if (Status read = readAndHash(*with.value(), sink); !read && failed)
                failed = read;
        },
        [&]() {
            const Result<AuditTrail::Report> checked = AuditTrail(*with.value()).verify({});
            if (!checked && failed)
                failed = checked.error();
            else if (checked && !checked.value().intact() && failed)
                failed = Error{Error::Kind::Storage, checked.value().problems.join(QLatin1Char('\n'))};
        });
    if (!failed)
        return failed;
    TimingRow verify;
    verify.operation = QStringLiteral("audit verify of %L1 events").arg(events.value());
    verify.ours = verified.ours;
    verify.floor = verified.baseline;
    verify.maxFloorRatio = 1.5;
    verify.maxMs.reset();
    report.addTiming(Group, verify);
    return {};
}

} // namespace bk::bench
