// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/agreements/Contract.h"
#include "app/common/Result.h"
#include "app/storage/ContractRepository.h"

#include <QByteArray>
#include <QStringList>

namespace bk {

class Database;

/// The steps of making a behavioural contract that span incidents, storage and rendering, for the incident
/// screens and the command line: start a draft from an incident, print an unsigned copy for paper, and
/// finalise (sign, render, store, and record the contract step on the incident's ladder as signed).
///
/// Typical use: start(incidentId) (or ContractRepository::draftFor(incidentId) to resume), let the
/// practitioner edit contract.content and contract.background, take consent and both signatures exactly as
/// for an agreement (Signature::drawn()/typed()/paper(), addEvent(AgreementEvents::consentGiven()), …),
/// ContractRepository::saveDraft() on Cancel, then finalise(), and AgreementFiles::savePdf() with the
/// returned contract's pdf (AgreementFiles::defaultFileName(contract) in AgreementFiles::defaultFolder()).
class ContractService {
public:
    explicit ContractService(const Database &database)
        : m_db(database) {}

    /// A new, unsaved draft for the incident's client with the saved practice profile. Its content is
    /// IncidentService::draftContract() for the client's contract proposal when the proposal includes this
    /// incident, otherwise for this incident alone; the background lists those incidents. NotFound for an
    /// unknown incident.
    Result<Contract> start(qint64 incidentId) const;
    /// The same with `content` as the practitioner already edited it.
    Result<Contract> start(qint64 incidentId, const BehaviouralContract &content) const;

    /// Sentences describing what is missing before `draft` can be signed: Contract::problemsForSigning(),
    /// and that its incident still exists, is open, and the practice's ladder has the contract step. Empty
    /// when it can be finalised.
    QStringList problemsForSigning(const Contract &draft) const;

    /// Checks that everything is in place (problemsForSigning()), completes the timeline (signed,
    /// countersigned, PDF produced), renders the signed PDF, and in one transaction stores it with its
    /// SHA-256 and records the contract step on the incident's ladder with status Signed and the document
    /// ID (as a correction of an unsigned contract step already recorded, otherwise as a new step, dated
    /// when the practitioner countersigned). Returns the signed contract. Invalid, with every missing item
    /// in the message, when it is not complete.
    Result<Contract> finalise(const Contract &draft) const;

    /// The PDF to print and sign by hand: blank signature lines, nothing stored.
    Result<QByteArray> unsignedCopy(const Contract &draft) const;

    Result<Contract> get(qint64 id) const;
    /// The incident's open draft, if there is one.
    Result<std::optional<Contract>> draftFor(qint64 incidentId) const;
    /// The signed or draft contract with this document id, if there is one.
    Result<std::optional<ContractSummary>> findByDocumentId(const QString &documentId) const;
    /// Saves the draft (inserting it when it has no id yet, and giving it one); a signed contract is
    /// refused.
    Status saveDraft(Contract &draft) const;
    /// Marks the draft `id` discarded, when and by whom, and keeps it: it no longer counts as the incident's
    /// draft. Conflict for a signed or already discarded contract, NotFound for an unknown id.
    Status discardDraft(qint64 id) const;

private:
    const Database &m_db;
};

} // namespace bk
