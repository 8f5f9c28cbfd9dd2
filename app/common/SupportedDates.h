// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include <QDate>
#include <QString>

/// The calendar days Boundary Keeper accepts. Dates and times are stored as ISO 8601 text and compared as
/// text, which is only right for four-digit years; the day after the last one (and its UTC start in any
/// time zone) must still have one, so the range ends a year before 9999.
namespace bk::SupportedDates {

inline QDate first() {
    return QDate(1900, 1, 1);
}

inline QDate last() {
    return QDate(9998, 12, 31);
}

inline bool contains(const QDate &date) {
    return date.isValid() && date >= first() && date <= last();
}

/// "Dates from 1900-01-01 to 9998-12-31 are supported.", for messages refusing a date outside the range.
QString rangeSentence();

} // namespace bk::SupportedDates
