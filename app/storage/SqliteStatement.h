// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlDatabase>
#include <QSqlError>

struct sqlite3;
struct sqlite3_stmt;

namespace bk {

/// A statement run through SQLite's own API on the handle of a Qt connection (QSqlDriver::handle()), for the
/// bulk paths of an import: Qt 6.4's QSqlQuery looks every position bound up by a generated name, which cost
/// more than writing the row. Failures come as the QSqlError QSQLITE would give (the extended result code as
/// native code), so Database::errorFrom() reports them as it reports any other.
class SqliteStatement {
public:
    /// Prepares `sql` on `db`, which must be an SQLite connection; see error() when it cannot.
    SqliteStatement(const QSqlDatabase &db, const QByteArray &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_statement != nullptr; }
    /// The statement's number of parameters.
    int parameterCount() const;

    // Positions count from 1. Text and blobs are copied.
    void bindNull(int position);
    void bindInteger(int position, qint64 value);
    void bindText(int position, QByteArrayView utf8);
    void bindBlob(int position, QByteArrayView bytes);

    /// Runs the statement to its end (ignoring any rows) and resets it for the next values; false on
    /// failure, see error().
    bool run();
    /// The rowid of the connection's last insert.
    qint64 lastInsertRowid() const;
    /// Why preparing or the last run failed.
    QSqlError error() const { return m_error; }

private:
    void failed();

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QSqlError m_error;
};

} // namespace bk
