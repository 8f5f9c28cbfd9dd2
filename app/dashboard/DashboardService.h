// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/Result.h"
#include "app/dashboard/DashboardFigures.h"

#include <QCoreApplication>
#include <functional>

namespace bk {

class Database;

/// The dashboard of a practice: DashboardStatistics' figures from DashboardRepository's rows, with the
/// practice's name, time zone and working hours, and the labels of boundaries (as the policy names them) and
/// channels. Used by the CLI directly and by DashboardWorker off the GUI thread.
class DashboardService {
    Q_DECLARE_TR_FUNCTIONS(DashboardService)

public:
    explicit DashboardService(const Database &database)
        : m_db(database) {}

    /// The practice's time zone, for default periods (empty when none is set).
    Result<QByteArray> timeZoneId() const;
    /// The default request: the last DashboardRequest::DefaultDays days in the practice's time zone.
    Result<DashboardRequest> defaultRequest() const;
    /// The figures for `request` now (by Clock); see DashboardRepository::rows() for `superseded`.
    /// An Error of kind Invalid when the period ends before it starts.
    Result<DashboardFigures> compute(const DashboardRequest &request,
                                     const std::function<bool()> &superseded = {}) const;

private:
    const Database &m_db;
};

} // namespace bk
