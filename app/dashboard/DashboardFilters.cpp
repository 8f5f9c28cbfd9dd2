// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/dashboard/DashboardFilters.h"

namespace bk::DashboardFilters {

IncidentFilter period(const DashboardFigures &figures) {
    IncidentFilter filter;
    filter.clientId = figures.request.clientId;
    filter.from = figures.request.from;
    filter.to = figures.request.to;
    filter.timeZoneId = figures.timeZoneId;
    filter.crossedBy = CrossedBy::Client;
    return filter;
}

IncidentFilter boundary(const DashboardFigures &figures, const QString &boundaryKey) {
    IncidentFilter filter = period(figures);
    filter.boundaryKey = boundaryKey;
    return filter;
}

IncidentFilter channel(const DashboardFigures &figures, const QString &channelKey) {
    IncidentFilter filter = period(figures);
    filter.channel = ContactChannels::fromKey(channelKey);
    return filter;
}

IncidentFilter cell(const DashboardFigures &figures, Qt::DayOfWeek weekday, int hour) {
    IncidentFilter filter = period(figures);
    filter.weekday = weekday;
    filter.hour = hour;
    return filter;
}

IncidentFilter month(const DashboardFigures &figures, qsizetype index) {
    IncidentFilter filter = period(figures);
    if (index < 0 || index >= figures.byMonth.size())
        return filter;
    const MonthFigure &month = figures.byMonth.at(index);
    filter.from = std::max(month.month, figures.request.from);
    filter.to = std::min(month.month.addMonths(1).addDays(-1), figures.request.to);
    return filter;
}

IncidentFilter client(const DashboardFigures &figures, qint64 clientId) {
    IncidentFilter filter = period(figures);
    filter.clientId = clientId;
    return filter;
}

IncidentFilter repeatBand(const DashboardFigures &figures, RepeatBand band) {
    IncidentFilter filter = period(figures);
    filter.repeatMinimum = RepeatBands::minimum(band);
    filter.repeatMaximum = RepeatBands::maximum(band);
    return filter;
}

IncidentFilter selfReported(const DashboardFigures &figures) {
    IncidentFilter filter = period(figures);
    filter.crossedBy = CrossedBy::Practitioner;
    return filter;
}

IncidentFilter open(const DashboardFigures &figures) {
    IncidentFilter filter;
    filter.clientId = figures.request.clientId;
    filter.status = IncidentStatus::Open;
    return filter;
}

IncidentFilter overdue(const DashboardFigures &figures) {
    IncidentFilter filter;
    filter.clientId = figures.request.clientId;
    filter.overdueOnly = true;
    filter.today = figures.today;
    return filter;
}

} // namespace bk::DashboardFilters
