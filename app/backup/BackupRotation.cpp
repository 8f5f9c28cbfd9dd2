// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/backup/BackupRotation.h"

#include "app/common/Clock.h"

#include <QMap>
#include <algorithm>
#include <functional>
#include <numeric>

namespace bk {

QSet<qsizetype> BackupRotation::keep(const QList<QDateTime> &created) {
    QList<qsizetype> newestFirst(created.size());
    std::iota(newestFirst.begin(), newestFirst.end(), 0);
    std::sort(newestFirst.begin(), newestFirst.end(),
              [&created](qsizetype a, qsizetype b) { return created.at(a) > created.at(b); });

    QSet<qsizetype> kept;
    // Walking from the newest, the first backup of each new period is that period's newest.
    auto keepNewestPer = [&](int periods, const std::function<qint64(const QDate &)> &period) {
        QSet<qint64> seen;
        for (const qsizetype index : std::as_const(newestFirst)) {
            const qint64 key = period(Clock::toLocal(created.at(index)).date());
            if (seen.contains(key))
                continue;
            if (seen.size() == periods)
                break;
            seen.insert(key);
            kept.insert(index);
        }
    };
    keepNewestPer(Days, [](const QDate &date) { return date.toJulianDay(); });
    keepNewestPer(Weeks, [](const QDate &date) {
        int year = 0;
        const int week = date.weekNumber(&year);
        return qint64(year) * 100 + week;
    });
    keepNewestPer(Months, [](const QDate &date) { return qint64(date.year()) * 100 + date.month(); });
    return kept;
}

} // namespace bk
