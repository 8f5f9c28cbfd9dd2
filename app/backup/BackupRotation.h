// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include <QDateTime>
#include <QList>
#include <QSet>

namespace bk {

/// Which daily backups are kept: the newest of each of the last 7 days, 4 weeks (ISO weeks) and 12 months
/// that have a backup, by the local calendar. A backup may count for several of them; all others go.
class BackupRotation {
public:
    static constexpr int Days = 7;
    static constexpr int Weeks = 4;
    static constexpr int Months = 12;

    /// The indexes into `created` (in any order) of the backups to keep.
    static QSet<qsizetype> keep(const QList<QDateTime> &created);
};

} // namespace bk
