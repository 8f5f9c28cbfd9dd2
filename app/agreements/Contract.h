// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/agreements/SigningRecord.h"
#include "app/incidents/Incident.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace bk {

class DocumentLanguage;

struct Client;

/// A behavioural contract with a client, made at the contract step of an incident's ladder: a draft while
/// it is discussed and signed, then a signed record (both signatures, evidence page, PDF) that the database
/// keeps unchanged for good, with the contract step recorded on the incident as signed.
struct Contract : SigningRecord {
    qint64 incidentId = 0;
    /// The contract step recorded on the incident's ladder when the contract was signed; 0 for a draft.
    qint64 stepId = 0;
    /// Why the contract is made: the incidents behind it, in a few sentences. Printed above the terms.
    QString background;
    /// What is agreed: appropriate behaviour, the replacement behaviour, measurable goals, consequences and
    /// the review date. Its status and documentId are set when the contract is signed.
    BehaviouralContract content;

    /// A new draft for `client` on `incident` with `content` (e.g. IncidentService::draftContract()): a fresh
    /// document ID, `background`, the profile as terms, the default consent and intent statements, this
    /// workstation and OS user, and an "opened" event at Clock::nowUtc().
    static Contract start(const Client &client, qint64 incidentId, const BehaviouralContract &content,
                          const QString &background, const PracticeProfile &profile);

    /// The default statement the client consents to sign electronically with.
    static QString defaultConsentText();
    /// The consent statement in a document's language.
    static QString defaultConsentText(const DocumentLanguage &language);
    /// The default statement of intent to sign.
    static QString defaultIntentText(const QString &clientName, const QString &practiceName);
    /// The statement of intent in a document's language.
    static QString defaultIntentText(const QString &clientName, const QString &practiceName,
                                     const DocumentLanguage &language);

    /// Lower-case hex SHA-256 of the contract's text as printed (background, appropriate behaviour,
    /// replacement, goals, consequences, review date) in a fixed form, shown on the evidence page the way
    /// an agreement shows its policy text hash.
    QString contentSha256() const;

    /// Sentences describing what is missing before the contract can be signed: appropriate behaviour, at
    /// least one measurable goal, a review date, consent (or paper), an intent statement and both
    /// signatures. Empty when it can be finalised.
    QStringList problemsForSigning() const;
};

} // namespace bk
