// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "common/Result.h"
#include "dashboard/DashboardFigures.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <functional>

namespace bk {

class Database;

/// The moment the dashboard's figures are computed for: "today", "now" and the practice's time zone.
struct DashboardContext {
    QByteArray timeZoneId; ///< the practice's zone (empty: the system's)
    QDate today;           ///< overdue is judged against this day (Clock::todayLocal())
    QDateTime nowUtc;      ///< early warning counts the 30 days up to this instant

    /// The context now, by Clock.
    static DashboardContext current(const QByteArray &timeZoneId);
};

/// The dashboard's statistics in storage: a fixed set of SQL aggregates over indexed columns, each read
/// group by group (never incident by incident), turned into DashboardFigures. The only place where their SQL
/// lives.
///
/// Active clients (the rate's divisor) are the current, non-archived clients with status onboarding, active
/// or paused whose start date (or, without one, the day they were added) is on or before the last day of the
/// month that lies in the period; with a client chosen, the divisor is that one client.
class DashboardRepository {
public:
    explicit DashboardRepository(const Database &database)
        : m_db(database) {}

    /// How many clients by_client names (the rest are ids and counts only).
    static constexpr int NamedClients = 25;

    /// Every SQL-based figure for `request` (not the practice name, working hours or boundary labels, which
    /// DashboardService adds). `superseded`, when given, is asked between statements; when it returns true
    /// the work stops with an Error of kind Invalid.
    Result<DashboardFigures> figures(const DashboardRequest &request, const DashboardContext &context,
                                     const std::function<bool()> &superseded = {}) const;

    /// Runs exactly the statements figures() runs, with the same values, and only steps through their
    /// rows: the floor the benchmark compares figures() with. Returns the number of rows read.
    Result<qint64> runStatementsOnly(const DashboardRequest &request, const DashboardContext &context) const;

private:
    const Database &m_db;
};

} // namespace bk
