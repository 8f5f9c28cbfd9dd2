// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/agreements/SigningRecord.h"
#include "app/policy/BoundaryPolicy.h"
#include "app/policy/PracticeProfile.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace bk {

class DocumentLanguage;

struct Client;

/// That a boundary was discussed with the client, with their questions and the answers given.
struct BoundaryDiscussion {
    QString boundaryKey;
    bool discussed = false;
    QString questions;
    QString answers;

    friend bool operator==(const BoundaryDiscussion &, const BoundaryDiscussion &) = default;
};

/// The practice profile as it applies to one client, stored with the agreement as JSON so the agreement
/// keeps saying what was agreed when the profile later changes.
///
/// The JSON (format "boundary-keeper-terms/1") holds every profile field; the logo as base64.
namespace AgreementTerms {
QByteArray toJson(const PracticeProfile &terms);
/// The terms in `json`, or std::nullopt when it is not what toJson() writes.
std::optional<PracticeProfile> fromJson(const QByteArray &json);
} // namespace AgreementTerms

/// A boundary agreement between the practice and one client: a draft while the first meeting goes on,
/// then a signed record that the database keeps unchanged for good.
struct Agreement : SigningRecord {
    int policyVersion = 0;
    /// Lower-case hex SHA-256 of the exact policy text shown (the version's canonical text).
    QString policySha256;
    /// One entry per boundary of the policy version, in its order.
    QList<BoundaryDiscussion> discussions;

    /// A new draft for `client` on `policy`: a fresh document ID, one undiscussed entry per boundary, the
    /// profile as terms, the default consent and intent statements, this workstation and OS user, and an
    /// "opened" event at Clock::nowUtc().
    static Agreement start(const Client &client, const PolicyVersion &policy, const PracticeProfile &profile);

    /// Starts from what the client's earlier signed agreement recorded for them: its roles, scope and
    /// communication terms (with the adjustments made for this client), and the questions and answers of
    /// every boundary still in the policy. Nothing is marked discussed: the practitioner reviews.
    void carryOver(const Agreement &earlier);
    /// The parts of `terms` a practitioner adjusts per client (roles and scope, working hours, contact
    /// channels, response times, emergencies) that differ from `profile`, named (translated) for a notice.
    static QStringList adjustedParts(const PracticeProfile &terms, const PracticeProfile &profile);

    /// The default statement the client consents to sign electronically with.
    static QString defaultConsentText();
    /// The consent statement in a document's language.
    static QString defaultConsentText(const DocumentLanguage &language);
    /// The default statement of intent to sign.
    static QString defaultIntentText(const QString &clientName, const QString &practiceName);
    /// The statement of intent in a document's language.
    static QString defaultIntentText(const QString &clientName, const QString &practiceName,
                                     const DocumentLanguage &language);

    BoundaryDiscussion *discussion(const QString &boundaryKey);
    const BoundaryDiscussion *discussion(const QString &boundaryKey) const;

    /// Sentences describing what is missing before the agreement can be finalised against `policy` (its
    /// version): every boundary discussed, consent (or paper), an intent statement, both signatures.
    /// Empty when it can be finalised.
    QStringList problemsForSigning(const PolicyVersion &policy) const;
};

/// Where a client stands with agreements, for the client list.
enum class AgreementStatus {
    None,                 ///< no agreement and no acknowledgement
    Draft,                ///< a draft exists, nothing signed on the latest version
    Signed,               ///< signed (or acknowledged) the latest published version
    ReacknowledgementDue, ///< signed an older version only
};

namespace AgreementStatuses {
/// "—", "Draft", "Signed v2", "Re-acknowledgement due" (translated).
QString label(AgreementStatus status, int signedVersion);
} // namespace AgreementStatuses

} // namespace bk
