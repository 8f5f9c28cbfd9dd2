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

    /// Replaces the clock; pass an empty function to restore the system clock.
    static void setNowFunction(std::function<QDateTime()> now);
};

} // namespace bk
