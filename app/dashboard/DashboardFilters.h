// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/dashboard/DashboardFigures.h"
#include "app/incidents/IncidentQuery.h"

namespace bk {

/// The incident list behind each number of the dashboard: the filter that shows exactly the incidents a
/// bar, cell or tile counts, so a click drills down to them.
namespace DashboardFilters {

/// The period's client incidents (and the chosen client's, when there is one), in the practice's zone.
IncidentFilter period(const DashboardFigures &figures);
IncidentFilter boundary(const DashboardFigures &figures, const QString &boundaryKey);
/// `channelKey` as stored, e.g. "phone"; an unknown key matches nothing known and gives the period.
IncidentFilter channel(const DashboardFigures &figures, const QString &channelKey);
IncidentFilter cell(const DashboardFigures &figures, Qt::DayOfWeek weekday, int hour);
/// The days of month `index` of figures.byMonth that lie in the period.
IncidentFilter month(const DashboardFigures &figures, qsizetype index);
IncidentFilter client(const DashboardFigures &figures, qint64 clientId);
IncidentFilter repeatBand(const DashboardFigures &figures, RepeatBand band);
/// The period's self-reported lapses.
IncidentFilter selfReported(const DashboardFigures &figures);
/// Every open incident (of the chosen client), whenever it happened.
IncidentFilter open(const DashboardFigures &figures);
/// Every open incident (of the chosen client) whose next action is overdue.
IncidentFilter overdue(const DashboardFigures &figures);

} // namespace DashboardFilters

} // namespace bk
