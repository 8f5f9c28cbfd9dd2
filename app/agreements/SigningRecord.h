// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/agreements/Signature.h"
#include "app/policy/PracticeProfile.h"
#include "app/storage/AuditChain.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace bk {

class DocumentLanguage;

/// Whether a signed document can still be edited (draft), has been signed and frozen, or was a draft the
/// practitioner discarded (kept, unchanged, and no longer anyone's open draft).
enum class AgreementState { Draft, Signed, Discarded };

/// Whether the parties sign on screen (after consenting to sign electronically) or on a printed copy.
enum class SigningMode { Electronic, Paper };

/// One moment in the making of a signed document, for the evidence page.
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
/// The description in a document's language.
QString describe(const AgreementEvent &event, const DocumentLanguage &language);
} // namespace AgreementEvents

/// The name of this computer and of the signed-in OS user, as recorded on signed documents.
namespace Workstation {
QString hostName();
QString osUser();
} // namespace Workstation

/// What every document both parties sign records about its signing (the boundary agreement and the
/// behavioural contract): the parties, consent and intent, both signatures, the timeline, where it was
/// signed, and the final PDF with its SHA-256. The database keeps it unchanged once signed.
struct SigningRecord {
    qint64 id = 0; ///< 0 until saved
    /// The UUID printed on the PDF and its metadata, lower case without braces.
    QString documentId;
    qint64 clientId = 0;
    QString clientName; ///< as it stands on the document
    /// The language the document is written in (DocumentLanguage code): the client's document language. Not
    /// stored with the document: a draft follows the client's current language, and a signed document
    /// keeps its PDF.
    QString language = QStringLiteral("en");
    AgreementState state = AgreementState::Draft;

    /// The practice profile the document is printed with (name, logo, practitioners, time zone, paper);
    /// for an agreement, with this client's adjustments to roles, scope and communication terms.
    PracticeProfile terms;

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
    /// Signed documents: the audit trail's head just before signing, printed on the evidence page and
    /// carried by the PDF as an anchor `audit verify` checks. Not a column: the stored PDF holds it, and a
    /// document signed before it existed has none (invalid).
    AuditHead auditHead;

    /// Signed documents only: the final PDF and its lower-case hex SHA-256.
    QByteArray pdf;
    QString pdfSha256;

    bool isSigned() const { return state == AgreementState::Signed; }
    bool isDiscarded() const { return state == AgreementState::Discarded; }
    /// Appends an event at Clock::nowUtc().
    void addEvent(const QString &kind, const QString &detail = {});

    /// Sentences describing what is missing from the signing itself: consent (or the paper original), an
    /// intent statement, both signatures, each given the way the signing mode says. Empty when complete.
    QStringList signingProblems() const;

    /// The first name among the practice's practitioners, or empty: who countersigns by default.
    QString defaultPractitionerName() const;

    /// Starts a new draft: a fresh document ID, the client, the practice profile as terms, this workstation
    /// and OS user, and an "opened" event at Clock::nowUtc().
    void beginDraft(qint64 client, const QString &name, const PracticeProfile &profile);

    /// Adds the "signed", "countersigned" (at the signatures' times, when missing) and "PDF produced" (now)
    /// events, sets signedAt to now, sorts the timeline and notes `head` (the audit trail's newest event)
    /// as auditHead. Called just before the final PDF is rendered.
    void completeTimeline(const AuditHead &head);
};

} // namespace bk
