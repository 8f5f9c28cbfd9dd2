// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/storage/DatabaseSnapshot.h"

#include "app/storage/ClientRepository.h"
#include "app/storage/Database.h"
#include "app/storage/DatabaseConnection.h"
#include "app/storage/ServerAddress.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QThread>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

namespace bk {

namespace {

// lupdate files these messages under "DatabaseSnapshot", the context Tr::tr() asks for at run time.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(DatabaseSnapshot)
};

// Pages copied per step: small enough for steady progress, large enough not to slow the copy down.
constexpr int PagesPerStep = 256;

QString shown(const QString &path) {
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

// Removes a half-written copy and whatever SQLite kept beside it.
void removeCopy(const QString &path) {
    for (const QString &suffix :
         {QString(), QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

// Flushes a finished file to the disk, so that its new name never points at data still in memory.
bool syncFile(const QString &path) {
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

// A connection of its own to a database file, removed when it goes.
class FileConnection {
public:
    FileConnection(const QString &path, bool readOnly) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_guard.name);
        db.setDatabaseName(path);
        db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                      : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        m_open = db.open();
        m_error = db.lastError().text();
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_guard.name, false); }
    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }

private:
    ConnectionGuard m_guard;
    bool m_open = false;
    QString m_error;
};

// Runs PRAGMA integrity_check on an open connection: the problems it finds, empty when there are none.
QStringList integrityProblems(const QSqlDatabase &db) {
    QSqlQuery check(db);
    check.setForwardOnly(true);
    if (!check.exec(QStringLiteral("PRAGMA integrity_check")))
        return {check.lastError().text()};
    QStringList problems;
    while (check.next()) {
        if (const QString line = check.value(0).toString(); line != QLatin1String("ok"))
            problems.append(line);
    }
    if (check.lastError().isValid())
        problems.append(check.lastError().text());
    return problems;
}

Result<QList<DatabaseSnapshot::TableCount>> countTables(const QSqlDatabase &db, const QString &listSql) {
    QSqlQuery tables(db);
    tables.setForwardOnly(true);
    if (!tables.exec(listSql))
        return Error{Error::Kind::Storage,
                     Tr::tr("The tables could not be listed: %1").arg(tables.lastError().text())};
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    QList<DatabaseSnapshot::TableCount> counts;
    for (const QString &name : std::as_const(names)) {
        QSqlQuery count(db);
        // The name comes from the database's own catalogue; quoting keeps any name a name.
        QString quoted = name;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        if (!count.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(quoted)) || !count.next())
            return Error{
                Error::Kind::Storage,
                Tr::tr("The rows of %1 could not be counted: %2").arg(name, count.lastError().text())};
        counts.append({name, count.value(0).toLongLong()});
    }
    return counts;
}

// The saved search index is a cache (ClientRepository::searchSnapshotTable()): a backup copies it with the
// file, but it is not counted, exported or compared.
const QString SqliteTables =
    QStringLiteral(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE "
        "'\\' AND name <> '%1' ORDER BY name")
        .arg(ClientRepository::searchSnapshotTable());

// Copies the database behind `source` into a new file at `target` page by page with SQLite's online backup
// API: other connections may go on reading and writing meanwhile (a write restarts the copy).
Status backUp(sqlite3 *source, const QString &target, const DatabaseSnapshot::Progress &progress) {
    const QString targetShown = shown(target);
    const QFileInfo info(target);
    if (info.exists() || info.isSymLink())
        return Error{Error::Kind::Invalid,
                     Tr::tr("%1 exists already; choose a new name for the backup.").arg(targetShown)};
    if (!QFileInfo(info.absolutePath()).isDir())
        return Error{Error::Kind::Io,
                     Tr::tr("The folder %1 does not exist.").arg(shown(info.absolutePath()))};

    // A unique temporary name beside the target, so that the final rename stays on one file system.
    QString temporary;
    {
        QTemporaryFile file(info.absolutePath() + QStringLiteral("/.") + info.fileName() +
                            QStringLiteral(".partial-XXXXXX"));
        file.setAutoRemove(false);
        if (!file.open())
            return Error{
                Error::Kind::Io,
                Tr::tr("The backup %1 could not be written: %2").arg(targetShown, file.errorString())};
        temporary = file.fileName();
    }
    auto failed = [&](const QString &reason) -> Status {
        removeCopy(temporary);
        return Error{Error::Kind::Io,
                     Tr::tr("The backup %1 could not be written: %2").arg(targetShown, reason)};
    };
    QFile::setPermissions(temporary, QFile::ReadOwner | QFile::WriteOwner);

    {
        FileConnection copy(temporary, false);
        if (!copy.isOpen())
            return failed(copy.error());
        sqlite3 *destination = sqliteHandle(copy.db());
        if (!destination)
            return failed(Tr::tr("SQLite's backup interface is not available."));
        sqlite3_backup *backup = sqlite3_backup_init(destination, "main", source, "main");
        if (!backup)
            return failed(QString::fromUtf8(sqlite3_errmsg(destination)));
        int rc = SQLITE_OK;
        bool cancelled = false;
        while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            rc = sqlite3_backup_step(backup, PagesPerStep);
            if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                QThread::msleep(20); // another connection holds a lock for a moment
            const qint64 total = sqlite3_backup_pagecount(backup);
            if (progress && !progress(total - sqlite3_backup_remaining(backup), total)) {
                cancelled = true;
                break;
            }
        }
        sqlite3_backup_finish(backup);
        if (cancelled)
            return failed(Tr::tr("it was cancelled."));
        if (rc != SQLITE_DONE)
            return failed(QString::fromUtf8(sqlite3_errstr(rc)));
        // The copy carries the source's write-ahead-log mode; a backup is one self-contained file.
        QSqlQuery journal(copy.db());
        if (!journal.exec(QStringLiteral("PRAGMA journal_mode = DELETE")))
            return failed(journal.lastError().text());
        journal.finish();
        if (const QStringList problems = integrityProblems(copy.db()); !problems.isEmpty())
            return failed(
                Tr::tr("the copy did not pass the integrity check: %1").arg(problems.join(QLatin1Char(' '))));
    }
    if (!syncFile(temporary))
        return failed(Tr::tr("it could not be flushed to the disk."));
    // link() refuses an existing target where rename() would replace it: a file made meanwhile is kept.
    if (::link(QFile::encodeName(temporary).constData(), QFile::encodeName(target).constData()) != 0)
        return failed(QString::fromLocal8Bit(::strerror(errno)));
    QFile::remove(temporary);
    return {};
}

} // namespace

Status DatabaseSnapshot::writeFile(const Database &database, const QString &target,
                                   const Progress &progress) {
    if (database.isServer())
        return dumpServer(database, target);
    sqlite3 *source = sqliteHandle(database.connection());
    if (!source)
        return Error{Error::Kind::Storage, Tr::tr("SQLite's backup interface is not available.")};
    return backUp(source, target, progress);
}

Status DatabaseSnapshot::copyFile(const QString &source, const QString &target, const Progress &progress) {
    FileConnection from(source, true);
    if (!from.isOpen())
        return Error{Error::Kind::Io, Tr::tr("%1 could not be read: %2").arg(shown(source), from.error())};
    sqlite3 *handle = sqliteHandle(from.db());
    if (!handle)
        return Error{Error::Kind::Storage, Tr::tr("SQLite's backup interface is not available.")};
    return backUp(handle, target, progress);
}

Result<DatabaseSnapshot::Contents> DatabaseSnapshot::inspect(const QString &path) {
    const QString name = shown(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Kind::Io, Tr::tr("%1 could not be read: %2").arg(name, file.errorString())};
    if (file.read(16) != QByteArray("SQLite format 3\0", 16))
        return Error{Error::Kind::Foreign, Tr::tr("%1 is not a Boundary Keeper database.").arg(name)};
    file.close();

    FileConnection connection(path, true);
    if (!connection.isOpen())
        return Error{Error::Kind::Io, Tr::tr("%1 could not be read: %2").arg(name, connection.error())};
    const QSqlDatabase db = connection.db();
    QSqlQuery pragmas(db);
    if (!pragmas.exec(QStringLiteral("SELECT (SELECT application_id FROM pragma_application_id), "
                                     "(SELECT user_version FROM pragma_user_version)")) ||
        !pragmas.next())
        return Error{Error::Kind::Damaged,
                     Tr::tr("%1 is damaged: it cannot be read as a database.").arg(name),
                     pragmas.lastError().text()};
    const int applicationId = pragmas.value(0).toInt();
    const int version = pragmas.value(1).toInt();
    pragmas.finish();
    if (applicationId != SqliteDialect::ApplicationId)
        return Error{Error::Kind::Foreign, Tr::tr("%1 is not a Boundary Keeper database.").arg(name)};
    if (version > Database::latestSchemaVersion())
        return Error{Error::Kind::TooNew,
                     Tr::tr("%1 was written by a newer version of Boundary Keeper (database schema %2; this "
                            "version understands up to %3). Update Boundary Keeper to use it.")
                         .arg(name)
                         .arg(version)
                         .arg(Database::latestSchemaVersion())};
    if (const QStringList problems = integrityProblems(db); !problems.isEmpty())
        return Error{Error::Kind::Damaged,
                     Tr::tr("%1 is damaged: it did not pass the integrity check.").arg(name),
                     problems.join(QLatin1Char('\n'))};
    Result<QList<TableCount>> tables = countTables(db, SqliteTables);
    if (!tables)
        return tables.error();
    return Contents{version, std::move(tables).value()};
}

Result<QList<DatabaseSnapshot::TableCount>> DatabaseSnapshot::count(const Database &database) {
    if (!database.isServer())
        return countTables(database.connection(), SqliteTables);
    return countTables(
        database.connection(),
        QStringLiteral("SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = "
                       "current_schema() AND tablename NOT IN ('%1', '%2') AND has_table_privilege("
                       "quote_ident(schemaname) || '.' || quote_ident(tablename), 'SELECT') "
                       "ORDER BY tablename")
            .arg(PostgresDialect::schemaTable(), ClientRepository::searchSnapshotTable()));
}

namespace {

// Runs a PostgreSQL client program with the practice's password in its environment (never on its command
// line, where other users could read it): its complaint on stderr, or empty when it succeeded.
QString runServerTool(const QString &program, const QStringList &arguments, const QString &password) {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!password.isEmpty())
        environment.insert(QStringLiteral("PGPASSWORD"), password);
    process.setProcessEnvironment(environment);
    process.start(QStandardPaths::findExecutable(program), arguments);
    if (!process.waitForStarted())
        return Tr::tr("%1 could not be started: %2").arg(program, process.errorString());
    process.closeWriteChannel();
    process.waitForFinished(-1);
    const QString complaint = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return complaint.isEmpty() ? Tr::tr("%1 failed.").arg(program) : complaint;
    return {};
}

} // namespace

bool DatabaseSnapshot::serverToolsAvailable() {
    return !QStandardPaths::findExecutable(QStringLiteral("pg_dump")).isEmpty() &&
           !QStandardPaths::findExecutable(QStringLiteral("pg_restore")).isEmpty();
}

bool DatabaseSnapshot::isServerDump(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(5) == "PGDMP";
}

Status DatabaseSnapshot::dumpServer(const Database &database, const QString &target) {
    if (!serverToolsAvailable())
        return Error{Error::Kind::Io,
                     Tr::tr("Backing up a practice on a server needs pg_dump and pg_restore, which are not "
                            "installed here (Debian: the package postgresql-client).")};
    const QFileInfo info(target);
    if (info.exists() || info.isSymLink())
        return Error{Error::Kind::Invalid,
                     Tr::tr("%1 exists already; choose a new name for the backup.").arg(shown(target))};
    const QString temporary = info.absolutePath() + QStringLiteral("/.") + info.fileName() +
                              QStringLiteral(".partial-%1").arg(QCoreApplication::applicationPid());
    const QString complaint = runServerTool(
        QStringLiteral("pg_dump"),
        {QStringLiteral("--format=custom"), QStringLiteral("--no-owner"), QStringLiteral("--no-acl"),
         QStringLiteral("--file=") + temporary, QStringLiteral("--dbname=") + database.path()},
        serverPassword(database.path()));
    if (!complaint.isEmpty() || !QFile::setPermissions(temporary, QFile::ReadOwner | QFile::WriteOwner) ||
        !syncFile(temporary) ||
        ::link(QFile::encodeName(temporary).constData(), QFile::encodeName(target).constData()) != 0) {
        QFile::remove(temporary);
        return Error{Error::Kind::Io,
                     Tr::tr("The backup %1 could not be written: %2")
                         .arg(shown(target),
                              complaint.isEmpty() ? QString::fromLocal8Bit(::strerror(errno)) : complaint)};
    }
    QFile::remove(temporary);
    return {};
}

Status DatabaseSnapshot::restoreServer(const QString &url, const QString &dumpFile) {
    if (!serverToolsAvailable())
        return Error{Error::Kind::Io,
                     Tr::tr("Restoring a practice on a server needs pg_dump and pg_restore, which are not "
                            "installed here (Debian: the package postgresql-client).")};
    const Result<ServerAddress> address = ServerAddress::parse(url);
    if (!address)
        return address.error();
    if (!isServerDump(dumpFile))
        return Error{Error::Kind::Foreign,
                     Tr::tr("%1 is not a backup of a practice on a server (pg_dump's custom format).")
                         .arg(shown(dumpFile))};
    const QString password = address.value().password().isEmpty() ? serverPassword(address.value().shown())
                                                                  : address.value().password();
    const QString complaint = runServerTool(
        QStringLiteral("pg_restore"),
        {QStringLiteral("--clean"), QStringLiteral("--if-exists"), QStringLiteral("--single-transaction"),
         QStringLiteral("--exit-on-error"), QStringLiteral("--no-owner"), QStringLiteral("--no-acl"),
         QStringLiteral("--dbname=") + address.value().shown(), dumpFile},
        password);
    if (!complaint.isEmpty())
        return Error{Error::Kind::Io,
                     Tr::tr("The practice at %1 could not be restored; nothing was changed there: %2")
                         .arg(address.value().shown(), complaint)};
    return {};
}

} // namespace bk
