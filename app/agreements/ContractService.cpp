// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/agreements/ContractService.h"

#include "app/agreements/ContractDocument.h"
#include "app/agreements/DocumentParts.h"
#include "app/audit/AuditTrail.h"
#include "app/common/Clock.h"
#include "app/incidents/IncidentService.h"
#include "app/policy/PracticeService.h"
#include "app/storage/ClientRepository.h"
#include "app/storage/ContractRepository.h"
#include "app/storage/Database.h"
#include "app/storage/IncidentRepository.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>

namespace bk {

namespace {

// lupdate files these messages under "ContractService", the context Tr::tr() asks for at run time.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(ContractService)
};

/// "This contract follows these incidents:" and one line per incident: date, boundary, description.
QString backgroundOf(const QList<Incident> &incidents, const PolicyDocument &policy) {
    QStringList lines;
    for (const Incident &incident : incidents) {
        const Boundary *boundary = policy.boundary(incident.boundaryKey);
        lines.append(Tr::tr("• %1 – %2: %3")
                         .arg(QLocale().toString(
                                  Clock::toLocal(incident.occurredAt).date(),
                                  Tr::tr("d MMMM yyyy", "date format (QLocale): day, month name, year")),
                              boundary ? boundary->title : incident.boundaryKey, incident.description));
    }
    return Tr::tr("This contract follows these incidents:", nullptr, int(incidents.size())) +
           QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
}

} // namespace

Result<Contract> ContractService::start(qint64 incidentId) const {
    const IncidentRepository incidents(m_db);
    Result<Incident> incident = incidents.get(incidentId);
    if (!incident)
        return incident.error();
    const IncidentService service(m_db);
    Result<std::optional<ContractProposal>> proposal = service.contractProposal(incident.value().clientId);
    if (!proposal)
        return proposal.error();
    ContractProposal basis;
    if (proposal.value() && proposal.value()->incidentIds.contains(incidentId)) {
        basis = *proposal.value();
    } else {
        basis.boundaryKey = incident.value().boundaryKey;
        basis.incidentIds = {incidentId};
    }
    Result<BehaviouralContract> content = service.draftContract(incident.value().clientId, basis);
    if (!content)
        return content.error();
    return start(incidentId, content.value());
}

Result<Contract> ContractService::start(qint64 incidentId, const BehaviouralContract &content) const {
    const IncidentRepository incidents(m_db);
    Result<Incident> incident = incidents.get(incidentId);
    if (!incident)
        return incident.error();
    Result<Client> client = ClientRepository(m_db).get(incident.value().clientId);
    if (!client)
        return client.error();
    Result<PracticeProfile> profile = PracticeService(m_db).load();
    if (!profile)
        return profile.error();
    Result<CurrentPolicy> policy = IncidentService(m_db).currentPolicy();
    if (!policy)
        return policy.error();
    // The background names the client's incidents on the contract's boundaries that are not settled yet:
    // those since the latest signed contract, up to this one.
    Result<QList<Incident>> ofClient = incidents.incidentsOfClient(incident.value().clientId);
    if (!ofClient)
        return ofClient.error();
    Result<QList<ContractSummary>> earlier = ContractRepository(m_db).list(incident.value().clientId);
    if (!earlier)
        return earlier.error();
    QDateTime settled;
    for (const ContractSummary &summary : earlier.value()) {
        if (summary.state == AgreementState::Signed && (!settled.isValid() || summary.signedAt > settled))
            settled = summary.signedAt;
    }
    QList<Incident> behind;
    for (const Incident &other : ofClient.value()) {
        const bool sameBoundary = other.boundaryKey == incident.value().boundaryKey;
        if (other.id == incidentId || (sameBoundary && other.crossedBy == CrossedBy::Client &&
                                       other.occurredAt <= incident.value().occurredAt &&
                                       (!settled.isValid() || other.occurredAt > settled)))
            behind.append(other);
    }
    std::sort(behind.begin(), behind.end(),
              [](const Incident &a, const Incident &b) { return a.occurredAt < b.occurredAt; });
    return Contract::start(client.value(), incidentId, content, backgroundOf(behind, policy.value().document),
                           profile.value());
}

QStringList ContractService::problemsForSigning(const Contract &draft) const {
    QStringList problems = draft.problemsForSigning();
    if (draft.incidentId > 0) {
        Result<Incident> incident = IncidentRepository(m_db).get(draft.incidentId);
        if (!incident)
            problems.append(incident.error().message);
        else if (incident.value().status == IncidentStatus::Closed)
            problems.append(Tr::tr("The incident is closed; a contract can no longer be signed on it."));
        if (incident && incident.value().clientId != draft.clientId)
            problems.append(Tr::tr("The contract's client is not the client of the incident."));
    }
    Result<CurrentPolicy> policy = IncidentService(m_db).currentPolicy();
    if (!policy)
        problems.append(policy.error().message);
    else if (!policy.value().document.step(QString::fromLatin1(StepKeys::BehaviouralContract)))
        problems.append(
            Tr::tr("The practice's ladder has no behavioural contract step to record the contract on."));
    return problems;
}

Result<Contract> ContractService::finalise(const Contract &draft) const {
    if (const QStringList problems = problemsForSigning(draft); !problems.isEmpty())
        return Error{Error::Kind::Invalid,
                     Tr::tr("The contract cannot be signed yet. %1").arg(problems.join(QLatin1Char(' ')))};
    Contract contract = draft;
    // The head goes into the PDF before it is hashed: the signing rules store a signed row only with the
    // SHA-256 of its PDF, so the head cannot be added afterwards.
    const Result<AuditHead> head = AuditTrail(m_db).head();
    if (!head)
        return head.error();
    contract.completeTimeline(head.value());
    contract.content.status = ContractStatus::Signed;
    contract.content.documentId = contract.documentId;
    Result<QByteArray> pdf = ContractDocument(contract).renderPdf();
    if (!pdf)
        return pdf.error();
    contract.pdf = pdf.value();
    contract.pdfSha256 = DocumentParts::sha256(contract.pdf);

    const IncidentService incidents(m_db);
    const IncidentRepository repository(m_db);
    // The contract step happened when both had signed, which is when the practitioner countersigned.
    const QDateTime agreedAt = contract.practitionerSignature->signedAt.isValid()
                                   ? contract.practitionerSignature->signedAt
                                   : contract.signedAt;
    const QString note =
        Tr::tr("Behavioural contract signed by both parties (document %1).").arg(contract.documentId);
    const Status stored = m_db.transaction([&]() -> Status {
        Result<QList<StepEntry>> steps = repository.steps(contract.incidentId);
        if (!steps)
            return steps.error();
        // A contract step recorded before signing (drafted, or to be signed on paper) is corrected to the
        // signed contract, so the ladder shows one contract; a contract signed earlier stays as it is.
        qint64 unsignedStep = 0;
        for (const StepEntry &entry : effectiveSteps(steps.value())) {
            if (entry.stepKey == QLatin1String(StepKeys::BehaviouralContract) &&
                StepDetails::contract(entry).status != ContractStatus::Signed)
                unsignedStep = entry.id;
        }
        Result<qint64> step =
            unsignedStep > 0
                ? incidents.correctStep(unsignedStep, agreedAt, note, StepDetails::contract(contract.content))
                : incidents.recordContract(contract.incidentId, agreedAt, note, contract.content);
        if (!step)
            return step.error();
        contract.stepId = step.value();
        return ContractRepository(m_db).finalise(contract);
    });
    if (!stored)
        return stored.error();
    m_db.announce(QStringLiteral("contracts"));
    return contract;
}

Result<Contract> ContractService::get(qint64 id) const {
    return ContractRepository(m_db).get(id);
}

Result<std::optional<Contract>> ContractService::draftFor(qint64 incidentId) const {
    return ContractRepository(m_db).draftFor(incidentId);
}

Result<std::optional<ContractSummary>> ContractService::findByDocumentId(const QString &documentId) const {
    return ContractRepository(m_db).findByDocumentId(documentId);
}

Status ContractService::saveDraft(Contract &draft) const {
    Status saved = ContractRepository(m_db).saveDraft(draft);
    if (saved)
        m_db.announce(QStringLiteral("contracts"));
    return saved;
}

Status ContractService::discardDraft(qint64 id) const {
    Status discarded = ContractRepository(m_db).discardDraft(id);
    if (discarded)
        m_db.announce(QStringLiteral("contracts"));
    return discarded;
}

Result<QByteArray> ContractService::unsignedCopy(const Contract &draft) const {
    return ContractDocument(draft, ContractDocument::Copy::UnsignedForPaper).renderPdf();
}

} // namespace bk
