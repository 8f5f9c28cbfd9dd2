// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/agreements/Agreement.h"
#include "app/common/Result.h"
#include "app/storage/JoinedRead.h"

#include <QList>
#include <functional>
#include <optional>

class QSqlQuery;

namespace bk {

class Database;

/// An agreement without its content, for lists and verification reports.
struct AgreementSummary {
    qint64 id = 0;
    QString documentId;
    qint64 clientId = 0;
    QString clientName;
    AgreementState state = AgreementState::Draft;
    int policyVersion = 0;
    QDateTime updatedAt; ///< UTC
    QDateTime signedAt;  ///< UTC; invalid for a draft
    QString pdfSha256;   ///< empty for a draft
};

/// Where one client stands: the status shown in the client list and the version it refers to.
struct ClientAgreementState {
    AgreementStatus status = AgreementStatus::None;
    /// The highest policy version the client signed (or acknowledged), 0 when none.
    int signedVersion = 0;
    /// The client's open draft, 0 when there is none.
    qint64 draftId = 0;
};

/// Stores agreements. The only place where agreement SQL lives.
///
/// A draft is saved and resumed as often as needed (one per client); finalise() turns it into a signed
/// record in one transaction, after which the database refuses every change to it (triggers in
/// 003_agreements.sql). After writes the notifier announces "agreements" (and "policy_acknowledgements"
/// when finalising).
class AgreementRepository {
public:
    explicit AgreementRepository(const Database &database)
        : m_db(database) {}

    /// Inserts a draft (id 0; sets agreement.id) or replaces the stored draft's content, and sets
    /// updatedAt. Conflict when the agreement is signed or the client already has another draft.
    Status saveDraft(Agreement &agreement) const;
    /// Marks a draft discarded (kept, no longer open, unchangeable); Conflict for a signed or discarded
    /// agreement, NotFound when there is none with `id`.
    Status discardDraft(qint64 id) const;

    /// Saves the draft's final content and marks it signed, and records the client's acknowledgement of
    /// the policy version, all in one transaction (a draft never saved before is inserted in it too). The
    /// agreement must carry signedAt, pdf and pdfSha256 (AgreementService::finalise() prepares them); on
    /// success its state is Signed.
    Status finalise(Agreement &agreement) const;

    /// One agreement with all its content; NotFound when there is none with `id`.
    Result<Agreement> get(qint64 id) const;
    /// The client's open draft, if any.
    Result<std::optional<Agreement>> draftFor(qint64 clientId) const;
    /// Agreements of one client (or all), newest first.
    Result<QList<AgreementSummary>> list(std::optional<qint64> clientId = std::nullopt) const;
    /// The signed agreement whose stored PDF has this SHA-256 (lower-case hex).
    Result<std::optional<AgreementSummary>> findSignedByPdfSha256(const QString &sha256) const;
    /// The agreement (draft or signed) with this document ID.
    Result<std::optional<AgreementSummary>> findByDocumentId(const QString &documentId) const;
    /// The communication terms of the client's most recently signed agreement, or none when the client
    /// has not signed one (read without the rest of the agreement: incidents are flagged against them).
    Result<std::optional<PracticeProfile>> signedTermsFor(qint64 clientId) const;
    /// Those terms' part of a statement that reads more at once (the client bound to ":client"), and
    /// signedTermsFrom() reading them back from the row's column `first` on.
    static JoinedRead signedTermsRead();
    static Result<std::optional<PracticeProfile>> signedTermsFrom(const QSqlQuery &query, int first);
    /// The stored PDF of a signed agreement; NotFound for a draft or an unknown id.
    Result<QByteArray> signedPdf(qint64 id) const;
    /// Calls `visit` with the document ID and stored PDF of every signed agreement, oldest first, until it
    /// returns false.
    Status
    eachSignedPdf(const std::function<bool(const QString &documentId, const QByteArray &pdf)> &visit) const;

    Result<ClientAgreementState> stateFor(qint64 clientId) const;

private:
    /// Inserts (id 0, setting it) or updates the draft row and replaces its content; no transaction.
    Status writeDraft(Agreement &saved) const;
    Status writeContent(const Agreement &agreement) const;
    Result<QList<AgreementSummary>> summaries(const QString &condition,
                                              const std::function<void(QSqlQuery &)> &bind) const;

    const Database &m_db;
};

} // namespace bk
