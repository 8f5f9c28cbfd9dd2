// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/Result.h"

#include <QString>
#include <QStringList>

namespace bk {

class Database;

/// Adding many rows to one table inside a transaction (an import). Where the engine allows it (SQLite, whose
/// DDL is transactional), begin() sets the table's indexes and its audit trigger for inserts aside when the
/// rows added are many against the rows it holds, and finish() appends the audit events of the added rows in
/// one statement and makes the indexes and the trigger again from their own definitions, before the
/// transaction commits: building an index once over all its rows is cheaper than updating it row by row, and
/// a rollback brings back everything that was set aside. Every index the schema lists for the table is
/// handled, so a table derived from it later needs nothing more here. On a server nothing is set aside
/// (practitioners may not drop indexes); begin() and finish() then do nothing.
class BulkLoad {
public:
    /// Inside a transaction of `database`, before `adding` rows are added to `table`.
    static Result<BulkLoad> begin(const Database &database, const QString &table, qint64 adding);
    /// Appends the audit events and makes again what begin() set aside; inside the same transaction.
    Status finish();

    /// Whether `adding` rows to a table of `holding` rows pays for building its indexes again.
    static bool paysOff(qint64 adding, qint64 holding);
    /// Whether begin() set anything aside.
    bool isActive() const { return !m_definitions.isEmpty(); }

private:
    explicit BulkLoad(const Database &database)
        : m_db(&database) {}
    /// Drops the indexes of `table` (and, with `auditTrigger`, its audit trigger for inserts), keeping their
    /// definitions to make them again.
    Status setAside(const QString &table, bool auditTrigger);

    const Database *m_db;
    QString m_table;
    /// The rows added come after this row number.
    qint64 m_after = 0;
    /// The audited table's key columns.
    QStringList m_keyColumns;
    /// Whether its audit trigger was set aside: finish() appends the events.
    bool m_appendsAudit = false;
    /// What was set aside, to run again in this order.
    QStringList m_definitions;
};

} // namespace bk
