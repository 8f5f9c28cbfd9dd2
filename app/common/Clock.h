// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include <QDateTime>
#include <functional>

namespace bk {

/// The one source of "now" in the application, swappable by tests.
class Clock {
public:
    static QDateTime nowUtc();
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
    /// means the system's zone. Set when a practice is opened and when its profile changes.
    static void setPracticeZone(const QByteArray &ianaId);
    /// A short name of the practice's zone ("London", "New York") when it differs from the system's, to label
    /// times with; empty when the computer is in the practice's zone.
    static QString zoneLabel();

    /// Replaces the clock; pass an empty function to restore the system clock.
    static void setNowFunction(std::function<QDateTime()> now);
    /// The function set by setNowFunction(), empty for the system clock.
    static std::function<QDateTime()> nowFunction();
};

} // namespace bk
