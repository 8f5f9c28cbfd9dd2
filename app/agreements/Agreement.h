// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "agreements/Signature.h"
#include "policy/BoundaryPolicy.h"
#include "policy/PracticeProfile.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace bk {

struct Client;

/// Whether an agreement can still be edited (draft) or has been signed and frozen.
enum class AgreementState { Draft, Signed };

/// Whether the parties sign on screen (after consenting to sign electronically) or on a printed copy.
enum class SigningMode { Electronic, Paper };

/// That a boundary was discussed with the client, with their questions and the answers given.
struct BoundaryDiscussion {
    QString boundaryKey;
    bool discussed = false;
    QString questions;
    QString answers;

    friend bool operator==(const BoundaryDiscussion &, const BoundaryDiscussion &) = default;
};

/// One moment in the making of an agreement, for the evidence page.
struct AgreementEvent {
    QDateTime at; ///< UTC
    /// One of the AgreementEvents kinds, e.g. "step_completed".
    QString kind;
    /// What the event concerns, e.g. the wizard step's name; may be empty.
    QString detail;

    friend bool operator==(const AgreementEvent &, const AgreementEvent &) = default;
};

namespace AgreementEvents {
QString opened();
QString stepCompleted();
QString consentGiven();
QString paperChosen();
QString signedByClient();
QString countersigned();
QString pdfProduced();
/// Translated description of an event, e.g. "Step completed: Boundaries".
QString describe(const AgreementEvent &event);
} // namespace AgreementEvents

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
struct Agreement {
    qint64 id = 0; ///< 0 until saved
    /// The UUID printed on the PDF and its metadata, lower case without braces.
    QString documentId;
    qint64 clientId = 0;
    QString clientName; ///< as it stands on the agreement
    AgreementState state = AgreementState::Draft;

    int policyVersion = 0;
    /// Lower-case hex SHA-256 of the exact policy text shown (the version's canonical text).
    QString policySha256;
    /// The practice profile with this client's adjustments (roles, scope, communication terms).
    PracticeProfile terms;
    /// One entry per boundary of the policy version, in its order.
    QList<BoundaryDiscussion> discussions;

    SigningMode signingMode = SigningMode::Electronic;
    /// Electronic: the client consented to sign electronically. Paper: the paper original exists.
    bool consentGiven = false;
    QString consentText;
    QString intentText;
    std::optional<Signature> clientSignature;
    std::optional<Signature> practitionerSignature;

    QList<AgreementEvent> events; ///< oldest first
    QString workstation;
    QString osUser;
    QDateTime createdAt; ///< UTC
    QDateTime updatedAt; ///< UTC
    QDateTime signedAt;  ///< UTC; invalid for a draft

    /// Signed agreements only: the final PDF and its lower-case hex SHA-256.
    QByteArray pdf;
    QString pdfSha256;

    /// A new draft for `client` on `policy`: a fresh document ID, one undiscussed entry per boundary, the
    /// profile as terms, the default consent and intent statements, this workstation and OS user, and an
    /// "opened" event at Clock::nowUtc().
    static Agreement start(const Client &client, const PolicyVersion &policy, const PracticeProfile &profile);

    /// The default statement the client consents to sign electronically with.
    static QString defaultConsentText();
    /// The default statement of intent to sign.
    static QString defaultIntentText(const QString &clientName, const QString &practiceName);

    bool isSigned() const { return state == AgreementState::Signed; }
    BoundaryDiscussion *discussion(const QString &boundaryKey);
    const BoundaryDiscussion *discussion(const QString &boundaryKey) const;
    /// Appends an event at Clock::nowUtc().
    void addEvent(const QString &kind, const QString &detail = {});

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

/// The name of this computer and of the signed-in OS user, as recorded on agreements.
namespace Workstation {
QString hostName();
QString osUser();
} // namespace Workstation

} // namespace bk
