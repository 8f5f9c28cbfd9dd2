// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/agreements/Contract.h"
#include "app/common/Result.h"

#include <QList>
#include <functional>
#include <optional>

class QSqlQuery;

namespace bk {

class Database;

/// A behavioural contract without its content, for lists and verification reports.
struct ContractSummary {
    qint64 id = 0;
    QString documentId;
    qint64 clientId = 0;
    QString clientName;
    qint64 incidentId = 0;
    qint64 stepId = 0; ///< 0 for a draft
    AgreementState state = AgreementState::Draft;
    QDate reviewDate;
    QDateTime updatedAt; ///< UTC
    QDateTime signedAt;  ///< UTC; invalid for a draft
    QString pdfSha256;   ///< empty for a draft
};

/// Stores behavioural contracts. The only place where contract SQL lives.
///
/// A draft is saved and resumed as often as needed (one per incident); finalise() turns it into a signed
/// record in one transaction, after which the database refuses every change to it (triggers in
/// 005_contracts.sql). After writes the notifier announces "contracts".
class ContractRepository {
public:
    explicit ContractRepository(const Database &database)
        : m_db(database) {}

    /// Inserts a draft (id 0; sets contract.id) or replaces the stored draft's content, and sets updatedAt.
    /// Conflict when the contract is signed or the incident already has another draft.
    Status saveDraft(Contract &contract) const;
    /// Marks a draft discarded (kept, no longer open, unchangeable); Conflict for a signed or discarded
    /// contract, NotFound when there is none with `id`.
    Status discardDraft(qint64 id) const;

    /// Saves the draft's final content and marks it signed, in one transaction (a draft never saved before
    /// is inserted in it too). The contract must carry signedAt, pdf, pdfSha256 and the stepId of the
    /// contract step recorded on the incident (ContractService::finalise() prepares them); on success its
    /// state is Signed.
    Status finalise(Contract &contract) const;

    /// One contract with all its content; NotFound when there is none with `id`.
    Result<Contract> get(qint64 id) const;
    /// The incident's open draft, if any.
    Result<std::optional<Contract>> draftFor(qint64 incidentId) const;
    /// Contracts of one client (or all), newest first.
    Result<QList<ContractSummary>> list(std::optional<qint64> clientId = std::nullopt) const;
    /// Contracts made on one incident, newest first.
    Result<QList<ContractSummary>> listForIncident(qint64 incidentId) const;
    /// The signed contract whose stored PDF has this SHA-256 (lower-case hex).
    Result<std::optional<ContractSummary>> findSignedByPdfSha256(const QString &sha256) const;
    /// The contract (draft or signed) with this document ID.
    Result<std::optional<ContractSummary>> findByDocumentId(const QString &documentId) const;
    /// The stored PDF of a signed contract; NotFound for a draft or an unknown id.
    Result<QByteArray> signedPdf(qint64 id) const;
    /// Calls `visit` with the document ID and stored PDF of every signed behavioural contract, oldest first,
    /// until it returns false.
    Status
    eachSignedPdf(const std::function<bool(const QString &documentId, const QByteArray &pdf)> &visit) const;

private:
    /// Inserts (id 0, setting it) or updates the draft row and replaces its signatures and timeline.
    Status writeDraft(Contract &saved) const;
    Result<QList<ContractSummary>> summaries(const QString &condition,
                                             const std::function<void(QSqlQuery &)> &bind) const;
    Result<std::optional<ContractSummary>> first(const QString &condition,
                                                 const std::function<void(QSqlQuery &)> &bind) const;

    const Database &m_db;
};

} // namespace bk
