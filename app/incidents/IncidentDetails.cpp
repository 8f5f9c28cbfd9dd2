// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/incidents/IncidentDetails.h"

#include "app/clients/ClientService.h"
#include "app/incidents/IncidentService.h"
#include "app/policy/PolicyService.h"
#include "app/practitioner/PractitionerService.h"
#include "app/storage/IncidentRepository.h"

namespace bk {

Result<IncidentDetails> IncidentDetails::load(const Database &database, qint64 incidentId) {
    const IncidentService service(database);
    IncidentDetails details;

    Result<IncidentRecord> record = service.record(incidentId);
    if (!record)
        return record.error();
    static_cast<IncidentRecord &>(details) = std::move(record).value();
    Result<Client> client = ClientService(database).get(details.incident.clientId);
    if (!client)
        return client.error();
    details.client = std::move(client).value();
    Result<RecordAuthors> authors = PractitionerService(database).incidentAuthors(incidentId);
    if (!authors)
        return authors.error();
    details.authors = std::move(authors).value();

    Result<CurrentPolicy> current = service.currentPolicy();
    if (!current)
        return current.error();
    const PolicyDocument &policy = current.value().document;
    details.ladder = policy.ladder;
    details.boundaries = policy.boundaries;
    for (const Boundary &boundary : policy.boundaries)
        details.boundaryTitles.insert(boundary.key, boundary.title);
    details.position = details.ladderPosition(details.ladder);
    // The wording the incident was judged against, which a later version may have changed or retired.
    PolicyDocument loggedUnder = policy;
    if (details.incident.policyVersion > 0 && details.incident.policyVersion != current.value().version) {
        Result<PolicyVersion> version = PolicyService(database).version(details.incident.policyVersion);
        if (!version)
            return version.error();
        loggedUnder = std::move(version).value().document;
    }
    details.boundaryRetired = !loggedUnder.boundary(details.incident.boundaryKey);
    if (const Boundary *boundary = loggedUnder.boundary(details.incident.boundaryKey))
        details.boundary = *boundary;
    else if (const Boundary *now = policy.boundary(details.incident.boundaryKey))
        details.boundary = *now;
    else
        details.boundary.key = details.incident.boundaryKey;

    Result<std::optional<ContractProposal>> proposal = service.contractProposal(details.incident.clientId);
    if (!proposal)
        return proposal.error();
    details.proposal = std::move(proposal).value();
    Result<QList<Incident>> clientIncidents =
        IncidentRepository(database).incidentsOfClient(details.incident.clientId);
    if (!clientIncidents)
        return clientIncidents.error();
    for (const Incident &other : clientIncidents.value())
        details.clientIncidents.insert(other.id, other);
    return details;
}

const LadderStep *IncidentDetails::step(const QString &key) const {
    const int index = EscalationLadder::indexOf(ladder, key);
    return index < 0 ? nullptr : &ladder.at(index);
}

QString IncidentDetails::stepTitle(const QString &key) const {
    const LadderStep *found = step(key);
    return found && !found->title.isEmpty() ? found->title : key;
}

bool IncidentDetails::isStepDueNext(const QString &key) const {
    const LadderStep *next = step(key);
    return isOpen() && next && key == position.nextStep && position.nextAction == next->title;
}

} // namespace bk
