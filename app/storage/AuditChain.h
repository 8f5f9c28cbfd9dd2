// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/Result.h"
#include "app/common/Sha256.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

namespace bk {

/// One event of the audit trail: a change to one record, with the digest of the record's state after it
/// (empty once the record is gone) and the hashes that chain it to the event before.
struct AuditEvent {
    qint64 seq = 0;
    QString at;                ///< UTC, "2026-12-06T15:29:12.123Z"
    qint64 practitionerId = 0; ///< 0: nobody of the practice (a server role that is not a practitioner)
    QString login;             ///< the practitioner's login; on a file the computer's user
    QString action;            ///< "baseline", "insert", "update" or "delete"
    QString table;
    QString record; ///< the record's key values joined by '/'
    QByteArray digest;
    QByteArray previousHash;
    QByteArray hash;
};

/// The newest event of a trail as noted outside the database (on a backup, a signed document, this computer's
/// settings, or by a practitioner): its sequence number and hash.
struct AuditHead {
    qint64 seq = 0;
    QByteArray hash;

    bool isValid() const { return seq > 0 && hash.size() == 32; }
    /// "1234:<hash in hex>", as `audit head` prints it and backups and settings keep it.
    QString text() const;
    /// The head `text` names; invalid when it names none.
    static AuditHead fromText(const QString &text);
    /// "urn:x-boundary-keeper:audit-head:" + text(): how a signed PDF carries the head it was signed at, as
    /// the target of a link on its evidence page (a PDF keeps link targets as plain bytes, unlike its text).
    QString uri() const;
    static QString uriPrefix();
};

/// The digest of a row of an audited SQLite table, as bk_row_digest computes it from the stored row: for each
/// column in the table's order, its name, its storage class and its value (integers as decimal text, floats
/// with 17 significant digits, text as UTF-8). bk_row_digest reads the row back through this very class; a
/// bulk load feeds it the values it binds instead, which must then be what the row stores.
class RowDigest {
public:
    /// SQLite's storage classes (SQLITE_INTEGER … SQLITE_NULL).
    enum class Type { Integer = 1, Float = 2, Text = 3, Blob = 4, Null = 5 };

    /// Adds the next column; `value` is its bytes (ignored for Null).
    void add(QByteArrayView column, Type type, QByteArrayView value = {});
    void addInteger(QByteArrayView column, qint64 value);
    /// The 32 bytes of the digest; the object is used up.
    QByteArray result() { return m_hash.result(); }

private:
    Sha256 m_hash;
};

/// The canonical encoding of the audit trail, shared by the database (SQLite's functions below, the
/// PostgreSQL migration's bk_audit_hash) and `audit verify`.
namespace AuditChain {
/// The hash of an event's fields (all but its own hash): SHA-256 over the fields one per line, the
/// practitioner empty for none, the digest and the previous hash in lower-case hex.
QByteArray eventHash(const AuditEvent &event);
/// The previous hash of the first event.
QByteArray genesisHash();
/// Registers on an SQLite connection the functions the audit triggers call: bk_row_digest(table, rowid),
/// bk_audit_hash(…), bk_audit_login(), and bk_sha256(blob) for the signing rules.
Status registerSqliteFunctions(const QSqlDatabase &db);
/// Removes what registerSqliteFunctions() keeps on the connection (bk_row_digest's prepared statements):
/// called before the connection closes.
void releaseSqliteFunctions(const QSqlDatabase &db);
} // namespace AuditChain

} // namespace bk
