// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "clients/Client.h"
#include "common/OpenPractice.h"
#include "common/Result.h"
#include "incidents/EscalationLadder.h"
#include "incidents/Incident.h"
#include "incidents/RecurrenceRules.h"
#include "policy/BoundaryPolicy.h"

#include <QHash>
#include <optional>

namespace bk {

/// Everything the incident detail dialog shows about one incident, read in one go so every part of the
/// dialog shows the same moment.
struct IncidentDetailData {
    Incident incident;
    Client client;
    /// The boundary as worded in the policy version the incident was logged under (empty title when that
    /// version no longer holds it).
    Boundary boundary;
    /// The current policy's ladder, which the incident walks.
    QList<LadderStep> ladder;
    /// Every step entry, corrections included, by time then id.
    QList<StepEntry> entries;
    QList<FollowUp> followUps;
    /// Every outcome, corrections included, in recording order.
    QList<FollowUpOutcome> outcomes;
    LadderPosition position;
    /// A behavioural contract proposal for the incident's client, when the rules call for one.
    std::optional<ContractProposal> proposal;
    /// The client's incidents by id, for naming the incidents behind a proposal.
    QHash<qint64, Incident> clientIncidents;
    /// The current policy's boundaries, in order.
    QList<Boundary> boundaries;
    /// Boundary titles of the current policy by key.
    QHash<QString, QString> boundaryTitles;

    /// Reads incident `incidentId` and everything around it.
    static Result<IncidentDetailData> load(OpenPractice database, qint64 incidentId);

    bool isOpen() const { return incident.status == IncidentStatus::Open; }
    /// The ladder step with `key`, or nullptr when the ladder does not hold it.
    const LadderStep *step(const QString &key) const;
    /// The title of step `key`, or the key itself when the ladder does not hold it.
    QString stepTitle(const QString &key) const;
    /// The entries no later entry corrects, in order.
    QList<StepEntry> effectiveEntries() const { return effectiveSteps(entries); }
    /// The latest effective entry of step `key`, or nullptr.
    const StepEntry *latestEntry(const QString &key) const;
    /// The effective outcome of follow-up `followUpId`, or nullptr when it has none.
    const FollowUpOutcome *outcomeOf(qint64 followUpId) const;
};

} // namespace bk
