// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/policy/PracticeService.h"

#include "app/common/Clock.h"
#include "app/storage/Database.h"
#include "app/storage/PracticeRepository.h"

namespace bk {

Result<PracticeProfile> PracticeService::load() const {
    return PracticeRepository(m_db).load();
}

Result<PracticeProfile> PracticeService::load(int rowVersion) const {
    std::any &kept = m_db.kept(QStringLiteral("PracticeService/profile"));
    if (const auto *profile = std::any_cast<PracticeProfile>(&kept);
        profile && profile->rowVersion == rowVersion)
        return *profile;
    Result<PracticeProfile> loaded = load();
    if (loaded)
        kept = loaded.value();
    return loaded;
}

Result<PracticeProfile> PracticeService::loadAndApplyZone() const {
    Result<PracticeProfile> profile = load();
    Clock::setPracticeZone(profile ? profile.value().timeZoneId : QByteArray());
    return profile;
}

Result<bool> PracticeService::hasSavedProfile() const {
    return PracticeRepository(m_db).hasSavedProfile();
}

Status PracticeService::save(const PracticeProfile &profile, PracticeProfile *theirs) const {
    if (Status writable = m_db.checkWritable(); !writable)
        return writable;
    if (const QStringList problems = profile.problems(); !problems.isEmpty())
        return Error{Error::Kind::Invalid, problems.join(QLatin1Char(' '))};
    const PracticeRepository practice(m_db);
    const Status saved =
        m_db.change(QStringLiteral("practice_profile"), [&]() { return practice.save(profile); });
    if (!saved && saved.error().kind == Error::Kind::Stale && theirs) {
        // Read after the refused transaction: the newest version, which a combined save then builds on.
        Result<PracticeProfile> stored = practice.load();
        if (!stored)
            return stored.error();
        *theirs = std::move(stored).value();
    }
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
