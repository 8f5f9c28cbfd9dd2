// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/policy/PracticeService.h"

#include "app/storage/Database.h"
#include "app/storage/PracticeRepository.h"

namespace bk {

Result<PracticeProfile> PracticeService::load() const {
    return PracticeRepository(m_db).load();
}

Result<bool> PracticeService::hasSavedProfile() const {
    return PracticeRepository(m_db).hasSavedProfile();
}

Status PracticeService::save(const PracticeProfile &profile) const {
    if (Status writable = m_db.checkWritable(); !writable)
        return writable;
    if (const QStringList problems = profile.problems(); !problems.isEmpty())
        return Error{Error::Kind::Invalid, problems.join(QLatin1Char(' '))};
    Status saved = PracticeRepository(m_db).save(profile);
    if (saved)
        m_db.announce(QStringLiteral("practice_profile"));
    return saved;
}

Result<SetupState> PracticeService::setupState() const {
    return PracticeRepository(m_db).setupState();
}

Status PracticeService::setSetupState(SetupState state) const {
    if (Status writable = m_db.checkWritable(); !writable)
        return writable;
    return PracticeRepository(m_db).setSetupState(state);
}

} // namespace bk
