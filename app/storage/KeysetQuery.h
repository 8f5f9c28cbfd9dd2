// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/Result.h"
#include "app/storage/Database.h"
#include "app/storage/KeptQuery.h"

#include <QList>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>
#include <algorithm>
#include <functional>
#include <type_traits>

namespace bk {

/// Keyset paging over one sorted, filtered list: the count, a page at an offset or counted from the end, the
/// page next to a listed row, and where a row stands. The list is ordered by the sort expressions and then
/// by the id, so that rows with the same sort values still have one order and a page continues exactly where
/// its neighbour ended. The repositories give the fixed SQL fragments; every value is bound.
class KeysetQuery {
public:
    /// The fixed SQL fragments of a list (what follows FROM, conditions without WHERE).
    struct Fragments {
        /// The id column ("id", "i.id"): the last sort key, unique.
        QString idColumn;
        /// What the list is ordered by before the id.
        QStringList sortExpressions;
        Qt::SortOrder order = Qt::AscendingOrder;
        /// Whether the (single) sort expression can be NULL (an unknown date): NULL sorts before every value.
        bool nullableSort = false;
        /// Where count() counts.
        QString countFrom;
        /// What count() reads from countFrom: the rows, or the sum of counts kept per row there.
        QString counted = QStringLiteral("count(*)");
        /// Where positionOf() finds a row and counts the rows before it.
        QString positionFrom;
        /// Where a page's rows are walked.
        QString pageFrom;
        /// The filter, as count() and positionOf() test it, joined with AND.
        QStringList conditions;
        /// The filter as a page tests it (it may be written for the index the page walks).
        QStringList pageConditions;
        /// The columns a page reads before the sort values.
        QString columns;
        /// When not empty, a page finds its ids in pageFrom first and only then reads their columns from
        /// rowsFrom: an OFFSET then steps over index entries, not over joined rows.
        QString rowsFrom;
        /// Binds the values of the conditions.
        std::function<void(QSqlQuery &)> bind;
    };

    /// Where a page continues from: a listed row's sort values and id.
    struct Anchor {
        QVariantList sortValues;
        qint64 id = 0;
    };

    KeysetQuery(const Database &database, Fragments fragments);

    /// How many rows the list has; `doing` names the work in an error ("counting clients").
    Result<qint64> count(const QString &doing) const;
    /// The 0-based position of row `id` in the list, or -1 when the filter hides it.
    Result<qint64> positionOf(qint64 id, const QString &doing) const;

    /// Rows [offset, offset + limit) of the list; `rowFrom(query, sortValues)` makes a row of each.
    template <typename RowFrom>
    auto pageAt(qint64 offset, int limit, const RowFrom &rowFrom, const QString &doing) const {
        return page(nullptr, false, offset, limit, rowFrom, doing);
    }
    /// The `limit` rows that end `offsetFromEnd` rows before the end of the list, in list order.
    template <typename RowFrom>
    auto pageFromEnd(qint64 offsetFromEnd, int limit, const RowFrom &rowFrom, const QString &doing) const {
        return page(nullptr, true, offsetFromEnd, limit, rowFrom, doing);
    }
    /// The `limit` rows that follow (or, with `before`, precede) `anchor` after skipping `skip` rows, in list
    /// order.
    template <typename RowFrom>
    auto pageNextTo(const Anchor &anchor, bool before, int limit, const RowFrom &rowFrom,
                    const QString &doing, qint64 skip = 0) const {
        return page(&anchor, before, skip, limit, rowFrom, doing);
    }

    /// The statements count() and the pages run, prepared and bound but not executed (for the benchmark).
    /// A page from the end (`before` without an anchor) reads its rows last first.
    QSqlQuery countQuery() const;
    QSqlQuery pageQuery(const Anchor *anchor, bool before, qint64 offset, int limit) const;

private:
    template <typename RowFrom>
    auto page(const Anchor *anchor, bool before, qint64 offset, int limit, const RowFrom &rowFrom,
              const QString &doing) const {
        using Row = std::invoke_result_t<const RowFrom &, const QSqlQuery &, const QVariantList &>;
        // Kept for the connection: paging through a list runs the same few statements again and again.
        const KeptQuery kept = m_db.prepareKept(pageSql(anchor, before));
        QSqlQuery &query = *kept;
        query.setForwardOnly(true);
        bindPage(query, anchor, offset, limit);
        if (!query.exec())
            return Result<QList<Row>>(errorFrom(query, doing));
        const int firstSortValue = sortValuesAt(query);
        QList<Row> rows;
        rows.reserve(limit);
        QVariantList sortValues;
        while (query.next()) {
            sortValues.clear();
            for (qsizetype i = 0; i < m_fragments.sortExpressions.size(); ++i)
                sortValues.append(query.value(firstSortValue + int(i)));
            rows.append(rowFrom(query, sortValues));
        }
        // Walking backwards reads the list in the opposite direction.
        if (before)
            std::reverse(rows.begin(), rows.end());
        return Result<QList<Row>>(std::move(rows));
    }

    /// The statement of a page read from `anchor` or from the start (`before`: backwards, from the end).
    QString pageSql(const Anchor *anchor, bool before) const;
    void bindPage(QSqlQuery &query, const Anchor *anchor, qint64 offset, int limit) const;
    /// The column of a page's first sort value.
    int sortValuesAt(const QSqlQuery &query) const;
    Error errorFrom(const QSqlQuery &query, const QString &doing) const;
    QString where(const QStringList &conditions, const QString &extra) const;
    /// A row-value comparison placing rows after (or before) the anchor in ascending order of the keys.
    QString seekCondition(bool after, const QVariantList &sortValues) const;
    bool isNullAnchor(const QVariantList &sortValues) const;
    void bindAnchor(QSqlQuery &query, const QVariantList &sortValues, qint64 id) const;

    const Database &m_db;
    Fragments m_fragments;
};

} // namespace bk
