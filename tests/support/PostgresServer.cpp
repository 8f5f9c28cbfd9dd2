// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "tests/support/PostgresServer.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace bk::test {

namespace {

const QString AdminConnection = QStringLiteral("bk-test-postgres-admin");

/// A connection to the server's default database as libpq's environment describes it.
QSqlDatabase admin(QString *error) {
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *error = QStringLiteral("Qt's PostgreSQL driver (libqt6sql6-psql) is not installed.");
        return {};
    }
    if (qEnvironmentVariableIsEmpty("PGHOST") && qEnvironmentVariableIsEmpty("PGPORT")) {
        *error =
            QStringLiteral("PGHOST/PGPORT are not set: run the tests through packaging/bootstrap.sh test "
                           "(or `pg_virtualenv ctest`), which starts a throwaway PostgreSQL cluster.");
        return {};
    }
    QSqlDatabase db = QSqlDatabase::contains(AdminConnection)
                          ? QSqlDatabase::database(AdminConnection, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), AdminConnection);
    if (!db.isOpen() && !db.open())
        *error = QStringLiteral("Cannot connect to the PostgreSQL server: %1").arg(db.lastError().text());
    return db;
}

} // namespace

QString postgresUnavailable() {
    QString error;
    admin(&error);
    return error;
}

QString postgresPassword() {
    return qEnvironmentVariable("PGPASSWORD", QStringLiteral("s3cret"));
}

PostgresDatabase::PostgresDatabase()
    : m_name(QStringLiteral("bk_test_%1").arg(QUuid::createUuid().toString(QUuid::Id128))) {
    QSqlDatabase server = admin(&m_error);
    if (!m_error.isEmpty())
        return;
    QSqlQuery create(server);
    if (!create.exec(QStringLiteral("CREATE DATABASE %1").arg(m_name))) {
        m_error = create.lastError().text();
        return;
    }
    openAnother(m_name);
}

PostgresDatabase::~PostgresDatabase() {
    for (const QString &connection : std::as_const(m_connections)) {
        QSqlDatabase::database(connection, false).close();
        QSqlDatabase::removeDatabase(connection);
    }
    QString error;
    QSqlDatabase server = admin(&error);
    if (error.isEmpty())
        QSqlQuery(server).exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
}

ServerRoles::~ServerRoles() {
    QString error;
    QSqlDatabase server = admin(&error);
    if (!error.isEmpty())
        return;
    for (const QString &role : std::as_const(names))
        QSqlQuery(server).exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(role));
}

QSqlDatabase PostgresDatabase::connection() const {
    return QSqlDatabase::database(m_name, false);
}

QSqlDatabase PostgresDatabase::openAnother(const QString &connectionName) {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    m_connections.append(connectionName);
    db.setDatabaseName(m_name);
    if (!db.open() && m_error.isEmpty())
        m_error = db.lastError().text();
    return db;
}

} // namespace bk::test
