// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
// Opening a practice on a PostgreSQL server: the checks of the server and the database that only it needs.
#include "app/storage/Database.h"
#include "app/storage/DatabaseConnection.h"
#include "app/storage/PractitionerRepository.h"
#include "app/storage/ServerAddress.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>

namespace bk {

namespace {

// lupdate files these messages under "Database", the context Tr::tr() asks for at run time.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(Database)
};

// A password given in a URL, kept in memory for the process only, by the URL shown without it: the
// connections a practice opens later (a dashboard worker, a second window) are given its shown URL.
class Passwords {
public:
    void remember(const QString &shown, const QString &password) {
        const QMutexLocker lock(&m_mutex);
        m_passwords.insert(shown, password);
    }
    QString of(const QString &shown) const {
        const QMutexLocker lock(&m_mutex);
        return m_passwords.value(shown);
    }

private:
    mutable QMutex m_mutex;
    QHash<QString, QString> m_passwords;
};

constexpr int DefaultConnectTimeoutSeconds = 10;

Passwords &passwords() {
    static Passwords instance;
    return instance;
}

// Why libpq could not connect, in words a practitioner understands; libpq's own text (without QPSQL's
// "Unable to connect") goes to the details. libpq gives no code for these, only its messages: in a language
// other than English they are not recognised, and the general sentence stands with libpq's in the details.
Error cannotConnect(const QString &shown, const QString &database, const QSqlError &error) {
    const QString detail = (error.databaseText().isEmpty() ? error.text() : error.databaseText()).trimmed();
    auto says = [&detail](const char *text) {
        return detail.contains(QLatin1String(text), Qt::CaseInsensitive);
    };
    if (says("no password supplied"))
        return Error{Error::Kind::Denied,
                     Tr::tr("Cannot connect to the practice server %1: it asks for a password.").arg(shown),
                     detail};
    if (says("password authentication failed") || says("role \"") || says("authentication failed"))
        return Error{Error::Kind::Denied,
                     Tr::tr("Cannot connect to the practice server %1: it did not accept the user name or "
                            "password. Check both and try again.")
                         .arg(shown),
                     detail};
    if (says("no pg_hba.conf entry"))
        return Error{Error::Kind::Denied,
                     Tr::tr("Cannot connect to the practice server %1: it does not let this user in from "
                            "this computer (or not without TLS). Ask whoever runs the server.")
                         .arg(shown),
                     detail};
    if (says("certificate"))
        return Error{
            Error::Kind::Io,
            Tr::tr("Cannot connect to the practice server %1: its TLS certificate is not trusted "
                   "by this computer, so nothing was sent to it. Ask whoever runs the server for its "
                   "root certificate.")
                .arg(shown),
            detail};
    if (says("does not support SSL") || says("SSL was required"))
        return Error{Error::Kind::Io,
                     Tr::tr("Cannot connect to the practice server %1: it does not offer the encrypted "
                            "(TLS) connection this address requires.")
                         .arg(shown),
                     detail};
    if (says("database \"") && says("does not exist"))
        return Error{Error::Kind::Io,
                     Tr::tr("Cannot connect to the practice server %1: it has no database named %2.")
                         .arg(shown, database),
                     detail};
    if (says("could not connect") || says("connection refused") || says("could not translate host name") ||
        says("timeout expired") || says("no route to host") || says("network is unreachable") ||
        says("server closed the connection") || says("connection to server"))
        return Error{Error::Kind::Unreachable,
                     Tr::tr("Cannot connect to the practice server %1: it cannot be reached. It may be "
                            "switched off, its address or port may be wrong, or the network may be down.")
                         .arg(shown),
                     detail};
    return Error{Error::Kind::Io, Tr::tr("Cannot connect to the practice server %1.").arg(shown), detail};
}

} // namespace

QString serverPassword(const QString &shown) {
    return passwords().of(shown);
}

Result<std::unique_ptr<Database>> Database::openServer(const QString &url, const Options &options) {
    const Result<ServerAddress> parsed = ServerAddress::parse(url);
    if (!parsed)
        return parsed.error();
    const ServerAddress &address = parsed.value();
    const QString shown = address.shown();
    const PostgresDialect dialect;
    if (!QSqlDatabase::isDriverAvailable(dialect.driverName()))
        return Error{Error::Kind::Io,
                     Tr::tr("This installation cannot reach PostgreSQL servers: Qt's PostgreSQL driver "
                            "(libqt6sql6-psql) is not installed.")};

    if (!address.password().isEmpty())
        passwords().remember(shown, address.password());
    else if (!options.password.isEmpty())
        passwords().remember(shown, options.password);
    ConnectionGuard guard;
    QSqlDatabase db = QSqlDatabase::addDatabase(dialect.driverName(), guard.name);
    // A server that does not answer is reported within seconds rather than after the system's TCP
    // time-out (minutes), unless the URL says how long to wait.
    QString connectOptions = address.connectOptions();
    if (!connectOptions.contains(QLatin1String("connect_timeout=")))
        connectOptions += QStringLiteral(";connect_timeout='%1'").arg(DefaultConnectTimeoutSeconds);
    db.setConnectOptions(connectOptions);
    if (const QString password = passwords().of(shown); !password.isEmpty())
        db.setPassword(password);
    if (!db.open())
        return cannotConnect(shown, address.database(), db.lastError());

    QSqlError readError;
    auto valueOf = [&db, &readError](const QString &sql) -> QVariant {
        QSqlQuery query(db);
        if (!query.exec(sql) || !query.next()) {
            if (!readError.isValid())
                readError = query.lastError();
            return {};
        }
        return query.value(0);
    };
    const int serverVersion = valueOf(QStringLiteral("SHOW server_version_num")).toInt();
    if (readError.isValid())
        return Error{Error::Kind::Io, Tr::tr("The practice server %1 could not be read.").arg(shown),
                     readError.text()};
    if (serverVersion < PostgresDialect::OldestServerVersion)
        return Error{
            Error::Kind::Foreign,
            Tr::tr("The server at %1 runs PostgreSQL %2; Boundary Keeper needs PostgreSQL 13 or later. "
                   "Nothing was changed.")
                .arg(shown, valueOf(QStringLiteral("SHOW server_version")).toString())};

    const bool readOnly = options.access == Access::ReadOnly;
    for (const QString &setting : dialect.connectionSettings(readOnly)) {
        QSqlQuery query(db);
        if (!query.exec(setting))
            return Error{Error::Kind::Storage,
                         Tr::tr("Cannot prepare %1: %2").arg(shown, query.lastError().text())};
    }

    // A Boundary Keeper database holds its schema table; an empty one becomes one; anything else is refused.
    const bool marked =
        valueOf(QStringLiteral("SELECT to_regclass('%1') IS NOT NULL").arg(PostgresDialect::schemaTable()))
            .toBool();
    const int tables = valueOf(QStringLiteral("SELECT count(*) FROM pg_catalog.pg_tables "
                                              "WHERE schemaname = current_schema()"))
                           .toInt();
    const int version =
        marked ? valueOf(QStringLiteral("SELECT version FROM %1").arg(PostgresDialect::schemaTable())).toInt()
               : 0;
    if (readError.isValid())
        return Error{Error::Kind::Io, Tr::tr("The practice server %1 could not be read.").arg(shown),
                     readError.text()};
    if (!marked && tables > 0)
        return Error{
            Error::Kind::Foreign,
            Tr::tr("The database at %1 holds tables that are not Boundary Keeper's. It was not changed; "
                   "give the practice an empty database of its own.")
                .arg(shown)};
    if (!marked && !options.create)
        return Error{Error::Kind::NotFound, Tr::tr("There is no Boundary Keeper practice at %1.").arg(shown)};
    if (version > latestSchemaVersion())
        return Error{
            Error::Kind::TooNew,
            Tr::tr(
                "The practice at %1 was written by a newer version of Boundary Keeper (database schema %2; "
                "this version understands up to %3). Update Boundary Keeper to open it. Nothing was changed.")
                .arg(shown)
                .arg(version)
                .arg(latestSchemaVersion())};
    if (readOnly && version < latestSchemaVersion())
        return Error{
            Error::Kind::ReadOnly,
            Tr::tr("The practice at %1 was made by an older Boundary Keeper and must be upgraded before "
                   "use, which needs write access. Open it again for writing.")
                .arg(shown)};

    std::unique_ptr<Database> database(
        new Database(guard.release(), shown, readOnly, false, std::make_unique<PostgresDialect>()));
    database->m_schemaVersion = version;
    database->m_created = !marked;
    db = QSqlDatabase();
    if (Status migrated = database->migrate(version, options.beforeUpgrade); !migrated)
        return migrated.error();
    // An upgrade may have added tables: the practice's group roles (when it has them) are granted theirs.
    if (version > 0 && version < database->m_schemaVersion) {
        if (Status granted = PractitionerRepository(*database).refreshServerGrants(); !granted)
            return granted.error();
    }
    database->listenForOtherSessions();
    return database;
}

} // namespace bk
