// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/Result.h"
#include "app/incidents/IncidentQuery.h"
#include "app/storage/KeysetQuery.h"

#include <QList>
#include <QSqlQuery>

namespace bk {

class Database;

/// The incident register as a sorted, filtered list in SQL: its count, its pages and where an incident
/// stands in it. Filters become SQL here, and only here.
class IncidentListQuery {
public:
    explicit IncidentListQuery(const Database &database)
        : m_db(database) {}

    Result<qint64> count(const IncidentFilter &filter) const;
    /// Rows [offset, offset + limit) of the sorted, filtered list.
    Result<QList<IncidentListRow>> pageAt(const IncidentFilter &filter, const IncidentSort &sort,
                                          qint64 offset, int limit) const;
    /// The `limit` rows that end `offsetFromEnd` rows before the end of the sorted, filtered list, in list
    /// order.
    Result<QList<IncidentListRow>> pageFromEnd(const IncidentFilter &filter, const IncidentSort &sort,
                                               qint64 offsetFromEnd, int limit) const;
    /// The `limit` rows after (or, with `before`, preceding) `row` after skipping `skip` rows, in list order.
    Result<QList<IncidentListRow>> pageNextTo(const IncidentFilter &filter, const IncidentSort &sort,
                                              const IncidentListRow &row, bool before, int limit,
                                              qint64 skip = 0) const;
    /// The 0-based position of incident `id` in the sorted, filtered list, or -1 when the filter hides it.
    Result<qint64> positionOf(const IncidentFilter &filter, const IncidentSort &sort, qint64 id) const;

    /// The statements count() and the page functions run, prepared and bound but not executed: the benchmark
    /// runs them alone to measure the SQL without the model. A weekday or hour in `filter` needs its from and
    /// to set here (count() and the pages set them). list's columns are those of IncidentRepository::get(),
    /// then the client's name, then IncidentListRow::sortValues.
    QSqlQuery countQuery(const IncidentFilter &filter) const;
    QSqlQuery listQuery(const IncidentFilter &filter, const IncidentSort &sort, const IncidentListRow *anchor,
                        bool before, qint64 offset, int limit) const;

private:
    /// `filter` with from and to set to the first and last day holding an incident when a weekday or hour
    /// is asked for without them (local times are matched within bounded stretches of time).
    Result<IncidentFilter> bounded(const IncidentFilter &filter) const;
    /// The list `filter` (bounded) selects, in the order of `sort`.
    KeysetQuery keyset(const IncidentFilter &filter, const IncidentSort &sort) const;
    /// keyset() of bounded(`filter`).
    Result<KeysetQuery> boundedKeyset(const IncidentFilter &filter, const IncidentSort &sort) const;

    const Database &m_db;
};

} // namespace bk
