// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "StartupBench.h"

#include "BenchReport.h"
#include "ChildProcess.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

namespace bk::bench {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("StartupBench", text);
}

/// Start-up with the large database may take at most this much longer than with an empty one.
constexpr double MaxStartupRatio = 1.2;
/// What boundary-keeper prints on stdout when --quit-after-first-paint sees the first paint.
const QByteArray FirstPaintMarker = QByteArrayLiteral("first paint");

/// Starts boundary-keeper on `databasePath` in a private home (its settings and data folder never touch the
/// user's) and waits until it has quit.
Result<ChildRun> startOnce(const QString &databasePath, const QString &home) {
    const QString program = QStringLiteral(BK_APP_BINARY);
    const QStringList arguments{QStringLiteral("--db"), databasePath,
                                QStringLiteral("--quit-after-first-paint")};
    const QStringList environment{QStringLiteral("QT_QPA_PLATFORM=offscreen"), QStringLiteral("HOME=") + home,
                                  QStringLiteral("XDG_CONFIG_HOME=") + home + QStringLiteral("/.config"),
                                  QStringLiteral("XDG_DATA_HOME=") + home + QStringLiteral("/.local/share"),
                                  QStringLiteral("XDG_CACHE_HOME=") + home + QStringLiteral("/.cache")};
    Result<ChildRun> run = runChild(program, arguments, environment, FirstPaintMarker);
    if (run.ok() && (run.value().exitCode != 0 || !run.value().markerMs)) {
        return Error{Error::Kind::Io,
                     tr("%1 did not show its window (exit code %2): %3")
                         .arg(program)
                         .arg(run.value().exitCode)
                         .arg(QString::fromLocal8Bit(run.value().standardError.right(2000)))};
    }
    return run;
}

} // namespace

Status StartupBench::measure(const BenchContext &context, BenchReport &report) {
    const QString group = tr("Start-up");
    report.addGroupNote(group,
                        tr("The real boundary-keeper started as a child process (QT_QPA_PLATFORM=offscreen, "
                           "--db PATH --quit-after-first-paint, a private HOME), timed from the start of "
                           "the process until it reports the main window's first paint. Baseline: the "
                           "same start on an empty database (the same schema, no rows); target within "
                           "%1×.")
                            .arg(MaxStartupRatio));
    QTemporaryDir home;
    if (!home.isValid())
        return Error{Error::Kind::Io, tr("Cannot create a temporary folder: %1").arg(home.errorString())};
    // The starts alternate between the databases, so a change in the machine's load affects both alike; the
    // first round is a warm-up that fills the OS file cache.
    QList<double> emptyMs, largeMs, emptyMb, largeMb;
    for (int i = 0; i <= context.options.repeat; ++i) {
        const Result<ChildRun> empty = startOnce(context.emptyDatabasePath, home.path());
        if (!empty.ok())
            return empty.error();
        const Result<ChildRun> large = startOnce(context.largeDatabasePath, home.path());
        if (!large.ok())
            return large.error();
        if (i == 0)
            continue;
        emptyMs.append(*empty.value().markerMs);
        largeMs.append(*large.value().markerMs);
        emptyMb.append(empty.value().peakRssMb);
        largeMb.append(large.value().peakRssMb);
    }

    TimingRow row;
    row.operation = tr("Start and show the main window (large database vs empty)");
    row.ours = Timing::fromSamples(largeMs);
    row.floor = Timing::fromSamples(emptyMs);
    row.maxFloorRatio = MaxStartupRatio;
    row.maxMs.reset();
    report.addTiming(group, row);
    report.addMemory(tr("Start-up memory (peak RSS of boundary-keeper, median of the timed starts)"),
                     MemoryRow{tr("Start and show the main window"),
                               Timing::fromSamples(emptyMb).median,
                               Timing::fromSamples(largeMb).median,
                               {}});
    return {};
}

} // namespace bk::bench
