// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/Result.h"
#include "app/incidents/IncidentQuery.h"

#include <QDate>
#include <QList>
#include <QString>
#include <functional>

namespace bk {

class Database;

/// The follow-ups to do: open incidents' next actions by when they fall due, read from storage.
class FollowUpRepository {
public:
    explicit FollowUpRepository(const Database &database)
        : m_db(database) {}

    /// Open incidents' next actions in `window` relative to `today`, earliest first, at most `limit` of
    /// them (every one when negative); Upcoming covers the `upcomingDays` days after today.
    Result<QList<FollowUpItem>> followUpsIn(FollowUpWindow window, const QDate &today, int upcomingDays = 14,
                                            int limit = -1) const;
    /// The same follow-ups one at a time, without holding them all (a command line listing every overdue
    /// follow-up of a large practice); `visit` returns false to stop.
    Status walkFollowUpsIn(FollowUpWindow window, const QDate &today, int upcomingDays, int limit,
                           const std::function<bool(const FollowUpItem &)> &visit) const;
    /// How many open incidents' next actions are in `window` (as followUpsIn() would list them).
    Result<qint64> countFollowUpsIn(FollowUpWindow window, const QDate &today, int upcomingDays = 14) const;

private:
    const Database &m_db;
};

} // namespace bk
