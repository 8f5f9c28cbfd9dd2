// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/storage/SqliteStatement.h"

#include "app/storage/DatabaseConnection.h"

#include <sqlite3.h>

namespace bk {

SqliteStatement::SqliteStatement(const QSqlDatabase &db, const QByteArray &sql)
    : m_db(sqliteHandle(db)) {
    if (!m_db) {
        m_error =
            QSqlError(QString(), QStringLiteral("not an SQLite connection"), QSqlError::ConnectionError);
        return;
    }
    if (sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &m_statement, nullptr) != SQLITE_OK) {
        failed();
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

SqliteStatement::~SqliteStatement() {
    sqlite3_finalize(m_statement);
}

int SqliteStatement::parameterCount() const {
    return m_statement ? sqlite3_bind_parameter_count(m_statement) : 0;
}

void SqliteStatement::bindNull(int position) {
    sqlite3_bind_null(m_statement, position);
}

void SqliteStatement::bindInteger(int position, qint64 value) {
    sqlite3_bind_int64(m_statement, position, value);
}

void SqliteStatement::bindText(int position, QByteArrayView utf8) {
    // A null view would bind NULL: an empty text is bound as the empty string.
    sqlite3_bind_text64(m_statement, position, utf8.isNull() ? "" : utf8.data(), sqlite3_uint64(utf8.size()),
                        SQLITE_TRANSIENT, SQLITE_UTF8);
}

void SqliteStatement::bindBlob(int position, QByteArrayView bytes) {
    sqlite3_bind_blob64(m_statement, position, bytes.isNull() ? "" : bytes.data(),
                        sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
}

bool SqliteStatement::run() {
    if (!m_statement)
        return false;
    int stepped = SQLITE_ROW;
    while (stepped == SQLITE_ROW)
        stepped = sqlite3_step(m_statement);
    const bool done = stepped == SQLITE_DONE;
    if (!done)
        failed();
    sqlite3_reset(m_statement);
    return done;
}

qint64 SqliteStatement::lastInsertRowid() const {
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
}

void SqliteStatement::failed() {
    m_error = QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(m_db)), QSqlError::StatementError,
                        QString::number(sqlite3_extended_errcode(m_db)));
}

} // namespace bk
