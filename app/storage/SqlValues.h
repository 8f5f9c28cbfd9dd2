// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include <QDate>
#include <QDateTime>
#include <QVariant>

/// How dates and times are stored: UTC ISO-8601 text with milliseconds and Z; dates as yyyy-MM-dd, ''
/// unknown.
namespace bk::SqlValues {

/// Text for a NOT NULL column: a null QString would bind as SQL NULL.
inline QString text(const QString &value) {
    return value.isNull() ? QStringLiteral("") : value;
}

inline QString fromUtc(const QDateTime &time) {
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("");
}

inline QDateTime toUtc(const QVariant &value) {
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

inline QString fromDate(const QDate &date) {
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("");
}

inline QDate toDate(const QVariant &value) {
    return QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace bk::SqlValues
