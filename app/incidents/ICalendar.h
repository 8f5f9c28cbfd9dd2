// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/practitioner/Availability.h"
#include "app/storage/FollowUpRepository.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace bk {

/// Writes follow-ups as an iCalendar file (RFC 5545) that calendar programs import.
namespace ICalendar {

/// Escapes a TEXT value: backslash, semicolon, comma and newlines.
QString escapeText(const QString &text);
/// Folds one content line (without its CRLF) into lines of at most 75 octets, continuation lines starting
/// with a space, never splitting a UTF-8 character; the result has CRLF after every line.
QByteArray foldLine(const QString &line);

/// One all-day VEVENT per follow-up on its due date; `stamp` is the DTSTAMP (UTC) and `boundaryTitles` maps
/// boundary keys to titles for the descriptions (the key is shown when missing). Each period of reduced
/// availability is one event over its days, saying what changes (never its reason).
QByteArray followUps(const QList<FollowUpItem> &items, const QDateTime &stamp,
                     const QHash<QString, QString> &boundaryTitles,
                     const QList<AvailabilityPeriod> &periods = {});

} // namespace ICalendar

} // namespace bk
