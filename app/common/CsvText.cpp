// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/common/CsvText.h"

namespace bk::CsvText {

namespace {

bool startsFormula(const QString &text) {
    if (text.isEmpty())
        return false;
    switch (text.front().unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return true;
    default:
        return false;
    }
}

} // namespace

QString field(const QString &text) {
    const QString safe = startsFormula(text) ? QLatin1Char('\'') + text : text;
    if (!safe.contains(QLatin1Char(',')) && !safe.contains(QLatin1Char('"')) &&
        !safe.contains(QLatin1Char('\n')) && !safe.contains(QLatin1Char('\r')))
        return safe;
    QString quoted = safe;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString unneutralised(const QString &text) {
    return text.startsWith(QLatin1Char('\'')) && startsFormula(text.mid(1, 1)) ? text.mid(1) : text;
}

QString record(const QStringList &fields) {
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &text : fields)
        quoted.append(field(text));
    return quoted.join(QLatin1Char(','));
}

} // namespace bk::CsvText
