// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/Result.h"
#include "app/storage/AuditChain.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

namespace bk {

class Database;
class SqliteStatement;

/// Adding many rows to one table inside a transaction (an import). Where the engine allows it (SQLite, whose
/// DDL is transactional), begin() sets the table's indexes and its audit trigger for inserts aside when the
/// rows added are many against the rows it holds; the caller then hands it each added row's digest
/// (recordInserted(), computed from the values it bound) and the bulk load appends the row's audit event,
/// chained as the trigger would have, many to a statement; finish() makes the indexes and the trigger again
/// from their own definitions, before the transaction commits: building an index once over all its rows is
/// cheaper than updating it row by row, and a rollback brings back everything that was set aside. Every index
/// the schema lists for the table is handled, so a table derived from it later needs nothing more here. On a
/// server nothing is set aside (practitioners may not drop indexes); begin() and finish() then do nothing.
class BulkLoad {
public:
    /// Inside a transaction of `database`, before `adding` rows are added to `table`.
    static Result<BulkLoad> begin(const Database &database, const QString &table, qint64 adding);
    /// Appends the audit events still held and makes again what begin() set aside; inside the same
    /// transaction. An error when a row was added without its event.
    Status finish();

    /// Whether the audit trigger for inserts is set aside: every row added must then be recorded, in the
    /// order of its rowid, with recordInserted().
    bool recordsInserts() const { return m_appendsAudit; }
    /// Appends the insert event of the row named `record` (its key values joined by '/') whose stored state
    /// has `digest` (AuditChain's RowDigest).
    Status recordInserted(const QString &record, const QByteArray &digest);
    /// The table's highest rowid before any row was added (SQLite).
    qint64 lastRowBefore() const { return m_after; }

    /// Whether `adding` rows to a table of `holding` rows pays for building its indexes again.
    static bool paysOff(qint64 adding, qint64 holding);
    /// Whether begin() set anything aside.
    bool isActive() const { return !m_definitions.isEmpty(); }

private:
    explicit BulkLoad(const Database &database);
    /// Drops the indexes of `table` (and, with `auditTrigger`, its audit trigger for inserts), keeping their
    /// definitions to make them again.
    Status setAside(const QString &table, bool auditTrigger);
    /// Reads the chain's head and the fields every event appended shares.
    Status readAppendState();
    /// Appends the events held.
    Status appendHeld();

    const Database *m_db;
    QString m_table;
    /// The rows added come after this row number.
    qint64 m_after = 0;
    /// Whether its audit trigger was set aside: the caller records the rows, and the events are appended
    /// here.
    bool m_appendsAudit = false;
    /// The next event: its shared fields (at, practitioner, login), the sequence number and hash of the one
    /// before it.
    AuditEvent m_next;
    /// Events computed, not yet appended.
    QList<AuditEvent> m_held;
    /// The statement appending a full batch of events, prepared at the first.
    std::shared_ptr<SqliteStatement> m_append;
    /// How many rows were recorded.
    qint64 m_recorded = 0;
    /// What was set aside, to run again in this order.
    QStringList m_definitions;
};

} // namespace bk
