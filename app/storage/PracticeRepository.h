// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/Result.h"
#include "app/policy/PracticeProfile.h"
#include "app/storage/JoinedRead.h"

class QSqlQuery;

namespace bk {

class Database;

/// Reads and writes the practice profile and the first-run setup state: the only place where their SQL
/// lives. PracticeService validates and announces around the writes.
class PracticeRepository {
public:
    explicit PracticeRepository(const Database &database)
        : m_db(database) {}

    /// The saved profile, or PracticeProfile::defaults() when none has been saved yet.
    Result<PracticeProfile> load() const;
    /// The saved profile's row version (PracticeProfile::rowVersion; 0 when none is saved), which every save
    /// raises, as a part of a statement that reads more at once, and rowVersionFrom() reading it back from
    /// the row's column `first`.
    static JoinedRead rowVersionRead();
    static int rowVersionFrom(const QSqlQuery &query, int first);
    /// Whether a profile has been saved (as opposed to load() returning the defaults).
    Result<bool> hasSavedProfile() const;
    /// Saves every part of the profile as given, in one transaction, provided the saved profile is still at
    /// the version it was read at (profile.rowVersion; 0: none is saved yet). Stale when it was saved
    /// elsewhere since.
    Status save(const PracticeProfile &profile) const;

    /// NotDone on a database where the first-run setup has neither been completed nor skipped.
    Result<SetupState> setupState() const;
    Status setSetupState(SetupState state) const;

private:
    const Database &m_db;
};

} // namespace bk
