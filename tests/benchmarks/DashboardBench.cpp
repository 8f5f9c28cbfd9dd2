// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "tests/benchmarks/DashboardBench.h"

#include "app/common/Clock.h"
#include "app/dashboard/DashboardService.h"
#include "app/dashboard/DashboardStatistics.h"
#include "app/storage/Database.h"
#include "app/storage/SqlValues.h"
#include "tests/benchmarks/BenchReport.h"
#include "tests/benchmarks/IncidentTableBench.h"

#include <QSqlError>
#include <QSqlQuery>
#include <numeric>

namespace bk::bench {

namespace {

/// The target: every figure within 1.3× of the raw SQL aggregates alone.
constexpr double MaxDashboardRatio = 1.3;
constexpr int YearDays = 365;

/// The moment the figures are computed for: noon UTC on the synthetic log's last day, the day the incident
/// table benchmark judges overdue on, so that "one year" holds a year of incidents.
QDateTime benchNow() {
    return QDateTime(IncidentTableBench::today(), QTime(12, 0), Qt::UTC);
}

/// Fixes Clock for its lifetime, then gives it back to the system clock.
struct FixedClock {
    FixedClock() {
        Clock::setNowFunction([] { return benchNow(); });
    }
    ~FixedClock() { Clock::setNowFunction({}); }
    FixedClock(const FixedClock &) = delete;
    FixedClock &operator=(const FixedClock &) = delete;
};

/// The period's incidents counted straight from the table, without the dashboard's statements.
struct DirectCounts {
    qint64 clientIncidents = 0;
    qint64 selfReported = 0;
};

Result<DirectCounts> countDirectly(const Database &db, const DashboardFigures &figures) {
    const bool client = figures.request.clientId.has_value();
    QSqlQuery query = db.prepare(
        QStringLiteral(
            "SELECT count(*) FILTER (WHERE crossed_by = 0), count(*) FILTER (WHERE crossed_by <> 0) "
            "FROM incidents WHERE occurred_at >= :from AND occurred_at < :to") +
        (client ? QStringLiteral(" AND client_id = :client") : QString()));
    query.bindValue(QStringLiteral(":from"), SqlValues::fromUtc(figures.fromUtc));
    query.bindValue(QStringLiteral(":to"), SqlValues::fromUtc(figures.toUtc));
    if (client)
        query.bindValue(QStringLiteral(":client"), *figures.request.clientId);
    if (!query.exec() || !query.next())
        return db.errorFrom(query.lastError(), QStringLiteral("counting the period's incidents"));
    return DirectCounts{query.value(0).toLongLong(), query.value(1).toLongLong()};
}

/// Whether the figures add up to what the table holds: a dashboard that read nothing, or read something else
/// than its statements, must not be timed as if it had worked.
Status checkFigures(const DashboardFigures &figures, const DirectCounts &direct, qint64 floorRows) {
    QStringList problems;
    const auto expect = [&problems](const QString &what, qint64 got, qint64 expected) {
        if (got != expected)
            problems.append(QStringLiteral("%1 is %2, not %3").arg(what).arg(got).arg(expected));
    };
    expect(QStringLiteral("the client incidents"), figures.incidents, direct.clientIncidents);
    expect(QStringLiteral("the self-reported lapses"), figures.selfReported, direct.selfReported);
    const auto sum = [](const auto &list, auto value) {
        return std::accumulate(list.cbegin(), list.cend(), qint64(0),
                               [&value](qint64 total, const auto &item) { return total + value(item); });
    };
    expect(QStringLiteral("the sum by client"),
           sum(figures.byClient, [](const ClientCount &c) { return c.count; }), figures.incidents);
    expect(QStringLiteral("the sum by boundary"),
           sum(figures.byBoundary, [](const KeyedCount &c) { return c.count; }), figures.incidents);
    expect(QStringLiteral("the sum by month"),
           sum(figures.byMonth, [](const MonthFigure &m) { return m.count; }), figures.incidents);
    qint64 cells = 0;
    for (const auto &day : figures.byWeekdayHour)
        cells += std::accumulate(day.cbegin(), day.cend(), qint64(0));
    expect(QStringLiteral("the sum of the heat map"), cells, figures.incidents);
    if (figures.resolved > figures.incidents || figures.addressedWithin24h > figures.incidents)
        problems.append(QStringLiteral("more incidents resolved or addressed than there are"));
    if (floorRows <= 0)
        problems.append(QStringLiteral("the statements alone read no rows"));
    if (problems.isEmpty())
        return {};
    return Error{Error::Kind::Invalid, QStringLiteral("The dashboard's figures do not add up (%1).")
                                           .arg(problems.join(QStringLiteral("; ")))};
}

/// Measures one request: checks that ours and the floor read what the table holds, then times both.
Result<DashboardFigures> measureRequest(const Database &db, const DashboardRequest &request,
                                        const QString &operation, int repeat, const QString &group,
                                        BenchReport &report) {
    const DashboardService service(db);
    const DashboardRepository repository(db);
    const Result<QByteArray> zone = service.timeZoneId();
    if (!zone.ok())
        return zone.error();
    // The same "now" and zone compute() takes (Clock is fixed while the group runs).
    const DashboardContext context = DashboardContext::current(zone.value());
    const DashboardQuery query = DashboardStatistics(request, context).query();

    Result<DashboardFigures> figures = service.compute(request);
    if (!figures.ok())
        return figures.error();
    const Result<qint64> rows = repository.runStatementsOnly(query);
    if (!rows.ok())
        return rows.error();
    const Result<DirectCounts> direct = countDirectly(db, figures.value());
    if (!direct.ok())
        return direct.error();
    if (Status checked = checkFigures(figures.value(), direct.value(), rows.value()); !checked)
        return checked.error();

    TimingRow row;
    row.operation = operation;
    row.maxFloorRatio = MaxDashboardRatio;
    // Computed off the GUI thread (DashboardWorker): the window never waits for it, so no interactive target.
    row.maxMs.reset();
    // In turns, so that a change in the machine's load affects both alike; the one-client year is quick and
    // runs more often. The first failure is kept and ends the group.
    Status failed;
    const TimedPair timed = measureInTurns(
        repeat, {},
        [&]() {
            if (const Result<qint64> read = repository.runStatementsOnly(query); !read.ok() && failed)
                failed = read.error();
        },
        [&]() {
            if (const Result<DashboardFigures> computed = service.compute(request); !computed.ok() && failed)
                failed = computed.error();
        });
    if (!failed)
        return failed.error();
    row.ours = timed.ours;
    row.floor = timed.baseline;
    report.addTiming(group, row);
    return figures;
}

} // namespace

Result<DashboardDatabase> DashboardDatabase::open(const QString &path) {
    Result<std::unique_ptr<Database>> opened =
        Database::open(path, Database::Options{Database::Access::ReadOnly, false});
    if (!opened.ok())
        return opened.error();
    const Result<QByteArray> zone = DashboardService(*opened.value()).timeZoneId();
    if (!zone.ok())
        return zone.error();
    return DashboardDatabase{std::move(opened).value(), zone.value()};
}

Status DashboardBench::measure(const BenchContext &context, BenchReport &report) {
    const QString group = QStringLiteral("Dashboard");
    const FixedClock clock;
    const Result<DashboardDatabase> opened = DashboardDatabase::open(context.largeDatabasePath);
    if (!opened.ok())
        return opened.error();
    const Database &db = *opened.value().database;

    // The whole practice, one year up to the synthetic log's last day, no client chosen.
    const DashboardRequest year = DashboardRequest::lastDays(YearDays, opened.value().timeZoneId);
    const Result<DashboardFigures> practice =
        measureRequest(db, year, QStringLiteral("Every figure for one year, the whole practice"),
                       context.options.repeat, group, report);
    if (!practice.ok())
        return practice.error();
    const DashboardFigures &figures = practice.value();
    QString note =
        QStringLiteral(
            "Ours: DashboardService::compute(), every figure with the practice's name, hours and the "
            "policy's "
            "boundary labels, as the dashboard's worker computes it off the GUI thread (so there is no "
            "millisecond target). Baseline: DashboardRepository::runStatementsOnly(), the very statements "
            "with the same values, only stepping through their rows. Both on one read-only connection like "
            "the worker's, in turns, the clock fixed at %1; one year is %2 to %3 (%4 client incidents and "
            "%5 self-reported lapses of the practice).")
            .arg(benchNow().toString(Qt::ISODate), year.from.toString(Qt::ISODate),
                 year.to.toString(Qt::ISODate))
            .arg(figures.incidents)
            .arg(figures.selfReported);

    // A common drill-down: the year of the client with the most incidents in it (byClient is most first).
    if (figures.byClient.isEmpty()) {
        note +=
            QStringLiteral(" No client had an incident in that year, so one client's year was not measured.");
    } else {
        const ClientCount &busiest = figures.byClient.first();
        DashboardRequest oneClient = year;
        oneClient.clientId = busiest.clientId;
        const Result<DashboardFigures> client = measureRequest(
            db, oneClient,
            QStringLiteral("Every figure for one client's year (the client with the most incidents: %1)")
                .arg(busiest.count),
            context.options.repeat, group, report);
        if (!client.ok())
            return client.error();
    }
    report.addGroupNote(group, note);
    return {};
}

} // namespace bk::bench
