// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/storage/Database.h"

#include "app/agreements/SigningRecord.h"
#include "app/common/Settings.h"
#include "app/storage/AuditChain.h"
#include "app/storage/AuditRepository.h"
#include "app/storage/DatabaseConnection.h"
#include "app/storage/PractitionerRepository.h"
#include "app/storage/ServerAddress.h"
#include "app/storage/SqlScript.h"
#include "app/storage/SqliteStatistics.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <utility>

namespace bk {

namespace {

// lupdate files these messages under "Database", the context Tr::tr() asks for at run time.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(Database)
};

// The migration files of an engine by the schema version each one makes ("009_reflection.sql" makes 9). An
// engine may begin later than version 1: a new server database begins at the first schema both engines share.
QMap<int, QString> migrationFiles(const SqlDialect &dialect) {
    QMap<int, QString> files;
    const QStringList names =
        QDir(dialect.migrationFolder()).entryList({QStringLiteral("*.sql")}, QDir::Files);
    for (const QString &name : names)
        files.insert(name.section(QLatin1Char('_'), 0, 0).toInt(), name);
    return files;
}

} // namespace

ConnectionGuard::ConnectionGuard()
    : name([] {
        static QAtomicInteger<quint64> counter;
        return QStringLiteral("bk-%1").arg(counter.fetchAndAddRelaxed(1));
    }()) {}

ConnectionGuard::~ConnectionGuard() {
    if (!m_keep && QSqlDatabase::contains(name)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
}

sqlite3 *sqliteHandle(const QSqlDatabase &db) {
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

int Database::latestSchemaVersion() {
    return migrationFiles(SqliteDialect()).lastKey();
}

bool Database::isServerUrl(const QString &location) {
    return ServerAddress::isServerUrl(location);
}

Result<std::unique_ptr<Database>> Database::open(const QString &location, Options options) {
    if (location.isEmpty())
        return Error{Error::Kind::Io, Tr::tr("No database file was given.")};
    Result<std::unique_ptr<Database>> opened =
        isServerUrl(location) ? openServer(location, options) : openFile(location, options);
    if (!opened)
        return opened;
    std::unique_ptr<Database> database = std::move(opened).value();
    const Result<qint64> practitioner = PractitionerRepository(*database).signIn(Workstation::osUser());
    // A read-only file written before practitioners were recorded has nobody to sign in as.
    if (!practitioner && !database->isReadOnly())
        return practitioner.error();
    database->m_practitionerId = practitioner ? practitioner.value() : 0;
    if (Status checked = database->checkNotedAuditHead(); !checked)
        return checked.error();
    return database;
}

Database::Database(QString connectionName, QString path, bool readOnly, bool readOnlyByFile,
                   std::unique_ptr<SqlDialect> dialect)
    : m_connectionName(std::move(connectionName))
    , m_path(std::move(path))
    , m_readOnly(readOnly)
    , m_readOnlyByFile(readOnlyByFile)
    , m_dialect(std::move(dialect)) {}

Database::~Database() {
    m_keptStatements.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (!m_readOnly) {
            noteAuditHead();
            if (!isServer())
                analyzeTablesWithoutStatistics(db);
            for (const QString &statement : m_dialect->beforeClosing())
                QSqlQuery(db).exec(statement);
        }
        if (!isServer())
            AuditChain::releaseSqliteFunctions(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    if (!isServer())
        recordFileState();
}

Status Database::checkNotedAuditHead() {
    // A practice made anew where another was (its file deleted, its server database emptied) starts a trail
    // of its own.
    if (m_created) {
        Settings().setAuditHead(m_path, QString());
        return {};
    }
    const AuditHead noted = AuditHead::fromText(Settings().auditHead(m_path));
    if (!noted.isValid())
        return {};
    const Result<QString> problem = AuditRepository(*this).anchorProblem(
        noted, Tr::tr("on this computer when it last wrote the practice"));
    if (!problem)
        return problem.error();
    m_auditAnchorProblem = problem.value();
    return {};
}

void Database::noteAuditHead() const {
    // A trail found broken keeps the head noted before, so that it is named again until it is looked into.
    if (!m_wrote || !m_auditAnchorProblem.isEmpty() || m_connectionLost)
        return;
    const Result<AuditEvent> head = AuditRepository(*this).head();
    if (head && head.value().seq > 0)
        Settings().setAuditHead(m_path, AuditHead{head.value().seq, head.value().hash}.text());
}

bool Database::isServer() const {
    return isServerUrl(m_path);
}

QSqlDatabase Database::connection() const {
    return QSqlDatabase::database(m_connectionName, false);
}

Status Database::migrate(int fromVersion, const std::function<Status(const Database &)> &beforeUpgrade) {
    const QMap<int, QString> files = migrationFiles(*m_dialect);
    // A new database has nothing to keep; an existing one is kept as it is before its first step changes it.
    if (fromVersion > 0 && beforeUpgrade && files.upperBound(fromVersion) != files.end()) {
        if (Status kept = beforeUpgrade(*this); !kept)
            return Error{kept.error().kind,
                         Tr::tr("The database needs an upgrade, and the backup taken before it failed, so it "
                                "was not upgraded: %1")
                             .arg(kept.error().message),
                         kept.error().details};
    }
    for (auto file = files.upperBound(fromVersion); file != files.end(); ++file) {
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
        const Status done = runMigrationStep(file.key(), file.value());
        const Status on = runAll(m_dialect->afterMigration());
        if (!done)
            return done;
        if (!on)
            return on;
        m_schemaVersion = file.key();
    }
    return {};
}

Status Database::runMigrationStep(int version, const QString &fileName) {
    QFile file(m_dialect->migrationFolder() + QLatin1Char('/') + fileName);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Kind::Storage, Tr::tr("The upgrade script %1 is missing.").arg(fileName)};
    const QStringList statements = SqlScript::split(QString::fromUtf8(file.readAll()));
    const QString upgrading = Tr::tr("upgrading the database to version %1").arg(version);
    return transaction([&]() -> Status {
        for (const QString &statement : statements) {
            QSqlQuery query(connection());
            if (!query.exec(statement))
                return errorFrom(query.lastError(), upgrading);
        }
        if (const QString keyCheck = m_dialect->foreignKeyCheck(); !keyCheck.isEmpty()) {
            QSqlQuery check(connection());
            if (!check.exec(keyCheck))
                return errorFrom(check.lastError(), upgrading);
            if (check.next()) {
                return Error{
                    Error::Kind::Storage,
                    Tr::tr("The upgrade to version %1 would leave a row of %2 referring to a missing row of "
                           "%3; nothing was changed.")
                        .arg(version)
                        .arg(check.value(0).toString(), check.value(2).toString())};
            }
        }
        for (const QString &statement : m_dialect->recordSchemaVersion(version)) {
            QSqlQuery query(connection());
            if (!query.exec(statement))
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

KeptQuery Database::prepareKept(const QString &sql) const {
    if (const auto kept = m_keptStatements.constFind(sql); kept != m_keptStatements.cend())
        return KeptQuery(kept.value());
    // The lists' filters and sorts make a few hundred statements at most; should a practice make more, the
    // next ones are prepared again (a statement still in use lives on in its KeptQuery).
    constexpr qsizetype MostKept = 512;
    if (m_keptStatements.size() >= MostKept)
        m_keptStatements.clear();
    auto query = std::make_shared<QSqlQuery>(connection());
    // One that failed to prepare reports that when executed, and is prepared again next time.
    if (query->prepare(sql))
        m_keptStatements.insert(sql, query);
    return KeptQuery(query);
}

std::any &Database::kept(const QString &key) const {
    return m_keptValues[key];
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
    // Saving again after the server came back works without the window's Retry (a dialog may be open).
    if (m_connectionLost) {
        if (Status reopened = reconnect(); !reopened)
            return reopened;
    }
    QSqlDatabase db = connection();
    // On a file every transaction here writes, so it takes the file's write lock at once, waiting for another
    // connection's write to end (the busy timeout). Begun as a reader, it could not write once another
    // connection had committed since it began ("database is locked" at once, with no wait): a save would fail
    // because the client list's search index was saved beside it, or the command line wrote meanwhile.
    if (isServer()) {
        if (!db.transaction())
            return errorFrom(db.lastError(), Tr::tr("starting a transaction"));
    } else if (QSqlQuery begin(db); !begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        return errorFrom(begin.lastError(), Tr::tr("starting a transaction"));
    }
    Status status = [&]() {
        const Depth outer(m_transactionDepth);
        return work();
    }();
    const QStringList announcements = std::exchange(m_pendingAnnouncements, {});
    const QStringList told = std::exchange(m_toldAnnouncements, {});
    if (!status) {
        db.rollback();
        return status;
    }
    // Other connections to a server hear of the change once it commits (and never if it rolls back). On
    // PostgreSQL a failed statement aborts the transaction, whose COMMIT then only rolls back: stop here.
    for (const QString &table : announcements) {
        if (told.contains(table))
            continue;
        if (Status notified = notifyOtherSessions(table); !notified) {
            db.rollback();
            return notified;
        }
    }
    if (!db.commit()) {
        const Error error = errorFrom(db.lastError(), Tr::tr("saving the changes"));
        db.rollback();
        return error;
    }
    m_wrote = true;
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
    if (m_transactionDepth == 0) {
        // The change is stored already; other desktops see it when they next read if this fails.
        if (Status told = notifyOtherSessions(table); !told)
            qWarning("%s", qPrintable(told.error().message));
        Q_EMIT m_notifier->changed(table);
    } else if (!m_pendingAnnouncements.contains(table)) {
        m_pendingAnnouncements.append(table);
    }
}

QString Database::announcing(const QString &sql, const QString &table) const {
    return m_dialect->tellingOthers(sql, table);
}

void Database::announceTold(const QString &table) const {
    if (m_transactionDepth == 0) {
        Q_EMIT m_notifier->changed(table);
        return;
    }
    if (!m_pendingAnnouncements.contains(table))
        m_pendingAnnouncements.append(table);
    if (!m_toldAnnouncements.contains(table))
        m_toldAnnouncements.append(table);
}

Status Database::notifyOtherSessions(const QString &table) const {
    const QString statement = m_dialect->notifyChange();
    if (statement.isEmpty())
        return {};
    const KeptQuery kept = prepareKept(statement);
    QSqlQuery &query = *kept;
    query.bindValue(QStringLiteral(":table"), table);
    if (!query.exec())
        return errorFrom(query.lastError(), Tr::tr("telling the other desktops about the change"));
    return {};
}

bool Database::subscribeToOtherSessions() const {
    const QString channel = m_dialect->changeChannel();
    return !channel.isEmpty() && connection().driver()->subscribeToNotification(channel);
}

void Database::listenForOtherSessions() {
    const QString channel = m_dialect->changeChannel();
    QSqlDriver *driver = connection().driver();
    if (!subscribeToOtherSessions())
        return;
    // The driver outlives a reconnection (which subscribes again), so this is connected once.
    QObject::connect(driver, &QSqlDriver::notification, m_notifier.get(),
                     [notifier = m_notifier.get(), channel](const QString &name,
                                                            QSqlDriver::NotificationSource source,
                                                            const QVariant &payload) {
                         // This connection's own changes were announced when they committed.
                         if (name == channel && source == QSqlDriver::OtherSource)
                             Q_EMIT notifier->changed(payload.toString());
                     });
}

Status Database::checkWritable() const {
    if (!m_readOnly)
        return {};
    if (isServer())
        return Error{Error::Kind::ReadOnly,
                     Tr::tr("The practice on %1 is open read-only, so nothing can be changed.").arg(m_path)};
    return Error{
        Error::Kind::ReadOnly,
        Tr::tr(
            "The database is open read-only, so nothing can be changed. Make %1 writable and open it again.")
            .arg(QDir::toNativeSeparators(m_path))};
}

Error Database::errorFrom(const QSqlError &error, const QString &what) const {
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (m_dialect->meansConnectionLost(error, connection())) {
        // Every change is one transaction, so the server kept nothing of the one that failed.
        if (!std::exchange(m_connectionLost, true))
            Q_EMIT m_notifier->connectionLost();
        return Error{Error::Kind::Unreachable,
                     Tr::tr("The practice server cannot be reached, so %1 failed; nothing of it was stored. "
                            "Try again once the server is back.")
                         .arg(what),
                     detail.trimmed()};
    }
    return Error{m_dialect->errorKind(error), Tr::tr("The database refused %1: %2").arg(what, detail)};
}

Status Database::reconnect() const {
    if (!isServer())
        return {};
    // The server forgot the statements prepared on the closed connection.
    m_keptStatements.clear();
    m_keptValues.clear();
    QSqlDatabase db = connection();
    db.close();
    if (!db.open()) {
        m_connectionLost = true;
        const QSqlError error = db.lastError();
        return Error{Error::Kind::Unreachable,
                     Tr::tr("The practice server %1 still cannot be reached.").arg(m_path),
                     (error.databaseText().isEmpty() ? error.text() : error.databaseText()).trimmed()};
    }
    m_connectionLost = false;
    for (const QString &setting : m_dialect->connectionSettings(m_readOnly)) {
        QSqlQuery query(db);
        if (!query.exec(setting))
            return errorFrom(query.lastError(), Tr::tr("preparing the connection"));
    }
    if (!subscribeToOtherSessions())
        qWarning("%s", qPrintable(Tr::tr("Other desktops' changes to %1 are shown only when the window is "
                                         "next focused.")
                                      .arg(m_path)));
    Q_EMIT m_notifier->reconnected();
    announceEverything();
    return {};
}

Result<QString> Database::changeMarker() const {
    const QString statement = m_dialect->changeMarker();
    if (statement.isEmpty())
        return QString();
    QSqlQuery query(connection());
    if (!query.exec(statement) || !query.next())
        return errorFrom(query.lastError(), Tr::tr("checking for changes"));
    return query.value(0).toString();
}

void Database::announceEverything() const {
    for (const QString &table : connection().tables())
        Q_EMIT m_notifier->changed(table);
}

} // namespace bk
