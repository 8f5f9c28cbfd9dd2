// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/ZoneOffsets.h"
#include "app/dashboard/DashboardFigures.h"
#include "app/storage/DashboardRepository.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>

namespace bk {

/// The moment the dashboard's figures are computed for: "today", "now" and the practice's time zone.
struct DashboardContext {
    QByteArray timeZoneId; ///< the practice's zone (empty: the system's)
    QDate today;           ///< overdue is judged against this day (Clock::todayLocal())
    QDateTime nowUtc;      ///< early warning counts the 30 days up to this instant

    /// The context now, by Clock.
    static DashboardContext current(const QByteArray &timeZoneId);
};

/// The dashboard's statistics for one request at one moment: what DashboardRepository is asked for, and how
/// its rows become DashboardFigures (totals, shares, the median, months with their rates, practice-local
/// weekday and hour).
///
/// Active clients (the rate's divisor) are the current, non-archived clients with status onboarding, active
/// or paused whose start date (or, without one, the day they were added) is on or before the last day of the
/// month that lies in the period; with a client chosen, the divisor is that one client.
class DashboardStatistics {
public:
    /// `request` must have a valid period (from on or before to).
    DashboardStatistics(const DashboardRequest &request, const DashboardContext &context);

    /// How many clients by_client names (the rest are ids and counts only).
    static constexpr int NamedClients = 25;

    /// The values DashboardRepository runs its statements with.
    const DashboardQuery &query() const { return m_query; }
    /// The figures from the rows read for query() (without the practice name, working hours or boundary
    /// labels, which DashboardService adds).
    DashboardFigures figures(const DashboardRows &rows) const;

private:
    DashboardRequest m_request;
    DashboardContext m_context;
    DashboardQuery m_query;
    ZoneOffsets m_offsets;
};

} // namespace bk
