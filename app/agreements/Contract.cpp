// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/agreements/Contract.h"

#include "app/agreements/DocumentParts.h"
#include "app/clients/Client.h"
#include "app/common/DocumentLanguage.h"
#include "app/common/Sha256.h"

#include <QCoreApplication>

namespace bk {

namespace {

// lupdate files these messages under "Contract", the context Tr::tr() asks for at run time.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(Contract)
};

} // namespace

Contract Contract::start(const Client &client, qint64 incidentId, const BehaviouralContract &content,
                         const QString &background, const PracticeProfile &profile) {
    Contract contract;
    contract.beginDraft(client.id, client.fullName, profile);
    contract.incidentId = incidentId;
    contract.content = content;
    contract.content.status = ContractStatus::Drafted;
    contract.content.documentId.clear();
    contract.background = background.trimmed();
    // The statements the client reads and signs are in the client's document language.
    if (!client.documentLanguage.isEmpty())
        contract.language = client.documentLanguage;
    const DocumentLanguage language(contract.language);
    // The consent ends with whom to ask for paper copies or to withdraw it: the practice's contact details.
    contract.consentText =
        defaultConsentText(language) + QLatin1Char('\n') + DocumentParts::consentContact(language, profile);
    contract.intentText = defaultIntentText(contract.clientName, profile.name, language);
    return contract;
}

namespace {

// The default statements, looked up under "Contract" in the interface's or a document's language.
const char *const ConsentText = QT_TRANSLATE_NOOP(
    "Contract",
    "I agree to sign this behavioural contract electronically. My electronic signature has the "
    "same meaning as my handwritten signature, and I will receive a copy of the signed contract as "
    "a PDF file. I have been told that I may sign on paper instead; that I may ask the practice for "
    "a paper copy of the signed contract at any time, free of charge; and that I may withdraw this "
    "consent at any time by telling the practice, after which documents will be given to me on "
    "paper (what I signed before stays valid). To open and keep the signed contract I need a device "
    "that shows PDF files, and somewhere to save or print it.");
const char *const IntentText = QT_TRANSLATE_NOOP(
    "Contract", "By signing, I, %1, confirm that we have talked this contract through, that I understand the "
                "behaviour it asks for, the goals and the consequences, and that I intend to keep it with %2 "
                "until the review date.");

} // namespace

QString Contract::defaultConsentText() {
    return Tr::tr(ConsentText);
}

QString Contract::defaultConsentText(const DocumentLanguage &language) {
    return language.text("Contract", ConsentText);
}

QString Contract::defaultIntentText(const QString &clientName, const QString &practiceName) {
    return Tr::tr(IntentText)
        .arg(clientName.trimmed().isEmpty() ? Tr::tr("the client") : clientName.trimmed(),
             practiceName.trimmed().isEmpty() ? Tr::tr("the practice") : practiceName.trimmed());
}

QString Contract::defaultIntentText(const QString &clientName, const QString &practiceName,
                                    const DocumentLanguage &language) {
    return language.text("Contract", IntentText)
        .arg(clientName.trimmed().isEmpty()
                 ? language.text("Contract", QT_TRANSLATE_NOOP("Contract", "the client"))
                 : clientName.trimmed(),
             practiceName.trimmed().isEmpty()
                 ? language.text("Contract", QT_TRANSLATE_NOOP("Contract", "the practice"))
                 : practiceName.trimmed());
}

QString Contract::contentSha256() const {
    // One field per line in a fixed order; goals trimmed, empty ones left out, as they are printed.
    QStringList lines{QStringLiteral("boundary-keeper-contract/1"), background.trimmed(),
                      content.appropriate.trimmed(), content.replacement.trimmed()};
    for (const QString &goal : content.measurableGoals) {
        if (!goal.trimmed().isEmpty())
            lines.append(QStringLiteral("goal: ") + goal.trimmed());
    }
    lines << content.consequences.trimmed() << content.reviewDate.toString(Qt::ISODate);
    return Sha256::hexOf(lines.join(QLatin1Char('\n')).toUtf8());
}

QStringList Contract::problemsForSigning() const {
    QStringList problems;
    if (isSigned())
        problems.append(Tr::tr("The contract has already been signed."));
    if (incidentId <= 0)
        problems.append(Tr::tr("The contract is not linked to an incident."));
    if (content.appropriate.trimmed().isEmpty())
        problems.append(Tr::tr("Say in the contract what appropriate behaviour is."));
    if (content.replacement.trimmed().isEmpty())
        problems.append(
            Tr::tr("Say in the contract which behaviour replaces the one that crossed the boundary."));
    bool anyGoal = false;
    for (const QString &goal : content.measurableGoals)
        anyGoal = anyGoal || !goal.trimmed().isEmpty();
    if (!anyGoal)
        problems.append(Tr::tr("Give the contract at least one measurable goal."));
    if (content.consequences.trimmed().isEmpty())
        problems.append(Tr::tr("State the consequences if the contract is not kept."));
    if (!content.reviewDate.isValid())
        problems.append(Tr::tr("Give the contract a review date."));
    problems.append(signingProblems());
    return problems;
}

} // namespace bk
