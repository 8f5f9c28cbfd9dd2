// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace bk::test {

/// Why no PostgreSQL server is reachable through libpq's PG* environment (which `pg_virtualenv`, and so
/// `packaging/bootstrap.sh test`, sets up for a throwaway cluster), or an empty string when one is.
QString postgresUnavailable();

/// A password that connects to the test server, for a test that puts one in a URL: libpq's PGPASSWORD when
/// set (pg_virtualenv sets a random one), otherwise a stand-in the server does not ask for (it trusts local
/// connections). Percent-encoded for a URL by the caller.
QString postgresPassword();

/// A database of its own on the test server for one test, dropped again when this goes out of scope.
class PostgresDatabase {
public:
    PostgresDatabase();
    ~PostgresDatabase();
    PostgresDatabase(const PostgresDatabase &) = delete;
    PostgresDatabase &operator=(const PostgresDatabase &) = delete;

    /// Empty when the database exists and `connection()` is open; otherwise what went wrong.
    QString error() const { return m_error; }
    QString name() const { return m_name; }
    /// The open connection to this test's database.
    QSqlDatabase connection() const;
    /// Opens one more connection to this test's database under `connectionName` (closed with the database).
    QSqlDatabase openAnother(const QString &connectionName);

private:
    QString m_name;
    QString m_error;
    QStringList m_connections;
};

/// Drops the server roles a test created (roles belong to the whole server, not to one database). Declare it
/// before the PostgresDatabase that grants them rights, so that it is dropped last.
class ServerRoles {
public:
    ServerRoles() = default;
    ~ServerRoles();
    ServerRoles(const ServerRoles &) = delete;
    ServerRoles &operator=(const ServerRoles &) = delete;

    QStringList names;
};

} // namespace bk::test

/// Skips the calling test with the reason when no PostgreSQL server is reachable; under CI=true, where
/// `packaging/bootstrap.sh test` always provides one, fails it instead, so no `pg` test is skipped in CI.
#define BK_REQUIRE_POSTGRES()                                                                                \
    do {                                                                                                     \
        const QString bkPostgresWhy = bk::test::postgresUnavailable();                                       \
        if (!bkPostgresWhy.isEmpty()) {                                                                      \
            if (qEnvironmentVariable("CI") == QLatin1String("true"))                                         \
                QFAIL(qPrintable(QStringLiteral("CI=true and no PostgreSQL server: ") + bkPostgresWhy));     \
            QSKIP(qPrintable(bkPostgresWhy));                                                                \
        }                                                                                                    \
    } while (false)
