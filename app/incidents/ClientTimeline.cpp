// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/incidents/ClientTimeline.h"

#include <algorithm>
#include <tuple>

namespace bk::ClientTimeline {

Result<QList<ClientTimelineEntry>> of(const Database &database, qint64 clientId) {
    Result<QList<TimelineEntry>> incidents = IncidentRepository(database).timeline(clientId);
    if (!incidents)
        return incidents.error();
    Result<QList<AgreementSummary>> agreements = AgreementRepository(database).list(clientId);
    if (!agreements)
        return agreements.error();
    Result<QList<ContractSummary>> contracts = ContractRepository(database).list(clientId);
    if (!contracts)
        return contracts.error();
    // The documents, each at its signing (a draft at its last change), ordered by time; on a tie agreements
    // before contracts, each by id.
    QList<ClientTimelineEntry> documents;
    documents.reserve(agreements.value().size() + contracts.value().size());
    for (const AgreementSummary &agreement : agreements.value()) {
        const QDateTime at =
            agreement.state == AgreementState::Signed ? agreement.signedAt : agreement.updatedAt;
        documents.append(ClientTimelineEntry{at, std::nullopt, agreement, std::nullopt});
    }
    for (const ContractSummary &contract : contracts.value()) {
        const QDateTime at =
            contract.state == AgreementState::Signed ? contract.signedAt : contract.updatedAt;
        documents.append(ClientTimelineEntry{at, std::nullopt, std::nullopt, contract});
    }
    const auto order = [](const ClientTimelineEntry &entry) {
        return std::tuple(entry.at, entry.contract.has_value(),
                          entry.agreement ? entry.agreement->id : entry.contract->id);
    };
    std::sort(
        documents.begin(), documents.end(),
        [&](const ClientTimelineEntry &a, const ClientTimelineEntry &b) { return order(a) < order(b); });
    // The incident records are already in order; a stable merge keeps them so, a document first on a tie.
    QList<ClientTimelineEntry> merged;
    merged.reserve(documents.size() + incidents.value().size());
    qsizetype next = 0;
    for (const TimelineEntry &entry : incidents.value()) {
        while (next < documents.size() && documents.at(next).at <= entry.at)
            merged.append(documents.at(next++));
        merged.append(ClientTimelineEntry{entry.at, entry, std::nullopt, std::nullopt});
    }
    while (next < documents.size())
        merged.append(documents.at(next++));
    return merged;
}

} // namespace bk::ClientTimeline
