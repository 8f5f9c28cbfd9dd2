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
    /// `utc` on the wall clock of the system's time zone. The same as QDateTime::toLocalTime(), which asks
    /// the C library for the zone on every call (glibc then checks /etc/localtime on disk): tables that show
    /// a time in every row call this instead.
    static QDateTime toLocal(const QDateTime &utc);

    /// Replaces the clock; pass an empty function to restore the system clock.
    static void setNowFunction(std::function<QDateTime()> now);
    /// The function set by setNowFunction(), empty for the system clock.
    static std::function<QDateTime()> nowFunction();
};

} // namespace bk
