// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/clients/Client.h"
#include "app/common/Result.h"
#include "app/incidents/EscalationLadder.h"
#include "app/incidents/IncidentRecord.h"
#include "app/incidents/RecurrenceRules.h"
#include "app/policy/BoundaryPolicy.h"
#include "app/practitioner/PractitionerAccount.h"

#include <QHash>
#include <optional>

namespace bk {

class Database;

/// Everything shown about one incident (the detail dialog, `incidents show`), read in one go so every part
/// shows the same moment: the record, its client, the wording it was judged against and its ladder position.
struct IncidentDetails : IncidentRecord {
    Client client;
    /// Who is responsible for the client, and who logged and last changed the incident.
    RecordAuthors authors;
    /// The boundary as worded in the policy version the incident was logged under; when that version does
    /// not hold it (boundaryRetired), as the current policy words it, or only its key when neither does.
    Boundary boundary;
    bool boundaryRetired = false;
    /// The current policy's ladder, which the incident walks.
    QList<LadderStep> ladder;
    /// The incident's position on the current ladder (no next action once closed).
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
    static Result<IncidentDetails> load(const Database &database, qint64 incidentId);

    /// The ladder step with `key`, or nullptr when the ladder does not hold it.
    const LadderStep *step(const QString &key) const;
    /// The title of step `key`, or the key itself when the ladder does not hold it or it has no title.
    QString stepTitle(const QString &key) const;
    /// Whether taking step `key` is the next action: not while goals are being followed up (the step after
    /// them is not due yet), nor after they were met (the ladder stops there), nor once the incident is
    /// closed.
    bool isStepDueNext(const QString &key) const;
};

} // namespace bk
