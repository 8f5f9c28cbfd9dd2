// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/storage/SqliteStatistics.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace bk {

namespace {

QString quoted(const QString &name) {
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

} // namespace

void analyzeTablesWithoutStatistics(const QSqlDatabase &db) {
    QSqlQuery query(db);
    const bool anyStatistics =
        query.exec(QStringLiteral("SELECT 1 FROM sqlite_schema WHERE name = 'sqlite_stat1'")) && query.next();
    query.finish();
    const QString tables =
        QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'") +
        (anyStatistics ? QStringLiteral(" AND name NOT IN (SELECT tbl FROM sqlite_stat1)") : QString());
    if (!query.exec(tables))
        return;
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    query.finish();
    QStringList missing;
    for (const QString &name : std::as_const(names)) {
        if (query.exec(QStringLiteral("SELECT 1 FROM ") + quoted(name) + QStringLiteral(" LIMIT 1")) &&
            query.next())
            missing.append(name);
        query.finish();
    }
    if (missing.isEmpty())
        return;
    query.exec(QStringLiteral("PRAGMA analysis_limit = 1000"));
    for (const QString &name : std::as_const(missing))
        query.exec(QStringLiteral("ANALYZE ") + quoted(name));
}

} // namespace bk
