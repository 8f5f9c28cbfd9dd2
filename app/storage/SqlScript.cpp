// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/storage/SqlScript.h"

#include <QRegularExpression>

namespace bk::SqlScript {

QStringList split(const QString &script) {
    static const QRegularExpression triggerStart(QStringLiteral("^\\s*CREATE\\s+(TEMP\\s+)?TRIGGER\\b"),
                                                 QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression triggerBody(QStringLiteral("\\bBEGIN\\b"),
                                                QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression triggerEnd(QStringLiteral("\\bEND\\s*;\\s*$"),
                                               QRegularExpression::CaseInsensitiveOption);
    QStringList statements;
    QString current;
    for (const QString &line : script.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1String("--")))
            continue;
        current += line + QLatin1Char('\n');
        if (!trimmed.endsWith(QLatin1Char(';')))
            continue;
        // SQLite's trigger bodies run from BEGIN to END; PostgreSQL's CREATE TRIGGER names a function
        // instead.
        const bool inTrigger =
            triggerStart.match(current).hasMatch() && triggerBody.match(current).hasMatch();
        if (inTrigger && !triggerEnd.match(trimmed).hasMatch())
            continue;
        // A PostgreSQL function body between $$ and $$ holds statements of its own.
        if (current.count(QStringLiteral("$$")) % 2 != 0)
            continue;
        current = current.trimmed();
        current.chop(1);
        statements.append(current);
        current.clear();
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

} // namespace bk::SqlScript
