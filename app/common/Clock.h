// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <functional>

namespace bk {

/// The one source of "now" in the application, swappable by tests.
class Clock {
    Q_DECLARE_TR_FUNCTIONS(Clock)

public:
    static QDateTime nowUtc();
    /// Today on the practice's calendar (in the zone of setPracticeZone()): the day every "today", "overdue"
    /// and "due" is judged against, so a practice in Sydney on a computer kept in UTC sees its own date.
    static QDate todayLocal();
    /// `utc` on the wall clock of the practice's time zone (see setPracticeZone()), or of the system's while
    /// none is set. Every time shown to the user goes through here, so lists, the incident window, the heat
    /// map and the flags agree. Unlike QDateTime::toLocalTime(), it does not ask the C library for the zone
    /// on every call (glibc then checks /etc/localtime on disk): tables that show a time in every row call
    /// it.
    static QDateTime toLocal(const QDateTime &utc);
    /// toLocal() without its zone, for a QDateTimeEdit (which shows the system's zone): the practice's wall
    /// clock as it should appear in the edit.
    static QDateTime toWallClock(const QDateTime &utc);
    /// The UTC moment of `wallClock`, a date and time read from a QDateTimeEdit on the practice's wall clock.
    static QDateTime fromWallClock(const QDateTime &wallClock);
    /// The times shown are in this zone from now on (IANA id, e.g. "Europe/London"); an unknown or empty id
    /// means the system's zone. Set when a practice is opened and when its profile changes (see
    /// PracticeService::loadAndApplyZone()).
    static void setPracticeZone(const QByteArray &ianaId);
    /// A short name of the practice's zone ("London", "New York") when it differs from the system's, to label
    /// times with; empty when the computer is in the practice's zone.
    static QString zoneLabel();
    /// `time` (a date and time as shown) labelled with zoneLabel() when there is one: "16:15 (New York
    /// time)".
    static QString withZone(const QString &time);
    /// A column's `header` labelled with zoneLabel() when there is one: "Date and time (New York)".
    static QString headerWithZone(const QString &header);

    /// Replaces the clock; pass an empty function to restore the system clock.
    static void setNowFunction(std::function<QDateTime()> now);
    /// The function set by setNowFunction(), empty for the system clock.
    static std::function<QDateTime()> nowFunction();
};

} // namespace bk
