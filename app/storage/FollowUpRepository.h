// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/Result.h"
#include "app/incidents/IncidentQuery.h"

#include <QDate>
#include <QList>
#include <QString>

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
    /// How many open incidents' next actions are in `window` (as followUpsIn() would list them).
    Result<qint64> countFollowUpsIn(FollowUpWindow window, const QDate &today, int upcomingDays = 14) const;

private:
    const Database &m_db;
};

} // namespace bk
