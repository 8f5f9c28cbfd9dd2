// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include <QSqlDatabase>
#include <QString>

struct sqlite3;

namespace bk {

/// The SQLite connection Qt's driver opened for `db` (the same libsqlite3 on Debian), or null for another
/// driver.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

/// A new connection's unique name, removed again when an open fails half-way; `release()` hands the name to
/// the Database that keeps the connection.
class ConnectionGuard {
public:
    ConnectionGuard();
    ~ConnectionGuard();
    ConnectionGuard(const ConnectionGuard &) = delete;
    ConnectionGuard &operator=(const ConnectionGuard &) = delete;

    const QString name;
    QString release() {
        m_keep = true;
        return name;
    }

private:
    bool m_keep = false;
};

/// The password a server URL held when the practice at `shown` (its URL without the password) was opened in
/// this process, for the PostgreSQL client programs (pg_dump) that need it too; empty when there was none.
QString serverPassword(const QString &shown);

} // namespace bk
