// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/audit/AuditFilter.h"
#include "app/common/Result.h"
#include "app/storage/AuditChain.h"

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <functional>

namespace bk {

class Database;

/// Reads the audit trail the database's triggers write (it is never written from here).
class AuditRepository {
public:
    explicit AuditRepository(const Database &database)
        : m_db(database) {}

    /// The newest event (seq 0 when there is none yet).
    Result<AuditEvent> head() const;
    /// The hash of event `seq`, empty when there is no such event.
    Result<QByteArray> hashAt(qint64 seq) const;
    Result<qint64> eventCount() const;
    /// Whether the trail still holds the head `noted` as it was noted `where` ("on this computer"): empty
    /// when it does, otherwise what no longer matches.
    Result<QString> anchorProblem(const AuditHead &noted, const QString &where) const;
    /// Every event, oldest first, until `visit` returns false.
    Status walk(const std::function<bool(const AuditEvent &)> &visit) const;
    /// Up to `limit` events matching `filter` older than `beforeSeq` (0: the newest), newest first.
    Result<QList<AuditEvent>> events(const AuditFilter &filter, qint64 beforeSeq, int limit) const;
    /// Up to `limit` events of `tables` after `afterSeq` and up to `upToSeq`, oldest first: what changed
    /// since a reader last looked (events are numbered in commit order).
    Result<QList<AuditEvent>> eventsBetween(qint64 afterSeq, qint64 upToSeq, const QStringList &tables,
                                            int limit) const;

    struct Table {
        QString name;
        QStringList keyColumns;
    };
    /// The audited tables.
    Result<QList<Table>> tables() const;
    Result<qint64> rowCount(const QString &table) const;
    /// Every record of `table` with the digest of its state now, until `visit` returns false.
    Status records(const Table &table,
                   const std::function<bool(const QString &, const QByteArray &)> &visit) const;

private:
    const Database &m_db;
};

} // namespace bk
