// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/incidents/Incident.h"

#include <QByteArray>
#include <QDate>
#include <QVariantList>
#include <optional>

namespace bk {

/// Which incidents a list shows. Dates are local calendar dates.
struct IncidentFilter {
    std::optional<qint64> clientId;
    QString boundaryKey; ///< empty: every boundary
    std::optional<IncidentStatus> status;
    /// Only open incidents whose next due date is before `today`.
    bool overdueOnly = false;
    QDate today; ///< the date overdue is judged against (Clock::todayLocal() in the application)
    QDate from;  ///< first day shown (inclusive), invalid: no lower bound
    QDate to;    ///< last day shown (inclusive), invalid: no upper bound
    std::optional<CrossedBy> crossedBy;
    std::optional<ContactChannel> channel;
    /// The time zone `from`, `to`, `weekday` and `hour` are in (IANA id); empty: the system time zone.
    QByteArray timeZoneId;
    /// Only incidents on this local weekday, and in this local hour (0 to 23): a cell of the dashboard's heat
    /// map. Either may be set alone.
    std::optional<Qt::DayOfWeek> weekday;
    std::optional<int> hour;
    /// With repeatMinimum > 0, only incidents of clients who have repeatMinimum to repeatMaximum (0: no upper
    /// bound) incidents between `from` and `to` crossed by `crossedBy` (the dashboard's repeat bands).
    int repeatMinimum = 0;
    int repeatMaximum = 0;

    /// Whether the filter lets every incident through: nothing is chosen (`today` and `timeZoneId` only say
    /// how the choices are judged).
    bool isEmpty() const;
    bool operator==(const IncidentFilter &other) const = default;
};

enum class IncidentSortKey { OccurredAt, Client, Boundary, Channel, Severity, Step, NextDue, Status };

struct IncidentSort {
    IncidentSortKey key = IncidentSortKey::OccurredAt;
    Qt::SortOrder order = Qt::DescendingOrder;
};

/// A listed incident with its client's name and the values it was sorted by (where a keyset page resumes).
struct IncidentListRow {
    Incident incident;
    QString clientName;
    QVariantList sortValues;
};

/// An open incident's next action, as a follow-up to do.
struct FollowUpItem {
    qint64 incidentId = 0;
    qint64 clientId = 0;
    QString clientName;
    QString boundaryKey;
    QString nextAction;
    QDate due;
};

/// Which follow-ups to list, relative to a day.
enum class FollowUpWindow { Overdue, DueToday, Upcoming, DueOrOverdue };

} // namespace bk
