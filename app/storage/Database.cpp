// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/storage/Database.h"

#include "app/common/Settings.h"
#include "app/storage/SqlScript.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>
#include <utility>

namespace bk {

namespace {

// "BKep": marks a file as a Boundary Keeper database (PRAGMA application_id).
constexpr int ApplicationId = 0x424b6570;

// lupdate files these messages under "Database", the context Tr::tr() asks for at run time.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(Database)
};

QStringList migrationFiles() {
    QStringList files =
        QDir(SqliteDialect().migrationFolder()).entryList({QStringLiteral("*.sql")}, QDir::Files);
    files.sort();
    return files;
}

QString nextConnectionName() {
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("bk-%1").arg(counter.fetchAndAddRelaxed(1));
}

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

// Removes the connection when an open fails half-way.
struct ConnectionGuard {
    QString name;
    bool keep = false;
    ~ConnectionGuard() {
        if (!keep && QSqlDatabase::contains(name)) {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
    }
};

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

} // namespace

int Database::latestSchemaVersion() {
    return int(migrationFiles().size());
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Options options) {
    if (path.isEmpty())
        return Error{Error::Kind::Io, Tr::tr("No database file was given.")};

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
    ConnectionGuard guard{nextConnectionName()};
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
    if (!fresh && applicationId.toInt() != ApplicationId) {
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
        QSqlQuery check(db);
        check.setForwardOnly(true);
        if (!check.exec(options.quickCheck ? QStringLiteral("PRAGMA quick_check")
                                           : QStringLiteral("PRAGMA integrity_check")))
            return damaged(check.lastError().text());
        QStringList problems;
        while (check.next()) {
            const QString line = check.value(0).toString();
            if (line != QLatin1String("ok"))
                problems.append(line);
        }
        if (check.lastError().isValid())
            problems.append(check.lastError().text());
        if (!problems.isEmpty())
            return damaged(problems.join(QLatin1Char('\n')));
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

    std::unique_ptr<Database> database(
        new Database(guard.name, info.absoluteFilePath(), readOnly, readOnlyByFile));
    guard.keep = true;
    database->m_schemaVersion = version;
    database->m_integrityChecked = checkIntegrity;
    database->m_verified = fresh || checkIntegrity || trusted;
    database->m_trustUnchangedFromBytes = options.trustUnchangedFromBytes;
    // The Database owns the connection from here: a failed upgrade removes it, which must not find it in use.
    db = QSqlDatabase();
    if (version < latestSchemaVersion()) {
        if (Status migrated = database->migrate(version); !migrated)
            return migrated.error();
    }
    return database;
}

Database::Database(QString connectionName, QString path, bool readOnly, bool readOnlyByFile)
    : m_connectionName(std::move(connectionName))
    , m_path(std::move(path))
    , m_readOnly(readOnly)
    , m_readOnlyByFile(readOnlyByFile) {}

Database::~Database() {
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (!m_readOnly) {
            // Keeps the query planner's statistics current, as SQLite recommends before closing.
            QSqlQuery(db).exec(QStringLiteral("PRAGMA optimize"));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    // Recorded once the file is closed (its write-ahead log checkpointed and removed), so that the next open
    // can tell whether anything changed it since.
    if (m_verified && QFileInfo(m_path).size() >= m_trustUnchangedFromBytes) {
        // File times advance in ticks of a few milliseconds: once the last write's tick has passed, any
        // later write shows as a different time.
        const QFileInfo info(m_path);
        const qint64 age = info.lastModified().msecsTo(QDateTime::currentDateTime());
        if (age >= 0 && age < FileTimeTickMs)
            QThread::msleep(FileTimeTickMs - age);
        if (const QString state = fileState(m_path); !state.isEmpty())
            Settings().setIntegrityCheckState(m_path, state);
    }
}

QSqlDatabase Database::connection() const {
    return QSqlDatabase::database(m_connectionName, false);
}

Status Database::migrate(int fromVersion) {
    const QStringList files = migrationFiles();
    for (int step = fromVersion; step < int(files.size()); ++step) {
        // Keys are turned off around a step (outside its transaction: inside one the setting is ignored) so
        // that it can rebuild a table; the step checks every key itself before it commits.
        auto runAll = [this](const QStringList &statements) -> Status {
            for (const QString &statement : statements) {
                QSqlQuery query(connection());
                if (!query.exec(statement))
                    return errorFrom(query.lastError(), Tr::tr("preparing the upgrade"));
            }
            return {};
        };
        if (Status off = runAll(m_dialect->beforeMigration()); !off)
            return off;
        const Status done = runMigrationStep(step, files.at(step));
        const Status on = runAll(m_dialect->afterMigration());
        if (!done)
            return done;
        if (!on)
            return on;
        m_schemaVersion = step + 1;
    }
    return {};
}

Status Database::runMigrationStep(int step, const QString &fileName) {
    QFile file(m_dialect->migrationFolder() + QLatin1Char('/') + fileName);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Kind::Storage, Tr::tr("The upgrade script %1 is missing.").arg(fileName)};
    const QStringList statements = SqlScript::split(QString::fromUtf8(file.readAll()));
    const QString upgrading = Tr::tr("upgrading the database to version %1").arg(step + 1);
    return transaction([&]() -> Status {
        for (const QString &statement : statements) {
            QSqlQuery query(connection());
            if (!query.exec(statement))
                return errorFrom(query.lastError(), upgrading);
        }
        QSqlQuery check(connection());
        if (!check.exec(m_dialect->foreignKeyCheck()))
            return errorFrom(check.lastError(), upgrading);
        if (check.next()) {
            return Error{
                Error::Kind::Storage,
                Tr::tr("The upgrade to version %1 would leave a row of %2 referring to a missing row of "
                       "%3; nothing was changed.")
                    .arg(step + 1)
                    .arg(check.value(0).toString(), check.value(2).toString())};
        }
        check.finish();
        QSqlQuery query(connection());
        if (!query.exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId)) ||
            !query.exec(QStringLiteral("PRAGMA user_version = %1").arg(step + 1))) {
            return errorFrom(query.lastError(), Tr::tr("recording the database version"));
        }
        return {};
    });
}

QSqlQuery Database::prepare(const QString &sql) const {
    QSqlQuery query(connection());
    query.prepare(sql);
    return query;
}

Result<qint64> Database::execReturningId(QSqlQuery &query, const QString &what) const {
    if (!query.exec())
        return errorFrom(query.lastError(), what);
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    while (query.next()) {
    }
    if (query.lastError().isValid())
        return errorFrom(query.lastError(), what);
    query.finish();
    return id;
}

Status Database::transaction(const std::function<Status()> &work) const {
    // A nested call joins the outer transaction; a failure propagates and the outer call rolls back.
    struct Depth {
        int &depth;
        explicit Depth(int &value)
            : depth(value) {
            ++depth;
        }
        ~Depth() { --depth; }
    };
    if (m_transactionDepth > 0) {
        const Depth nested(m_transactionDepth);
        return work();
    }
    QSqlDatabase db = connection();
    if (!db.transaction())
        return errorFrom(db.lastError(), Tr::tr("starting a transaction"));
    Status status = [&]() {
        const Depth outer(m_transactionDepth);
        return work();
    }();
    const QStringList announcements = std::exchange(m_pendingAnnouncements, {});
    if (!status) {
        db.rollback();
        return status;
    }
    if (!db.commit()) {
        const Error error = errorFrom(db.lastError(), Tr::tr("saving the changes"));
        db.rollback();
        return error;
    }
    for (const QString &table : announcements)
        Q_EMIT m_notifier->changed(table);
    return status;
}

Status Database::change(const QString &table, const std::function<Status()> &work) const {
    if (Status writable = checkWritable(); !writable)
        return writable;
    return transaction([&]() -> Status {
        Status done = work();
        if (done)
            announce(table);
        return done;
    });
}

Result<qint64> Database::insert(const QString &table, const std::function<Result<qint64>()> &work) const {
    qint64 id = 0;
    const Status inserted = change(table, [&]() -> Status {
        const Result<qint64> row = work();
        if (!row)
            return row.error();
        id = row.value();
        return {};
    });
    if (!inserted)
        return inserted.error();
    return id;
}

void Database::announce(const QString &table) const {
    if (m_transactionDepth == 0)
        Q_EMIT m_notifier->changed(table);
    else if (!m_pendingAnnouncements.contains(table))
        m_pendingAnnouncements.append(table);
}

Status Database::checkWritable() const {
    if (!m_readOnly)
        return {};
    return Error{
        Error::Kind::ReadOnly,
        Tr::tr(
            "The database is open read-only, so nothing can be changed. Make %1 writable and open it again.")
            .arg(QDir::toNativeSeparators(m_path))};
}

Error Database::errorFrom(const QSqlError &error, const QString &what) const {
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return Error{m_dialect->errorKind(error), Tr::tr("The database refused %1: %2").arg(what, detail)};
}

} // namespace bk
