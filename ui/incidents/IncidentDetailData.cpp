// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "IncidentDetailData.h"

#include "common/OpenPractice.h"
#include "incidents/IncidentService.h"
#include "policy/PolicyService.h"
#include "storage/ClientRepository.h"
#include "storage/IncidentRepository.h"

#include <algorithm>

namespace bk {

Result<IncidentDetailData> IncidentDetailData::load(OpenPractice database, qint64 incidentId) {
    const IncidentRepository repository(database);
    const IncidentService service(database);
    IncidentDetailData data;

    Result<Incident> incident = repository.get(incidentId);
    if (!incident)
        return incident.error();
    data.incident = std::move(incident).value();
    Result<Client> client = ClientRepository(database).get(data.incident.clientId);
    if (!client)
        return client.error();
    data.client = std::move(client).value();

    Result<CurrentPolicy> current = service.currentPolicy();
    if (!current)
        return current.error();
    data.ladder = current.value().document.ladder;
    data.boundaries = current.value().document.boundaries;
    for (const Boundary &boundary : current.value().document.boundaries)
        data.boundaryTitles.insert(boundary.key, boundary.title);
    // The wording the incident was judged against, which a later version may have changed or retired.
    PolicyDocument loggedUnder = current.value().document;
    if (data.incident.policyVersion > 0 && data.incident.policyVersion != current.value().version) {
        Result<PolicyVersion> version = PolicyService(database).version(data.incident.policyVersion);
        if (!version)
            return version.error();
        loggedUnder = std::move(version).value().document;
    }
    if (const Boundary *boundary = loggedUnder.boundary(data.incident.boundaryKey))
        data.boundary = *boundary;
    else if (const Boundary *now = current.value().document.boundary(data.incident.boundaryKey))
        data.boundary = *now;
    else
        data.boundary.key = data.incident.boundaryKey;

    Result<QList<StepEntry>> entries = repository.steps(incidentId);
    Result<QList<FollowUp>> followUps = repository.followUps(incidentId);
    Result<QList<FollowUpOutcome>> outcomes = repository.outcomes(incidentId);
    Result<LadderPosition> position = service.position(incidentId);
    Result<std::optional<ContractProposal>> proposal = service.contractProposal(data.incident.clientId);
    Result<QList<Incident>> clientIncidents = repository.incidentsOfClient(data.incident.clientId);
    if (!entries)
        return entries.error();
    if (!followUps)
        return followUps.error();
    if (!outcomes)
        return outcomes.error();
    if (!position)
        return position.error();
    if (!proposal)
        return proposal.error();
    if (!clientIncidents)
        return clientIncidents.error();
    data.entries = std::move(entries).value();
    data.followUps = std::move(followUps).value();
    data.outcomes = std::move(outcomes).value();
    data.position = std::move(position).value();
    data.proposal = std::move(proposal).value();
    for (const Incident &other : clientIncidents.value())
        data.clientIncidents.insert(other.id, other);
    return data;
}

const LadderStep *IncidentDetailData::step(const QString &key) const {
    for (const LadderStep &step : ladder) {
        if (step.key == key)
            return &step;
    }
    return nullptr;
}

QString IncidentDetailData::stepTitle(const QString &key) const {
    const LadderStep *found = step(key);
    return found && !found->title.isEmpty() ? found->title : key;
}

const StepEntry *IncidentDetailData::latestEntry(const QString &key) const {
    const QList<StepEntry> effective = effectiveEntries();
    const StepEntry *latest = nullptr;
    for (const StepEntry &entry : entries) {
        if (entry.stepKey != key)
            continue;
        const bool inForce = std::any_of(effective.begin(), effective.end(),
                                         [&entry](const StepEntry &other) { return other.id == entry.id; });
        if (inForce && (!latest || entry.happenedAt >= latest->happenedAt))
            latest = &entry;
    }
    return latest;
}

const FollowUpOutcome *IncidentDetailData::outcomeOf(qint64 followUpId) const {
    const QList<FollowUpOutcome> effective = effectiveOutcomes(outcomes);
    const FollowUpOutcome *found = nullptr;
    for (const FollowUpOutcome &outcome : outcomes) {
        if (outcome.followUpId != followUpId)
            continue;
        if (std::any_of(effective.begin(), effective.end(),
                        [&outcome](const FollowUpOutcome &other) { return other.id == outcome.id; }))
            found = &outcome;
    }
    return found;
}

} // namespace bk
