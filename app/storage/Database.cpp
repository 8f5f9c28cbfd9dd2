// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "Database.h"

#include "SqlScript.h"
#include "common/AppPaths.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace bk {

namespace {

// "BKep": marks a file as a Boundary Keeper database (PRAGMA application_id).
constexpr int ApplicationId = 0x424b6570;

QString tr(const char *text) {
    return QCoreApplication::translate("Database", text);
}

QStringList migrationFiles() {
    QStringList files =
        QDir(QStringLiteral(":/sql/sqlite")).entryList({QStringLiteral("*.sql")}, QDir::Files);
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

// Where the state of a checked file is recorded when Boundary Keeper closes it: one settings entry per file.
QString integrityKey(const QString &path) {
    const QString canonical = QFileInfo(path).canonicalFilePath();
    return QStringLiteral("IntegrityChecked/") +
           QString::fromLatin1(
               QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
}

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
    return !state.isEmpty() && AppPaths::settings()->value(integrityKey(path)).toString() == state;
}

} // namespace

int Database::latestSchemaVersion() {
    return int(migrationFiles().size());
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Options options) {
    if (path.isEmpty())
        return Error{Error::Kind::Io, tr("No database file was given.")};

    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    const bool exists = info.exists();
    if (exists && info.isDir())
        return Error{Error::Kind::Io, tr("%1 is a folder, not a database file.").arg(shown)};

    const bool emptyFile = !exists || info.size() == 0;
    if (!emptyFile && !hasSqliteHeader(path)) {
        return Error{
            Error::Kind::Foreign,
            tr("%1 is not a Boundary Keeper database. It was not opened and was not changed.").arg(shown)};
    }

    bool readOnly = options.access == Access::ReadOnly;
    bool readOnlyByFile = false;
    if (exists && (!isWritableFile(info) || !QFileInfo(info.absolutePath()).isWritable())) {
        readOnlyByFile = !readOnly;
        readOnly = true;
    }
    if (!exists) {
        if (readOnly)
            return Error{Error::Kind::Io, tr("%1 does not exist.").arg(shown)};
        if (!QDir().mkpath(info.absolutePath()))
            return Error{Error::Kind::Io, tr("Cannot create the folder for %1.").arg(shown)};
    }

    ConnectionGuard guard{nextConnectionName()};
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), guard.name);
    db.setDatabaseName(path);
    QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (readOnly)
        connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(connectOptions);
    if (!db.open()) {
        return Error{Error::Kind::Io, tr("Cannot open %1: %2").arg(shown, db.lastError().text())};
    }

    auto damaged = [&shown](const QString &detail) {
        return Error{Error::Kind::Damaged,
                     tr("%1 is damaged and was not opened (%2). The file was not changed; restore it from a "
                        "backup.")
                         .arg(shown, detail)};
    };
    auto pragmaValue = [&db](const QString &pragma, QString *error) -> QVariant {
        QSqlQuery query(db);
        if (!query.exec(pragma) || !query.next()) {
            *error = query.lastError().text();
            return {};
        }
        return query.value(0);
    };

    QString error;
    const QVariant applicationId = pragmaValue(QStringLiteral("PRAGMA application_id"), &error);
    const QVariant userVersion = pragmaValue(QStringLiteral("PRAGMA user_version"), &error);
    const QVariant objectCount = pragmaValue(QStringLiteral("SELECT count(*) FROM sqlite_schema"), &error);
    if (!error.isEmpty())
        return damaged(error);

    const bool fresh = applicationId.toInt() == 0 && userVersion.toInt() == 0 && objectCount.toInt() == 0;
    if (!fresh && applicationId.toInt() != ApplicationId) {
        return Error{
            Error::Kind::Foreign,
            tr("%1 is an SQLite database, but not one of Boundary Keeper. It was not opened and was not "
               "changed.")
                .arg(shown)};
    }
    const int version = userVersion.toInt();
    if (version > latestSchemaVersion()) {
        return Error{
            Error::Kind::TooNew,
            tr("%1 was written by a newer version of Boundary Keeper (database schema %2; this version "
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
        if (!problems.isEmpty())
            return damaged(problems.mid(0, 3).join(QLatin1String("; ")));
    }

    if (readOnly && version < latestSchemaVersion()) {
        return Error{
            Error::Kind::ReadOnly,
            tr("%1 is read-only and was made by an older Boundary Keeper; it must be upgraded before use, "
               "which needs write access. Make the file writable and open it again.")
                .arg(shown)};
    }

    // Connection settings go outside any transaction: foreign_keys is silently ignored inside one.
    QStringList pragmas = {QStringLiteral("PRAGMA foreign_keys = ON")};
    if (readOnly)
        pragmas.append(QStringLiteral("PRAGMA query_only = ON"));
    else
        pragmas.append(
            {QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA secure_delete = ON")});
    for (const QString &pragma : pragmas) {
        QSqlQuery query(db);
        if (!query.exec(pragma))
            return Error{Error::Kind::Storage,
                         tr("Cannot prepare %1: %2").arg(shown, query.lastError().text())};
    }

    std::unique_ptr<Database> database(
        new Database(guard.name, info.absoluteFilePath(), readOnly, readOnlyByFile));
    guard.keep = true;
    database->m_schemaVersion = version;
    database->m_integrityChecked = checkIntegrity;
    database->m_verified = fresh || checkIntegrity || trusted;
    database->m_trustUnchangedFromBytes = options.trustUnchangedFromBytes;
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
            AppPaths::settings()->setValue(integrityKey(m_path), state);
    }
}

QSqlDatabase Database::connection() const {
    return QSqlDatabase::database(m_connectionName, false);
}

Status Database::migrate(int fromVersion) {
    const QStringList files = migrationFiles();
    for (int step = fromVersion; step < int(files.size()); ++step) {
        QFile file(QStringLiteral(":/sql/sqlite/") + files.at(step));
        if (!file.open(QIODevice::ReadOnly))
            return Error{Error::Kind::Storage, tr("The upgrade script %1 is missing.").arg(files.at(step))};
        const QStringList statements = SqlScript::split(QString::fromUtf8(file.readAll()));
        Status done = transaction([&]() -> Status {
            for (const QString &statement : statements) {
                QSqlQuery query(connection());
                if (!query.exec(statement))
                    return errorFrom(query.lastError(),
                                     tr("upgrading the database to version %1").arg(step + 1));
            }
            QSqlQuery query(connection());
            if (!query.exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId)) ||
                !query.exec(QStringLiteral("PRAGMA user_version = %1").arg(step + 1))) {
                return errorFrom(query.lastError(), tr("recording the database version"));
            }
            return {};
        });
        if (!done)
            return done;
        m_schemaVersion = step + 1;
    }
    return {};
}

QSqlQuery Database::prepare(const QString &sql) const {
    QSqlQuery query(connection());
    query.prepare(sql);
    return query;
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
        return errorFrom(db.lastError(), tr("starting a transaction"));
    Status status = [&]() {
        const Depth outer(m_transactionDepth);
        return work();
    }();
    if (!status) {
        db.rollback();
        return status;
    }
    if (!db.commit()) {
        const Error error = errorFrom(db.lastError(), tr("saving the changes"));
        db.rollback();
        return error;
    }
    return status;
}

Status Database::checkWritable() const {
    if (!m_readOnly)
        return {};
    return Error{
        Error::Kind::ReadOnly,
        tr("The database is open read-only, so nothing can be changed. Make %1 writable and open it again.")
            .arg(QDir::toNativeSeparators(m_path))};
}

Error Database::errorFrom(const QSqlError &error, const QString &what) const {
    // SQLite's extended result codes: 787 foreign key, 1555/2067 primary key/unique, 1811 trigger (RAISE),
    // 275 check, 1299 not null, 8 read-only.
    static const QStringList conflictCodes = {
        QStringLiteral("787"), QStringLiteral("1555"), QStringLiteral("2067"), QStringLiteral("1811"),
        QStringLiteral("275"), QStringLiteral("1299"), QStringLiteral("19")};
    const QString code = error.nativeErrorCode();
    Error::Kind kind = Error::Kind::Storage;
    if (conflictCodes.contains(code))
        kind = Error::Kind::Conflict;
    else if (code == QLatin1String("8"))
        kind = Error::Kind::ReadOnly;
    QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return Error{kind, tr("The database refused %1: %2").arg(what, detail)};
}

} // namespace bk
