// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "tests/benchmarks/BackupBench.h"

#include "app/backup/BackupService.h"
#include "app/backup/BackupWorker.h"
#include "app/storage/Database.h"
#include "tests/benchmarks/BenchReport.h"
#include "tests/benchmarks/Timing.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

namespace bk::bench {

namespace {

const QString Group = QStringLiteral("Backup");

// Removes a backup and its manifest, so that the next run writes a new one under the same name.
void removeBackup(const QString &file) {
    QFile::remove(file);
    QFile::remove(file + QStringLiteral(".json"));
}

} // namespace

Status BackupBench::measure(const BenchContext &context, BenchReport &report) {
    if (Database::isServerUrl(context.largeDatabasePath))
        return {};
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty())
        return Error{Error::Kind::NotFound,
                     QStringLiteral("The backup benchmark needs the sqlite3 program.")};
    QTemporaryDir folder;
    if (!folder.isValid())
        return Error{Error::Kind::Io, QStringLiteral("Cannot make a temporary folder.")};
    Result<std::unique_ptr<Database>> db =
        Database::open(context.largeDatabasePath, Database::Options{Database::Access::ReadOnly, false});
    if (!db)
        return db.error();
    const QString ours = folder.filePath(QStringLiteral("ours.sqlite"));
    const QString theirs = folder.filePath(QStringLiteral("theirs.sqlite"));
    const BackupService service(*db.value(), folder.path());
    QString failure;
    const auto runSqlite3 = [&](const QString &file, const QString &command) {
        QProcess process;
        process.start(sqlite3, {file, command});
        if (!process.waitForFinished(-1) || process.exitCode() != 0 ||
            (command.startsWith(QLatin1String("PRAGMA")) &&
             process.readAllStandardOutput().trimmed() != "ok"))
            failure = QString::fromLocal8Bit(process.readAllStandardError());
    };
    const auto copy = [&] {
        runSqlite3(context.largeDatabasePath, QStringLiteral(".backup %1").arg(theirs));
    };
    const auto fresh = [&] {
        removeBackup(ours);
        QFile::remove(theirs);
    };
    const int runs = std::min(context.options.repeat, 5);
    const TimedPair timed = measureInTurns(
        runs, fresh,
        [&] {
            copy();
            runSqlite3(theirs, QStringLiteral("PRAGMA integrity_check"));
        },
        [&] {
            if (Result<BackupEntry> entry = service.backUpTo(ours); !entry)
                failure = entry.error().message;
        });
    const Timing copyAlone = bench::measure(runs, fresh, copy);
    if (!failure.isEmpty())
        return Error{Error::Kind::Io, failure};
    report.addGroupNote(
        Group,
        QStringLiteral(
            "Ours: BackupService::backUpTo() of the practice file, as File › Back up now… runs it: the rows "
            "of "
            "every table counted for the manifest, the copy through SQLite's backup API, PRAGMA "
            "integrity_check of the copy, the file synced, its SHA-256 and the manifest written. Baseline: "
            "the "
            "sqlite3 program's `.backup` of the same file to a new file and `PRAGMA integrity_check` of that "
            "copy: the same checked copy with SQLite's own tools. `.backup` alone took %1 ms (median): the "
            "check every backup gets is most of the work. The stall: BackupWorker backs the practice up on "
            "its "
            "own thread while a timer on the window's thread fires every millisecond; the longest gap "
            "between "
            "two timer events, over the whole backup.")
            .arg(copyAlone.median, 0, 'f', 1));
    TimingRow backup;
    backup.operation =
        QStringLiteral("Back up the practice (%1 MiB) vs sqlite3's .backup and its integrity check")
            .arg(QFileInfo(context.largeDatabasePath).size() / (1024 * 1024));
    backup.ours = timed.ours;
    backup.floor = timed.baseline;
    backup.maxFloorRatio = 1.3;
    backup.maxMs.reset();
    report.addTiming(Group, backup);

    // The window's longest wait while a backup runs on BackupWorker's thread.
    QList<double> stalls;
    for (int run = 0; run < std::min(context.options.repeat, 3); ++run) {
        removeBackup(ours);
        BackupWorker worker;
        QEventLoop loop;
        QElapsedTimer sinceLast;
        double longest = 0;
        QTimer tick;
        tick.setInterval(1);
        QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
            longest = std::max(longest, sinceLast.nsecsElapsed() / 1e6);
            sinceLast.restart();
        });
        QObject::connect(&worker, &BackupWorker::finished, &loop,
                         [&](bool succeeded, const QString &pathOrMessage) {
                             if (!succeeded)
                                 failure = pathOrMessage;
                             loop.quit();
                         });
        sinceLast.start();
        tick.start();
        worker.start(context.largeDatabasePath, ours, {});
        loop.exec();
        if (!failure.isEmpty())
            return Error{Error::Kind::Io, failure};
        stalls.append(longest);
    }
    TimingRow stall;
    stall.operation = QStringLiteral("The window's longest wait while a backup runs on its thread");
    stall.ours = Timing::fromSamples(stalls);
    stall.maxMs = 50;
    report.addTiming(Group, stall);
    return {};
}

} // namespace bk::bench
