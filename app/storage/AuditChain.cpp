// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/storage/AuditChain.h"

#include "app/agreements/SigningRecord.h"
#include "app/common/Sha256.h"
#include "app/storage/DatabaseConnection.h"

#include <QCoreApplication>
#include <QHash>
#include <sqlite3.h>

namespace bk {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(Database)
};

QByteArray text(sqlite3_value *value) {
    return QByteArray(reinterpret_cast<const char *>(sqlite3_value_text(value)), sqlite3_value_bytes(value));
}

QByteArray blob(sqlite3_value *value) {
    return QByteArray(static_cast<const char *>(sqlite3_value_blob(value)), sqlite3_value_bytes(value));
}

constexpr const char *RowDigestName = "bk_row_digest";
static_assert(int(RowDigest::Type::Integer) == SQLITE_INTEGER &&
              int(RowDigest::Type::Float) == SQLITE_FLOAT && int(RowDigest::Type::Text) == SQLITE_TEXT &&
              int(RowDigest::Type::Blob) == SQLITE_BLOB && int(RowDigest::Type::Null) == SQLITE_NULL);

void returnHash(sqlite3_context *context, const QByteArray &hash) {
    sqlite3_result_blob(context, hash.constData(), int(hash.size()), SQLITE_TRANSIENT);
}

// The statements bk_row_digest reads rows with, one per table, prepared once for the connection: preparing
// one for every row cost more than writing the row, and most of `audit verify`. Finalized when the function
// is removed (releaseSqliteFunctions(), before the connection closes).
struct RowReaders {
    QHash<QByteArray, sqlite3_stmt *> statements;

    RowReaders() = default;
    RowReaders(const RowReaders &) = delete;
    RowReaders &operator=(const RowReaders &) = delete;
    ~RowReaders() {
        for (sqlite3_stmt *statement : std::as_const(statements))
            sqlite3_finalize(statement);
    }
};

void dropRowReaders(void *readers) {
    delete static_cast<RowReaders *>(readers);
}

// bk_row_digest(table, rowid): the SHA-256 of the row's columns, each its name, its type and its value.
void rowDigest(sqlite3_context *context, int, sqlite3_value **arguments) {
    sqlite3 *db = sqlite3_context_db_handle(context);
    auto *readers = static_cast<RowReaders *>(sqlite3_user_data(context));
    const QByteArray table = text(arguments[0]);
    sqlite3_stmt *statement = readers->statements.value(table);
    if (!statement) {
        QByteArray quoted = table;
        quoted.replace('"', "\"\"");
        const QByteArray sql = "SELECT * FROM \"" + quoted + "\" WHERE rowid = ?";
        if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &statement, nullptr) != SQLITE_OK) {
            sqlite3_result_error(context, sqlite3_errmsg(db), -1);
            return;
        }
        readers->statements.insert(table, statement);
    }
    sqlite3_bind_value(statement, 1, arguments[1]);
    const int stepped = sqlite3_step(statement);
    if (stepped == SQLITE_ROW) {
        RowDigest digest;
        for (int column = 0; column < sqlite3_column_count(statement); ++column) {
            const int type = sqlite3_column_type(statement, column);
            const QByteArrayView name(sqlite3_column_name(statement, column));
            if (type == SQLITE_FLOAT)
                digest.add(name, RowDigest::Type::Float,
                           QByteArray::number(sqlite3_column_double(statement, column), 'g', 17));
            else if (type == SQLITE_NULL)
                digest.add(name, RowDigest::Type::Null);
            else
                digest.add(name, RowDigest::Type(type),
                           QByteArrayView(static_cast<const char *>(sqlite3_column_blob(statement, column)),
                                          sqlite3_column_bytes(statement, column)));
        }
        returnHash(context, digest.result());
    } else if (stepped == SQLITE_DONE) {
        sqlite3_result_null(context);
    } else {
        sqlite3_result_error(context, sqlite3_errmsg(db), -1);
    }
    sqlite3_reset(statement);
}

// bk_audit_hash(seq, at, practitioner_id, login, action, table, record, digest, previous_hash).
void auditHash(sqlite3_context *context, int, sqlite3_value **arguments) {
    AuditEvent event;
    event.seq = sqlite3_value_int64(arguments[0]);
    event.at = QString::fromUtf8(text(arguments[1]));
    event.practitionerId = sqlite3_value_int64(arguments[2]);
    event.login = QString::fromUtf8(text(arguments[3]));
    event.action = QString::fromUtf8(text(arguments[4]));
    event.table = QString::fromUtf8(text(arguments[5]));
    event.record = QString::fromUtf8(text(arguments[6]));
    event.digest = blob(arguments[7]);
    event.previousHash = blob(arguments[8]);
    returnHash(context, AuditChain::eventHash(event));
}

void auditLogin(sqlite3_context *context, int, sqlite3_value **) {
    static const QByteArray login = Workstation::osUser().toUtf8();
    sqlite3_result_text(context, login.constData(), int(login.size()), SQLITE_STATIC);
}

void sha256(sqlite3_context *context, int, sqlite3_value **arguments) {
    if (sqlite3_value_type(arguments[0]) == SQLITE_NULL)
        sqlite3_result_null(context);
    else
        returnHash(context, Sha256::of(blob(arguments[0])));
}

} // namespace

Status AuditChain::registerSqliteFunctions(const QSqlDatabase &db) {
    sqlite3 *connection = sqliteHandle(db);
    if (!connection)
        return Error{Error::Kind::Storage, Tr::tr("The audit trail needs an SQLite connection.")};
    struct Function {
        const char *name;
        int arguments;
        int flags;
        void (*call)(sqlite3_context *, int, sqlite3_value **);
    };
    constexpr int Pure = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    const Function functions[] = {{"bk_audit_hash", 9, Pure, &auditHash},
                                  {"bk_audit_login", 0, SQLITE_UTF8, &auditLogin},
                                  {"bk_sha256", 1, Pure, &sha256}};
    const auto failed = [connection] {
        return Error{
            Error::Kind::Storage,
            Tr::tr("Cannot prepare the audit trail: %1").arg(QString::fromUtf8(sqlite3_errmsg(connection)))};
    };
    for (const Function &function : functions) {
        if (sqlite3_create_function_v2(connection, function.name, function.arguments, function.flags, nullptr,
                                       function.call, nullptr, nullptr, nullptr) != SQLITE_OK)
            return failed();
    }
    // SQLite deletes the readers itself when this fails.
    if (sqlite3_create_function_v2(connection, RowDigestName, 2, SQLITE_UTF8, new RowReaders, &rowDigest,
                                   nullptr, nullptr, &dropRowReaders) != SQLITE_OK)
        return failed();
    return {};
}

void AuditChain::releaseSqliteFunctions(const QSqlDatabase &db) {
    // Removing the function finalizes the statements it kept; SQLite does not close a connection that still
    // has statements.
    if (sqlite3 *connection = sqliteHandle(db))
        sqlite3_create_function_v2(connection, RowDigestName, 2, SQLITE_UTF8, nullptr, nullptr, nullptr,
                                   nullptr, nullptr);
}

} // namespace bk
