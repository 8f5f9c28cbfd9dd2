// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/incidents/ClientTimeline.h"

#include <algorithm>

namespace bk::ClientTimeline {

Result<QList<ClientTimelineEntry>> of(const Database &database, qint64 clientId) {
    Result<QList<TimelineEntry>> incidents = IncidentRepository(database).timeline(clientId);
    if (!incidents)
        return incidents.error();
    Result<QList<AgreementSummary>> agreements = AgreementRepository(database).list(clientId);
    if (!agreements)
        return agreements.error();
    QList<ClientTimelineEntry> entries;
    entries.reserve(incidents.value().size() + agreements.value().size());
    for (const AgreementSummary &agreement : agreements.value()) {
        const QDateTime at =
            agreement.state == AgreementState::Signed ? agreement.signedAt : agreement.updatedAt;
        entries.append(ClientTimelineEntry{at, std::nullopt, agreement});
    }
    // Agreements come newest first; their order among themselves is fixed by time and id.
    std::sort(entries.begin(), entries.end(), [](const ClientTimelineEntry &a, const ClientTimelineEntry &b) {
        return a.at != b.at ? a.at < b.at : a.agreement->id < b.agreement->id;
    });
    // The incident records are already in order; a stable merge keeps them so, an agreement first on a tie.
    QList<ClientTimelineEntry> merged;
    merged.reserve(entries.size() + incidents.value().size());
    qsizetype next = 0;
    for (const TimelineEntry &entry : incidents.value()) {
        while (next < entries.size() && entries.at(next).at <= entry.at)
            merged.append(entries.at(next++));
        merged.append(ClientTimelineEntry{entry.at, entry, std::nullopt});
    }
    while (next < entries.size())
        merged.append(entries.at(next++));
    return merged;
}

} // namespace bk::ClientTimeline
