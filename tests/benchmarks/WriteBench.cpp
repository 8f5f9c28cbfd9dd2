// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "tests/benchmarks/WriteBench.h"

#include "app/common/ContactChannel.h"
#include "app/incidents/IncidentService.h"
#include "app/storage/Database.h"
#include "app/storage/SqlValues.h"
#include "tests/benchmarks/BenchReport.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <atomic>
#include <latch>

namespace bk::bench {

NewIncident sampleIncident(qint64 clientId) {
    NewIncident incident;
    incident.clientId = clientId;
    incident.occurredAt = QDateTime(QDate(2026, 11, 30), QTime(21, 15), Qt::UTC);
    incident.channel = ContactChannel::TextMessage;
    incident.boundaryKey = QStringLiteral("after_hours_contact");
    incident.description = QStringLiteral("Texted late in the evening about the next session.");
    return incident;
}

namespace {

const QString Group = QStringLiteral("Writing");

/// Incidents each of the two writers logs in one run.
constexpr int LogsPerWriter = 20;

// The floor: the row IncidentService stores for sampleIncident(), inserted with one statement prepared once
// (the columns of IncidentRepository::Inserter), without reading the policy or the client's terms.
class RawInsert {
public:
    explicit RawInsert(const Database &db)
        : m_db(db)
        , m_query(db.prepare(QStringLiteral(
              "INSERT INTO incidents (client_id, occurred_at, channel, boundary_key, policy_version, "
              "severity, "
              "description, crossed_by, outside_hours, outside_channel, status, outcome, closed_at, "
              "current_step, next_action, next_due, created_at, updated_at, recorded_by, resolution_hours, "
              "address_deadline) VALUES (:client_id, :occurred_at, :channel, :boundary_key, 0, 0, "
              ":description, 0, TRUE, FALSE, 0, '', NULL, '', :next_action, :next_due, :now, :now, "
              "'bench', NULL, :deadline) RETURNING id"))) {}

    Status insert(qint64 clientId) {
        const NewIncident incident = sampleIncident(clientId);
        m_query.bindValue(QStringLiteral(":client_id"), clientId);
        m_query.bindValue(QStringLiteral(":occurred_at"), SqlValues::fromUtc(incident.occurredAt));
        m_query.bindValue(QStringLiteral(":channel"), ContactChannels::key(incident.channel));
        m_query.bindValue(QStringLiteral(":boundary_key"), incident.boundaryKey);
        m_query.bindValue(QStringLiteral(":description"), incident.description);
        m_query.bindValue(QStringLiteral(":next_action"), QStringLiteral("Name the boundary"));
        m_query.bindValue(QStringLiteral(":next_due"), SqlValues::fromDate(incident.occurredAt.date()));
        m_query.bindValue(QStringLiteral(":now"), SqlValues::fromUtc(QDateTime::currentDateTimeUtc()));
        m_query.bindValue(QStringLiteral(":deadline"), SqlValues::fromUtc(incident.occurredAt.addDays(1)));
        const Result<qint64> id = m_db.execReturningId(m_query, QStringLiteral("inserting an incident"));
        return id ? Status() : Status(id.error());
    }

private:
    const Database &m_db;
    QSqlQuery m_query;
};

Result<std::unique_ptr<Database>> openForWriting(const QString &location) {
    return Database::open(location, Database::Options{Database::Access::ReadWrite, false});
}

/// Two threads, each with a connection of its own, log `LogsPerWriter` incidents each at once, starting
/// together; returns the milliseconds until both are done. `raw` logs with raw INSERTs.
Result<double> twoWriters(const QString &location, bool raw, int clientCount) {
    std::latch opened(3);
    std::latch finished(2);
    std::atomic<bool> failedToOpen = false;
    QString errors[2];
    QElapsedTimer timer;
    const auto writer = [&](int index) {
        Result<std::unique_ptr<Database>> db = openForWriting(location);
        if (!db)
            failedToOpen = true;
        opened.arrive_and_wait();
        if (db) {
            const IncidentService service(*db.value());
            RawInsert insert(*db.value());
            for (int i = 0; i < LogsPerWriter && errors[index].isEmpty(); ++i) {
                const qint64 client = 1 + (index * LogsPerWriter + i) % clientCount;
                if (raw) {
                    if (Status done = insert.insert(client); !done)
                        errors[index] = done.error().message;
                } else if (Result<qint64> id = service.log(sampleIncident(client)); !id) {
                    errors[index] = id.error().message;
                }
            }
        } else {
            errors[index] = db.error().message;
        }
        finished.count_down();
    };
    // QThreads: a server connection watches its socket for other sessions' announcements with a
    // QSocketNotifier, which needs a thread Qt knows.
    const std::unique_ptr<QThread> first(QThread::create(writer, 0));
    const std::unique_ptr<QThread> second(QThread::create(writer, 1));
    first->start();
    second->start();
    opened.arrive_and_wait();
    timer.start();
    finished.wait();
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    first->wait();
    second->wait();
    for (const QString &error : errors) {
        if (!error.isEmpty())
            return Error{Error::Kind::Storage,
                         QStringLiteral("A writer of two at once failed: %1").arg(error)};
    }
    return ms;
}

} // namespace

Status WriteBench::measure(const BenchContext &context, BenchReport &report) {
    // A file practice is written as a copy, so that the practice a later run reuses stays as built; a server
    // practice is the benchmark's own throwaway database.
    QTemporaryDir folder;
    QString location = context.largeDatabasePath;
    if (!Database::isServerUrl(location)) {
        location = folder.filePath(QStringLiteral("writes.sqlite"));
        if (!folder.isValid() || !QFile::copy(context.largeDatabasePath, location))
            return Error{Error::Kind::Io, QStringLiteral("Cannot copy the practice to %1.").arg(location)};
    }
    report.addGroupNote(
        Group,
        QStringLiteral(
            "Ours: IncidentService::log(), as the quick log calls it: it reads what the incident is checked "
            "against in one statement (the policy's stamp, the client, the terms the client signed, the "
            "profile's row version; a published version and the profile kept while current), checks the "
            "incident, derives its flags and next step, and inserts it through IncidentRepository in one "
            "statement that also tells the other desktops. Baseline: a raw INSERT of the same row with a "
            "statement prepared once (RETURNING id), nothing read first. Two writers: two threads, each on "
            "its own connection, each logging %1 incidents at once, timed until both are done; the baseline "
            "is two writers of the raw INSERT.%2")
            .arg(LogsPerWriter)
            .arg(Database::isServerUrl(location) ? QString()
                                                 : QStringLiteral(" On SQLite the two writers take turns "
                                                                  "(one writer at a time, busy timeout).")));

    Result<std::unique_ptr<Database>> opened = openForWriting(location);
    if (!opened)
        return opened.error();
    const Database &db = *opened.value();
    const IncidentService service(db);
    RawInsert insert(db);
    Status failed;
    qint64 next = 0;
    const auto client = [&]() {
        return 1 + (next++ % context.options.clients);
    };
    TimingRow one;
    one.operation = QStringLiteral("Log one incident");
    const TimedPair logged = measureInTurns(
        context.options.repeat, {},
        [&]() {
            if (Status done = insert.insert(client()); !done && failed)
                failed = done;
        },
        [&]() {
            if (Result<qint64> id = service.log(sampleIncident(client())); !id && failed)
                failed = id.error();
        });
    if (!failed)
        return failed;
    one.ours = logged.ours;
    one.floor = logged.baseline;
    report.addTiming(Group, one);

    TimingRow two;
    two.operation = QStringLiteral("Two writers log %1 incidents each at once").arg(LogsPerWriter);
    two.maxMs.reset();
    QList<double> ours;
    QList<double> raw;
    // Warmed up once, then in turns like every other pair.
    for (int run = 0; run <= context.options.repeat; ++run) {
        const Result<double> rawRun = twoWriters(location, true, context.options.clients);
        if (!rawRun)
            return rawRun.error();
        const Result<double> ourRun = twoWriters(location, false, context.options.clients);
        if (!ourRun)
            return ourRun.error();
        if (run > 0) {
            raw.append(rawRun.value());
            ours.append(ourRun.value());
        }
    }
    two.ours = Timing::fromSamples(ours);
    two.floor = Timing::fromSamples(raw);
    report.addTiming(Group, two);
    return {};
}

} // namespace bk::bench
