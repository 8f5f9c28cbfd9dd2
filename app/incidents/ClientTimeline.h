// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/Result.h"
#include "app/storage/AgreementRepository.h"
#include "app/storage/ContractRepository.h"
#include "app/storage/IncidentRepository.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace bk {

class Database;

/// One line of a client's whole history: an incident record (the incident, a ladder step or a follow-up
/// outcome), an agreement or a behavioural contract.
struct ClientTimelineEntry {
    QDateTime at; ///< UTC
    std::optional<TimelineEntry> incident;
    /// A signed agreement (at its signing) or the open draft (at its last change).
    std::optional<AgreementSummary> agreement;
    /// A signed contract (at its signing) or an open draft (at its last change).
    std::optional<ContractSummary> contract;
};

/// A client's incidents, agreements and contracts on one timeline, oldest first.
namespace ClientTimeline {

Result<QList<ClientTimelineEntry>> of(const Database &database, qint64 clientId);

} // namespace ClientTimeline

} // namespace bk
