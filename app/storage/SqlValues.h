// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include <QDate>
#include <QDateTime>
#include <QVariant>

/// How dates and times are stored: UTC ISO-8601 text with milliseconds and Z on SQLite, timestamptz on
/// PostgreSQL (which casts the same text); dates as yyyy-MM-dd; NULL when unknown (a null QString binds as
/// NULL). Reading accepts both: the text, or the QDateTime and QDate a PostgreSQL driver gives.
namespace bk::SqlValues {

/// Text for a NOT NULL column: a null QString would bind as SQL NULL.
inline QString text(const QString &value) {
    return value.isNull() ? QStringLiteral("") : value;
}

/// A reference to a row, NULL for 0 (nobody, nothing).
inline QVariant idOrNull(qint64 id) {
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

inline QString fromUtc(const QDateTime &time) {
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

namespace detail {
/// The number in `text` from `from` on, `count` digits long, or -1 when one is not a digit.
inline int digits(QStringView text, qsizetype from, qsizetype count) {
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}
} // namespace detail

inline QDateTime toUtc(const QVariant &value) {
    if (value.metaType().id() == QMetaType::QDateTime)
        return value.toDateTime().toUTC();
    const QString text = value.toString();
    // What fromUtc() writes, "2026-11-22T09:30:00.000Z", is read directly: lists read thousands of these, and
    // QDateTime::fromString() takes several times longer. Anything else goes through fromString().
    if (text.size() == 24 && text.at(4) == u'-' && text.at(7) == u'-' && text.at(10) == u'T' &&
        text.at(13) == u':' && text.at(16) == u':' && text.at(19) == u'.' && text.at(23) == u'Z') {
        const QDate date(detail::digits(text, 0, 4), detail::digits(text, 5, 2), detail::digits(text, 8, 2));
        const QTime time(detail::digits(text, 11, 2), detail::digits(text, 14, 2),
                         detail::digits(text, 17, 2), detail::digits(text, 20, 3));
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

inline QString fromDate(const QDate &date) {
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

inline QDate toDate(const QVariant &value) {
    if (value.metaType().id() == QMetaType::QDate)
        return value.toDate();
    const QString text = value.toString();
    if (text.size() == 10 && text.at(4) == u'-' && text.at(7) == u'-') {
        const QDate date(detail::digits(text, 0, 4), detail::digits(text, 5, 2), detail::digits(text, 8, 2));
        if (date.isValid())
            return date;
    }
    return QDate::fromString(text, Qt::ISODate);
}

} // namespace bk::SqlValues
