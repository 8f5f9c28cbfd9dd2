// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/Result.h"
#include "app/policy/PracticeProfile.h"

namespace bk {

class Database;

/// The practice's profile (name, people, roles, hours, channels) and whether its first-run setup is done:
/// every change is validated (PracticeProfile::problems()), written in one transaction and announced as
/// "practice_profile" once committed. Reads come from PracticeRepository, where the profile's SQL lives.
class PracticeService {
public:
    explicit PracticeService(const Database &database)
        : m_db(database) {}

    /// The saved profile, or PracticeProfile::defaults() when none has been saved yet.
    Result<PracticeProfile> load() const;
    /// The same, kept for this connection while the saved profile's row version is `rowVersion` (read just
    /// before, with other things, in one statement; 0: none saved): every save raises it, on any desktop, so
    /// a profile changed anywhere is read again at once.
    Result<PracticeProfile> load(int rowVersion) const;
    /// load(), and the profile's time zone made the one times and "today" are shown in (the system's when the
    /// profile cannot be read): what the window and the command line call when they open a practice, and the
    /// window again when the profile changes.
    Result<PracticeProfile> loadAndApplyZone() const;
    /// Whether a profile has been saved (as opposed to load() returning the defaults).
    Result<bool> hasSavedProfile() const;
    /// Saves the profile, provided nobody saved it since it was read at profile.rowVersion. Stale when
    /// someone did: nothing is written and `theirs`, when given, receives the profile as saved now.
    Status save(const PracticeProfile &profile, PracticeProfile *theirs = nullptr) const;
    /// NotDone on a database where the first-run setup has neither been completed nor skipped.
    Result<SetupState> setupState() const;
    Status setSetupState(SetupState state) const;

private:
    const Database &m_db;
};

} // namespace bk
