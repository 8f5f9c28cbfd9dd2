// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/Result.h"

#include <QString>

namespace bk {

/// Where a practice's PostgreSQL server is, from a libpq connection URL such as
/// "postgresql://anna@db.example.org:5432/practice?sslmode=verify-full" — every form libpq accepts, including
/// several hosts ("postgresql://db1,db2/practice?target_session_attrs=read-write"). The password, if the
/// URL holds one, is kept apart: it is never shown, logged or stored.
class ServerAddress {
public:
    /// Whether `location` names a server rather than a database file.
    static bool isServerUrl(const QString &location);
    /// `url` with any password taken out, even when it cannot be parsed.
    static QString withoutPassword(const QString &url);
    /// The address in `url`, or why it cannot be used.
    static Result<ServerAddress> parse(const QString &url);

    /// The URL without its password: what the application shows and remembers.
    QString shown() const { return m_shown; }
    /// The URL's parameters in libpq's "keyword='value'" form, for QPSQL's connect options.
    QString connectOptions() const { return m_connectOptions; }
    /// The password the URL held, or empty (libpq then looks in PGPASSWORD and the password file).
    QString password() const { return m_password; }
    /// The database the URL names, or empty when it leaves that to libpq (the user's name, PGDATABASE).
    QString database() const { return m_database; }
    /// The server's host names or addresses as the URL lists them ("db1,db2"), or empty when it names none
    /// (libpq then takes PGHOST or the local socket). A folder stands for a socket on this computer.
    QString hosts() const { return m_hosts; }

private:
    QString m_shown;
    QString m_connectOptions;
    QString m_password;
    QString m_database;
    QString m_hosts;
};

} // namespace bk
