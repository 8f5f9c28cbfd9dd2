// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
// Opening and closing a database file: the file checks and settings that only SQLite needs.
#include "app/common/Settings.h"
#include "app/storage/AuditChain.h"
#include "app/storage/Database.h"
#include "app/storage/DatabaseConnection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <fcntl.h>
#include <linux/fs.h>
#include <sqlite3.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace bk {

namespace {

// lupdate files these messages under "Database", the context Tr::tr() asks for at run time.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(Database)
};

bool hasSqliteHeader(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

// A file counts as read-only when the system says so or its owner-write bit is clear (the latter also
// holds for root, who may write anything but should respect a file made read-only on purpose).
bool isWritableFile(const QFileInfo &info) {
    return info.isWritable() && (info.permissions() & QFileDevice::WriteOwner);
}

// Whether nobody can change the file while it is open: it lies on read-only media, is marked immutable
// (chattr +i), or has no write permission for anyone. SQLite can then read it as immutable, without the
// -wal and -shm files that read-only media cannot hold and that would otherwise be left behind.
bool nobodyCanChange(const QString &path) {
    const QByteArray native = QFile::encodeName(path);
    struct statvfs volume {};
    if (::statvfs(native.constData(), &volume) == 0 && (volume.f_flag & ST_RDONLY) != 0)
        return true;
    struct stat status {};
    if (::stat(native.constData(), &status) != 0)
        return false;
    if ((status.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0)
        return true;
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return false;
    int flags = 0;
    const bool immutable = ::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0 && (flags & FS_IMMUTABLE_FL) != 0;
    ::close(fd);
    return immutable;
}

// Client records are confidential: a file Boundary Keeper writes is readable by its owner only, whatever
// mode it came with (SQLite gives its -wal and -shm files the database file's mode).
void makePrivate(const QString &path) {
    const QByteArray native = QFile::encodeName(path);
    struct stat status {};
    if (::stat(native.constData(), &status) == 0 && status.st_uid == ::geteuid() &&
        (status.st_mode & (S_IRWXG | S_IRWXO)) != 0)
        ::chmod(native.constData(), status.st_mode & S_IRWXU);
}

// More than the resolution of file times on Linux file systems (the kernel's clock tick).
constexpr qint64 FileTimeTickMs = 20;

// The file's size, modification and status-change times: any write changes them, and the status-change time
// cannot be set back. Empty when the file cannot be trusted as unchanged (a write-ahead log is left over).
QString fileState(const QString &path) {
    const QFileInfo info(path);
    const QFileInfo wal(path + QStringLiteral("-wal"));
    if (!info.exists() || (wal.exists() && wal.size() > 0))
        return {};
    return QStringLiteral("%1 %2 %3")
        .arg(info.size())
        .arg(info.lastModified().toMSecsSinceEpoch())
        .arg(info.metadataChangeTime().toMSecsSinceEpoch());
}

// Whether the file is large enough to be trusted and exactly as it was when Boundary Keeper last closed it
// after checking it.
bool isUnchangedSinceChecked(const QString &path, qint64 fromBytes) {
    if (QFileInfo(path).size() < fromBytes)
        return false;
    const QString state = fileState(path);
    return !state.isEmpty() && Settings().integrityCheckState(path) == state;
}

// How often, in SQLite's virtual machine instructions, a check asks Options::checking whether to go on.
constexpr int CheckingInterval = 10000;

// What a check found: its lines, or why it could not run; `cancelled` when Options::checking stopped it.
struct CheckFindings {
    const std::function<bool()> *checking = nullptr;
    QStringList problems;
    /// Of the problems, the records that refer to missing ones (PRAGMA foreign_key_check).
    QStringList dangling;
    bool cancelled = false;
};

int askToGoOn(void *context) {
    auto *findings = static_cast<CheckFindings *>(context);
    findings->cancelled = findings->cancelled || !(*findings->checking)();
    return findings->cancelled ? 1 : 0;
}

// Runs PRAGMA quick_check or integrity_check, then PRAGMA foreign_key_check, on `db`, asking `checking` (when
// set) now and then whether to go on.
CheckFindings checkFile(const QSqlDatabase &db, const Database::Options &options) {
    CheckFindings findings;
    findings.checking = &options.checking;
    sqlite3 *handle = sqliteHandle(db);
    if (handle && options.checking)
        sqlite3_progress_handler(handle, CheckingInterval, &askToGoOn, &findings);
    bool stopped = false;
    auto run = [&](const QString &pragma, const std::function<void(const QSqlQuery &)> &row) {
        if (stopped)
            return;
        QSqlQuery check(db);
        check.setForwardOnly(true);
        if (check.exec(pragma)) {
            while (check.next())
                row(check);
        }
        if (check.lastError().isValid()) {
            stopped = true;
            if (!findings.cancelled)
                findings.problems.append(check.lastError().text());
        }
    };
    run(options.quickCheck ? QStringLiteral("PRAGMA quick_check") : QStringLiteral("PRAGMA integrity_check"),
        [&findings](const QSqlQuery &check) {
            if (const QString line = check.value(0).toString(); line != QLatin1String("ok"))
                findings.problems.append(line);
        });
    // A record whose parent was deleted behind the application's back (foreign keys off in another program)
    // would silently drop out of every list that joins the two.
    if (findings.problems.isEmpty()) {
        run(QStringLiteral("PRAGMA foreign_key_check"), [&findings](const QSqlQuery &check) {
            findings.dangling.append(
                Tr::tr("%1 record %2 refers to a missing %3 record")
                    .arg(check.value(0).toString(), check.value(1).toString(), check.value(2).toString()));
        });
        findings.problems += findings.dangling;
    }
    if (handle && options.checking)
        sqlite3_progress_handler(handle, 0, nullptr, nullptr);
    return findings;
}

} // namespace

Result<std::unique_ptr<Database>> Database::openFile(const QString &path, const Options &options) {
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    const bool exists = info.exists();
    if (exists && info.isDir())
        return Error{Error::Kind::Io, Tr::tr("%1 is a folder, not a database file.").arg(shown)};

    const bool emptyFile = !exists || info.size() == 0;
    if (emptyFile && !options.create)
        return Error{Error::Kind::NotFound, Tr::tr("There is no Boundary Keeper database at %1.").arg(shown)};
    if (!emptyFile && !hasSqliteHeader(path)) {
        return Error{Error::Kind::Foreign,
                     Tr::tr("%1 is not a Boundary Keeper database. It was not opened and was not changed.")
                         .arg(shown)};
    }

    bool readOnly = options.access == Access::ReadOnly;
    bool readOnlyByFile = false;
    if (exists && (!isWritableFile(info) || !QFileInfo(info.absolutePath()).isWritable())) {
        readOnlyByFile = !readOnly;
        readOnly = true;
    }
    if (!exists) {
        if (readOnly)
            return Error{Error::Kind::Io, Tr::tr("%1 does not exist.").arg(shown)};
        if (!QDir().mkpath(info.absolutePath()))
            return Error{Error::Kind::Io, Tr::tr("Cannot create the folder for %1.").arg(shown)};
    }

    // A write-ahead log holding changes not yet copied into the file must be read with it, so only a file
    // without one is read as immutable.
    const QFileInfo wal(path + QStringLiteral("-wal"));
    const bool pendingLog = wal.exists() && wal.size() > 0;
    const bool immutable = readOnly && exists && !pendingLog && nobodyCanChange(path);
    if (!readOnly)
        makePrivate(path);

    // A file with a write-ahead log is checked through a connection that cannot write: closing a writing
    // connection copies the log into the file, which must not happen to a file about to be refused (a -wal
    // left over from another copy would be written into it). Without a log, closing writes nothing.
    const bool checkReadOnly = readOnly || pendingLog;
    const SqliteDialect dialect;
    ConnectionGuard guard;
    QSqlDatabase db = QSqlDatabase::addDatabase(dialect.driverName(), guard.name);
    const QString busyTimeout = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    QString checkOptions = busyTimeout;
    if (checkReadOnly)
        checkOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
    if (immutable) {
        checkOptions += QStringLiteral(";QSQLITE_OPEN_URI");
        db.setDatabaseName(QUrl::fromLocalFile(info.absoluteFilePath()).toString(QUrl::FullyEncoded) +
                           QStringLiteral("?immutable=1"));
    } else {
        db.setDatabaseName(path);
    }
    db.setConnectOptions(checkOptions);
    if (!db.open())
        return Error{Error::Kind::Io, Tr::tr("Cannot open %1.").arg(shown), db.lastError().text()};

    auto damaged = [&](const QString &detail) {
        if (pendingLog)
            return Error{
                Error::Kind::Damaged,
                Tr::tr("%1 and its write-ahead log %2 do not read as a sound database, so it was not "
                       "opened; neither file was changed. If %2 came from another copy of the database, "
                       "move it away and open %1 again.")
                    .arg(shown, QDir::toNativeSeparators(wal.absoluteFilePath())),
                detail};
        return Error{
            Error::Kind::Damaged,
            Tr::tr("%1 is damaged and was not opened; the file was not changed. Open an earlier copy of "
                   "it if you have one.")
                .arg(shown),
            detail};
    };
    QSqlError readError;
    auto pragmaValue = [&db, &readError](const QString &pragma) -> QVariant {
        QSqlQuery query(db);
        if (!query.exec(pragma) || !query.next()) {
            if (!readError.isValid())
                readError = query.lastError();
            return {};
        }
        return query.value(0);
    };

    const QVariant applicationId = pragmaValue(QStringLiteral("PRAGMA application_id"));
    const QVariant userVersion = pragmaValue(QStringLiteral("PRAGMA user_version"));
    const QVariant objectCount = pragmaValue(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
    if (readError.isValid()) {
        if (dialect.meansDamaged(readError))
            return damaged(readError.text());
        return Error{Error::Kind::Io,
                     readOnly ? Tr::tr("%1 could not be read. The file was not changed.").arg(shown)
                              : Tr::tr("%1 could not be opened. The file was not changed.").arg(shown),
                     readError.text()};
    }

    const bool fresh = applicationId.toInt() == 0 && userVersion.toInt() == 0 && objectCount.toInt() == 0;
    if (!fresh && applicationId.toInt() != SqliteDialect::ApplicationId) {
        return Error{
            Error::Kind::Foreign,
            Tr::tr("%1 is an SQLite database, but not one of Boundary Keeper. It was not opened and was not "
                   "changed.")
                .arg(shown)};
    }
    const int version = userVersion.toInt();
    if (version > latestSchemaVersion()) {
        return Error{
            Error::Kind::TooNew,
            Tr::tr("%1 was written by a newer version of Boundary Keeper (database schema %2; this version "
                   "understands up to %3). Update Boundary Keeper to open it. The file was not changed.")
                .arg(shown)
                .arg(version)
                .arg(latestSchemaVersion())};
    }

    const bool trusted =
        !fresh && options.checkIntegrity && isUnchangedSinceChecked(path, options.trustUnchangedFromBytes);
    const bool checkIntegrity = !fresh && options.checkIntegrity && !trusted;
    if (checkIntegrity) {
        const CheckFindings findings = checkFile(db, options);
        if (findings.cancelled)
            return Error{
                Error::Kind::Cancelled,
                Tr::tr("Opening %1 was stopped while it was being checked; the file was not changed.")
                    .arg(shown)};
        if (!findings.dangling.isEmpty() && findings.dangling.size() == findings.problems.size())
            return Error{
                Error::Kind::Damaged,
                Tr::tr("%1 has %n record(s) that refer to records that are missing (%2), so it was not "
                       "opened and was left as it is. Another program changed it without keeping its "
                       "records together; open an earlier copy of it if you have one.",
                       nullptr, int(findings.dangling.size()))
                    .arg(shown, findings.dangling.constFirst()),
                findings.dangling.join(QLatin1Char('\n'))};
        if (!findings.problems.isEmpty())
            return damaged(findings.problems.join(QLatin1Char('\n')));
    }

    if (readOnly && version < latestSchemaVersion()) {
        return Error{
            Error::Kind::ReadOnly,
            Tr::tr(
                "%1 is read-only and was made by an older Boundary Keeper; it must be upgraded before use, "
                "which needs write access. Make the file writable and open it again.")
                .arg(shown)};
    }

    if (checkReadOnly && !readOnly) {
        db.close();
        db.setConnectOptions(busyTimeout);
        if (!db.open())
            return Error{Error::Kind::Io, Tr::tr("Cannot open %1.").arg(shown), db.lastError().text()};
    }

    for (const QString &pragma : dialect.connectionSettings(readOnly)) {
        QSqlQuery query(db);
        if (!query.exec(pragma))
            return Error{Error::Kind::Storage,
                         Tr::tr("Cannot prepare %1: %2").arg(shown, query.lastError().text())};
    }

    if (Status registered = AuditChain::registerSqliteFunctions(db); !registered)
        return registered.error();

    std::unique_ptr<Database> database(new Database(guard.release(), info.absoluteFilePath(), readOnly,
                                                    readOnlyByFile, std::make_unique<SqliteDialect>()));
    database->m_schemaVersion = version;
    database->m_integrityChecked = checkIntegrity;
    database->m_created = fresh;
    database->m_verified = fresh || (checkIntegrity && !options.quickCheck) || trusted;
    database->m_trustUnchangedFromBytes = options.trustUnchangedFromBytes;
    // The Database owns the connection from here: a failed upgrade removes it, which must not find it in use.
    db = QSqlDatabase();
    if (Status migrated = database->migrate(version, options.beforeUpgrade); !migrated)
        return migrated.error();
    return database;
}

void Database::recordFileState() const {
    // Recorded once the file is closed (its write-ahead log checkpointed and removed), so that the next open
    // can tell whether anything changed it since.
    if (!m_verified || QFileInfo(m_path).size() < m_trustUnchangedFromBytes)
        return;
    // File times advance in ticks of a few milliseconds: once the last write's tick has passed, any later
    // write shows as a different time.
    const QFileInfo info(m_path);
    const qint64 age = info.lastModified().msecsTo(QDateTime::currentDateTime());
    if (age >= 0 && age < FileTimeTickMs)
        QThread::msleep(FileTimeTickMs - age);
    if (const QString state = fileState(m_path); !state.isEmpty())
        Settings().setIntegrityCheckState(m_path, state);
}

} // namespace bk
