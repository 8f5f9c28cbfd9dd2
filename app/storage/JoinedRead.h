// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include <QList>
#include <QString>

namespace bk {

/// A repository's part of one statement that reads several records at once, in one round trip to a server
/// (IncidentRepository::logReads()): a join of its rows to a one-row source, as "LEFT JOIN (…) ON TRUE", so
/// that nothing found is a row of NULLs, and the columns it adds; or, for one row found by its key, no join
/// and a scalar subquery among the columns (joined on its key, SQLite builds a Bloom filter over the whole
/// table first: 9 ms at 100,000 clients). The repository that owns the records also reads those columns
/// back, so that each record's SQL and mapping stay in one place.
struct JoinedRead {
    QString join;
    QString columns;
    int columnCount = 0;

    /// A statement reading `reads` side by side in one row: each one's columns follow the previous one's.
    static QString statement(const QList<JoinedRead> &reads) {
        QStringList columns;
        QString joins;
        for (const JoinedRead &read : reads) {
            columns.append(read.columns);
            if (!read.join.isEmpty())
                joins += QLatin1Char(' ') + read.join;
        }
        return QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")) +
               QStringLiteral(" FROM (SELECT 1 AS one) AS one_row") + joins;
    }
};

} // namespace bk
