// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "tests/benchmarks/StartupBench.h"

#include "app/common/ZoneOffsets.h"
#include "app/dashboard/DashboardService.h"
#include "app/storage/Database.h"
#include "app/storage/SqlValues.h"
#include "tests/benchmarks/BenchReport.h"
#include "tests/benchmarks/ChildProcess.h"
#include "tests/benchmarks/DashboardBench.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace bk::bench {

namespace {

/// Start-up with the large database may take at most this much longer than with an empty one.
constexpr double MaxStartupRatio = 1.2;
/// What boundary-keeper prints on stdout when --quit-after-first-paint sees the first paint.
const QByteArray FirstPaintMarker = QByteArrayLiteral("first paint");
/// What it prints next with --section dashboard, once the dashboard shows its figures.
const QByteArray DashboardShownMarker = QByteArrayLiteral("dashboard shown");
/// The period the dashboard opens on (DashboardPage's default preset).
constexpr int DashboardDays = 90;

/// Starts boundary-keeper on `databasePath` in a private home (its settings and data folder never touch the
/// user's) with --quit-after-first-paint and `extraArguments`, and waits until it has quit; the run's
/// markerMs is when it printed `marker`.
Result<ChildRun> startOnce(const QString &databasePath, const QString &home,
                           const QStringList &extraArguments = {},
                           const QByteArray &marker = FirstPaintMarker) {
    const QString program = QStringLiteral(BK_APP_BINARY);
    const QStringList arguments =
        QStringList{QStringLiteral("--db"), databasePath, QStringLiteral("--quit-after-first-paint")} +
        extraArguments;
    const QStringList environment{QStringLiteral("QT_QPA_PLATFORM=offscreen"), QStringLiteral("HOME=") + home,
                                  QStringLiteral("XDG_CONFIG_HOME=") + home + QStringLiteral("/.config"),
                                  QStringLiteral("XDG_DATA_HOME=") + home + QStringLiteral("/.local/share"),
                                  QStringLiteral("XDG_CACHE_HOME=") + home + QStringLiteral("/.cache")};
    Result<ChildRun> run = runChild(program, arguments, environment, marker);
    if (run.ok() && (run.value().exitCode != 0 || !run.value().markerMs)) {
        return Error{Error::Kind::Io,
                     QStringLiteral("%1 %2 did not print \"%3\" (exit code %4): %5")
                         .arg(program, arguments.join(QLatin1Char(' ')), QString::fromLatin1(marker))
                         .arg(run.value().exitCode)
                         .arg(QString::fromLocal8Bit(run.value().standardError.right(2000)))};
    }
    return run;
}

/// What alternating starts on the empty and the large database measured (the first round, a warm-up that
/// fills the OS file cache, left out).
struct Starts {
    QList<double> emptyMs, largeMs, emptyMb, largeMb;
};

Result<Starts> startAlternately(const BenchContext &context, const QString &home,
                                const QStringList &extraArguments, const QByteArray &marker) {
    // The starts alternate between the databases, so a change in the machine's load affects both alike.
    Starts starts;
    for (int i = 0; i <= context.options.repeat; ++i) {
        const Result<ChildRun> empty = startOnce(context.emptyDatabasePath, home, extraArguments, marker);
        if (!empty.ok())
            return empty.error();
        const Result<ChildRun> large = startOnce(context.largeDatabasePath, home, extraArguments, marker);
        if (!large.ok())
            return large.error();
        if (i == 0)
            continue;
        starts.emptyMs.append(*empty.value().markerMs);
        starts.largeMs.append(*large.value().markerMs);
        starts.emptyMb.append(empty.value().peakRssMb);
        starts.largeMb.append(large.value().peakRssMb);
    }
    return starts;
}

/// The client incidents the dashboard counts when it opens: its default period, by the real clock, as the
/// application sees it (the synthetic log ends on 2026-12-01, so this shrinks as time goes by).
Result<QString> dashboardPeriodNote(const QString &databasePath) {
    const Result<DashboardDatabase> opened = DashboardDatabase::open(databasePath);
    if (!opened.ok())
        return opened.error();
    const Database &db = *opened.value().database;
    const QByteArray &zone = opened.value().timeZoneId;
    const DashboardRequest request = DashboardRequest::lastDays(DashboardDays, zone);
    QSqlQuery query = db.prepare(QStringLiteral("SELECT count(*) FROM incidents WHERE occurred_at >= :from "
                                                "AND occurred_at < :to AND crossed_by = 0"));
    query.bindValue(QStringLiteral(":from"),
                    SqlValues::fromUtc(ZoneOffsets::dayStartUtc(zone, request.from)));
    query.bindValue(QStringLiteral(":to"),
                    SqlValues::fromUtc(ZoneOffsets::dayStartUtc(zone, request.to.addDays(1))));
    if (!query.exec() || !query.next())
        return db.errorFrom(query.lastError(), QStringLiteral("counting the incidents the dashboard shows"));
    const qint64 incidents = query.value(0).toLongLong();
    QString note =
        QStringLiteral("The dashboard opens on the last %1 days by the real clock (%2 to %3), which hold %4 "
                       "client incidents of the large database.")
            .arg(DashboardDays)
            .arg(request.from.toString(Qt::ISODate), request.to.toString(Qt::ISODate))
            .arg(incidents);
    if (incidents == 0)
        note += QStringLiteral(
            " The synthetic log ends on 2026-12-01: with none in the period, the dashboard rows "
            "measure an empty dashboard.");
    return note;
}

} // namespace

Status StartupBench::measure(const BenchContext &context, BenchReport &report) {
    const QString group = QStringLiteral("Start-up");
    report.addGroupNote(
        group,
        QStringLiteral("The real boundary-keeper started as a child process (QT_QPA_PLATFORM=offscreen, "
                       "--db PATH --quit-after-first-paint, a private HOME), timed from the start of "
                       "the process until it reports the main window's first paint. Baseline: the "
                       "same start on an empty database (the same schema, no rows); target within "
                       "%1×. With --section dashboard it also waits until the dashboard shows its "
                       "figures and reports that (\"dashboard shown\").")
            .arg(MaxStartupRatio));
    QTemporaryDir home;
    if (!home.isValid())
        return Error{Error::Kind::Io,
                     QStringLiteral("Cannot create a temporary folder: %1").arg(home.errorString())};
    const Result<Starts> window = startAlternately(context, home.path(), {}, FirstPaintMarker);
    if (!window.ok())
        return window.error();
    // The same, opening on the dashboard and waiting until it shows its figures (computed off the GUI thread
    // on a connection of its own): the memory "with the large database open and the dashboard shown".
    const Result<Starts> dashboard =
        startAlternately(context, home.path(), {QStringLiteral("--section"), QStringLiteral("dashboard")},
                         DashboardShownMarker);
    if (!dashboard.ok())
        return dashboard.error();
    const Result<QString> periodNote = dashboardPeriodNote(context.largeDatabasePath);
    if (!periodNote.ok())
        return periodNote.error();

    TimingRow row;
    row.operation = QStringLiteral("Start and show the main window (large database vs empty)");
    row.ours = Timing::fromSamples(window.value().largeMs);
    row.floor = Timing::fromSamples(window.value().emptyMs);
    row.maxFloorRatio = MaxStartupRatio;
    row.maxMs.reset();
    report.addTiming(group, row);
    // How long the dashboard took to show is reported, not judged: the issue sets it no target.
    for (const auto &[database, samples] :
         {std::pair{QStringLiteral("empty database"), dashboard.value().emptyMs},
          std::pair{QStringLiteral("large database"), dashboard.value().largeMs}}) {
        TimingRow shown;
        shown.operation =
            QStringLiteral("Start until the dashboard shows its figures, %1 (informational, no target)")
                .arg(database);
        shown.ours = Timing::fromSamples(samples);
        shown.maxMs.reset();
        report.addTiming(group, shown);
    }

    const QString memoryGroup =
        QStringLiteral("Start-up memory (peak RSS of boundary-keeper, median of the timed starts)");
    report.addGroupNote(memoryGroup, periodNote.value());
    report.addMemory(memoryGroup, MemoryRow{QStringLiteral("Start and show the main window"),
                                            Timing::fromSamples(window.value().emptyMb).median,
                                            Timing::fromSamples(window.value().largeMb).median,
                                            {}});
    report.addMemory(memoryGroup, MemoryRow{QStringLiteral("Start and show the dashboard"),
                                            Timing::fromSamples(dashboard.value().emptyMb).median,
                                            Timing::fromSamples(dashboard.value().largeMb).median,
                                            {}});
    return {};
}

} // namespace bk::bench
