// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/Result.h"

#include <QDate>
#include <QDateTime>

namespace bk {
class Database;
}

namespace bk::test {

/// The dashboard's fixed data set (Europe/London, weekdays 9:00 to 18:00), whose every figure is known:
/// see DashboardDataSet.cpp for the incidents and tst_DashboardStatistics for the answers.
struct DashboardDataSet {
    qint64 amy = 0;   ///< active since 2026-01-01: 4 client incidents in the period and a self-reported lapse
    qint64 ben = 0;   ///< active since 2026-06-15: 3 incidents around the clocks going back on 25 October
    qint64 cleo = 0;  ///< archived: 2 incidents in the last 30 days
    qint64 dan = 0;   ///< a prospect with an unfinished agreement draft
    qint64 eve = 0;   ///< paused, started 2026-11-05: 1 incident
    qint64 first = 0; ///< Amy's incident at exactly 09:00 on Monday 5 October

    /// "Now" for the data set: Friday 20 November 2026, 12:00 UTC.
    static QDateTime now() { return QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC); }
    static QDate periodFrom() { return QDate(2026, 10, 1); }
    static QDate periodTo() { return QDate(2026, 11, 20); }
};

/// Fills an empty database with the data set (needs a QGuiApplication: the agreement draft uses fonts) and
/// sets Clock to DashboardDataSet::now(); reset the clock with Clock::setNowFunction({}) after the test.
Result<DashboardDataSet> addDashboardDataSet(const Database &database);

} // namespace bk::test
