// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/incidents/Incident.h"
#include "app/policy/BoundaryPolicy.h"

#include <QList>
#include <optional>

namespace bk {

/// When repeated incidents call for a behavioural contract (stored in meta; see IncidentService).
struct RecurrenceSettings {
    int incidentCount = 3; ///< this many client incidents ...
    int windowDays = 90;   ///< ... within this many days
    /// The same boundary crossed again after a written summary about it was sent.
    bool repeatAfterSummary = true;
};

/// A suggestion to write a behavioural contract with a client, and why.
struct ContractProposal {
    enum class Reason { RepeatedAfterSummary, ManyIncidents };
    Reason reason = Reason::ManyIncidents;
    QString boundaryKey;       ///< the boundary concerned (the latest incident's for ManyIncidents)
    QList<qint64> incidentIds; ///< the incidents behind the proposal, oldest first
    QString explanation;       ///< one sentence for the practitioner
};

/// The recurrence rules as pure functions.
namespace RecurrenceRules {

/// Proposes a contract from one client's incidents and the effective step entries of those incidents.
/// Only incidents the client crossed count (self-reported practitioner lapses never do), and incidents
/// before the latest behavioural contract already recorded are settled by it.
std::optional<ContractProposal> propose(const QList<Incident> &clientIncidents,
                                        const QList<StepEntry> &effectiveEntries,
                                        const RecurrenceSettings &settings);

/// A first draft of the contract from the proposal's incidents and the policy texts; reviewed in four weeks.
BehaviouralContract draftContract(const ContractProposal &proposal, const QList<Incident> &clientIncidents,
                                  const PolicyDocument &policy, const QDate &today);

} // namespace RecurrenceRules

} // namespace bk
