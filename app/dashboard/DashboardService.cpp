// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/dashboard/DashboardService.h"

#include "app/common/ContactChannel.h"
#include "app/dashboard/DashboardStatistics.h"
#include "app/policy/PolicyService.h"
#include "app/policy/PracticeService.h"

#include <QHash>
#include <algorithm>

namespace bk {

Result<QByteArray> DashboardService::timeZoneId() const {
    const Result<PracticeProfile> profile = PracticeService(m_db).load();
    if (!profile)
        return profile.error();
    return profile.value().timeZoneId;
}

Result<DashboardRequest> DashboardService::defaultRequest() const {
    const Result<QByteArray> zone = timeZoneId();
    if (!zone)
        return zone.error();
    return DashboardRequest::lastDays(DashboardRequest::DefaultDays, zone.value());
}

Result<DashboardFigures> DashboardService::compute(const DashboardRequest &request,
                                                   const std::function<bool()> &superseded) const {
    const Result<PracticeProfile> profile = PracticeService(m_db).load();
    if (!profile)
        return profile.error();
    if (!request.from.isValid() || !request.to.isValid() || request.to < request.from)
        return Error{Error::Kind::Invalid, tr("The period must start on or before the day it ends.")};
    const DashboardStatistics statistics(request, DashboardContext::current(profile.value().timeZoneId));
    const Result<DashboardRows> rows = DashboardRepository(m_db).rows(statistics.query(), superseded);
    if (!rows)
        return rows.error();
    DashboardFigures figures = statistics.figures(rows.value());
    figures.practiceName = profile.value().name;
    figures.hours = profile.value().hours;
    figures.paperSize = profile.value().paperSize;

    // Titles as the latest published version words them, else as the draft does (retired ones included); the
    // draft is read only when the latest version does not name every boundary counted.
    QHash<QString, QString> titles;
    const PolicyService policy(m_db);
    if (Result<std::optional<PolicyVersion>> latest = policy.latestVersion(); latest && latest.value()) {
        for (const Boundary &boundary : latest.value()->document.boundaries)
            titles.insert(boundary.key, boundary.title);
    }
    const auto untitled = [&titles](const KeyedCount &boundary) {
        return !titles.contains(boundary.key);
    };
    if (std::any_of(figures.byBoundary.cbegin(), figures.byBoundary.cend(), untitled)) {
        if (Result<PolicyDocument> draft = policy.draft(); draft) {
            for (const Boundary &boundary : draft.value().boundaries) {
                if (!titles.contains(boundary.key))
                    titles.insert(boundary.key, boundary.title);
            }
        }
    }
    for (KeyedCount &boundary : figures.byBoundary)
        boundary.label = titles.value(boundary.key, boundary.key);
    for (KeyedCount &channel : figures.byChannel) {
        const std::optional<ContactChannel> known = ContactChannels::fromKey(channel.key);
        channel.label = known ? ContactChannels::label(*known) : channel.key;
    }
    return figures;
}

} // namespace bk
