// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/Result.h"
#include "app/dashboard/DashboardFigures.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <functional>
#include <optional>

namespace bk {

class Database;

/// The values the dashboard's statements compare with, as DashboardStatistics works them out.
struct DashboardQuery {
    QDateTime fromUtc; ///< the period as UTC instants [fromUtc, toUtc)
    QDateTime toUtc;
    QDate firstDay;         ///< the period's first day (the months reflected on are counted from its month)
    QDate lastDay;          ///< clients count as active when they started on or before this day
    QDate today;            ///< next actions due before this day are overdue
    QDateTime warningSince; ///< early warning counts incidents in [warningSince, warningUntil] (UTC)
    QDateTime warningUntil;
    /// Incidents whose 24 hours to be addressed ended by this instant (now) are judged on "addressed within
    /// 24 hours"; younger ones are still within them.
    QDateTime addressDeadlinesBy;
    qint64 warningMinimum = 0; ///< early warning lists clients with at least this many incidents
    qint64 namedClients = 0;   ///< how many of the clients, most incidents first, come with their names
    std::optional<qint64> clientId;
    /// Incident times grouped by UTC quarter hour rather than UTC hour (for zones with offsets such as
    /// +05:30).
    bool byQuarterHour = false;
};

/// What the dashboard's statements return, row by row, as read: counts per group, nothing combined.
struct DashboardRows {
    // Now, one row: open incidents, overdue next actions, re-acknowledgement due and drafts of current
    // clients, and the chosen client's name.
    qint64 openIncidents = 0;
    qint64 overdueFollowUps = 0;
    qint64 reacknowledgementDue = 0;
    qint64 onboardingDrafts = 0;
    QString clientName;

    /// Incidents of the period with one boundary, channel, author and working-hours flag.
    struct Group {
        QString boundaryKey;
        QString channel;
        bool crossedByPractitioner = false;
        bool outsideHours = false;
        qint64 count = 0;
    };
    QList<Group> groups;

    /// Incidents of the period in one UTC hour (or quarter hour) starting at `startSecs`, by who crossed the
    /// boundary.
    struct TimeGroup {
        qint64 startSecs = 0; ///< seconds since the epoch (UTC)
        qint64 count = 0;
        bool crossedByPractitioner = false;
    };
    QList<TimeGroup> byTime;

    /// The months of the period ("2026-11") the signed-in practitioner reflected on (not skipped).
    QStringList reflectedMonths;

    /// Client incidents of the period per client, most first, then by id; names only for the first
    /// DashboardQuery::namedClients.
    QList<ClientCount> byClient;

    /// Client incidents of the period with one time to resolution, whether they were addressed in time and
    /// whether their 24 hours are over.
    struct Resolution {
        std::optional<qint64> hours; ///< hours from the incident to its closing; nullopt while open
        bool addressedWithin24h = false;
        bool deadlinePassed = false; ///< the 24 hours ended by DashboardQuery::addressDeadlinesBy
        qint64 count = 0;
    };
    QList<Resolution> resolutions;

    /// Current clients with at least DashboardQuery::warningMinimum client incidents in the warning window.
    QList<ClientCount> earlyWarning;

    /// Current clients (onboarding, active or paused) by the day they started or were added, up to
    /// DashboardQuery::lastDay, in order; empty when a client is chosen.
    QList<QPair<QDate, qint64>> startedByDay;
};

/// The dashboard's SQL: a fixed set of aggregates over indexed columns, each read group by group (never
/// incident by incident). The only place where their SQL lives; DashboardStatistics turns the rows into
/// figures.
class DashboardRepository {
public:
    explicit DashboardRepository(const Database &database)
        : m_db(database) {}

    /// Runs every statement for `query` and returns their rows. `superseded`, when given, is asked between
    /// statements; when it returns true the work stops with an Error of kind Invalid.
    Result<DashboardRows> rows(const DashboardQuery &query,
                               const std::function<bool()> &superseded = {}) const;

    /// Runs exactly the statements rows() runs, with the same values, and only steps through their rows: the
    /// floor the benchmark compares the dashboard with. Returns the number of rows read.
    Result<qint64> runStatementsOnly(const DashboardQuery &query) const;

private:
    const Database &m_db;
};

} // namespace bk
