// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/onboarding/OnboardingActions.h"

#include "app/agreements/AgreementService.h"
#include "app/agreements/ContractService.h"
#include "app/common/Clock.h"
#include "app/common/OpenPractice.h"
#include "app/policy/PolicyService.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/MessageBox.h"
#include "ui/onboarding/OnboardingWizard.h"
#include "ui/onboarding/SignedDocumentDialog.h"
#include "ui/onboarding/VerificationDialog.h"

#include <QAction>
#include <QDir>
#include <QLocale>
#include <functional>

namespace bk {

OnboardingActions::OnboardingActions(OpenPractice database, QWidget *window)
    : QObject(window)
    , m_db(database)
    , m_window(window) {
    m_onboardNew = new QAction(tr("&Onboard a new client…"), this);
    m_onboardNew->setObjectName(QStringLiteral("onboardNewClientAction"));
    m_onboardNew->setToolTip(tr("Add a client and walk through the boundary agreement together"));
    m_onboardNew->setEnabled(!database.isReadOnly());
    connect(m_onboardNew, &QAction::triggered, this, &OnboardingActions::onboardNewClient);

    m_verify = new QAction(QIcon::fromTheme(QStringLiteral("security-high")), tr("&Verify a PDF…"), this);
    m_verify->setObjectName(QStringLiteral("verifyPdfAction"));
    m_verify->setToolTip(tr("Check whether a PDF is an unaltered signed agreement from these records"));
    connect(m_verify, &QAction::triggered, this, &OnboardingActions::verifyPdf);
}

bool OnboardingActions::ensureCanStart() {
    const Status status = OnboardingWizard::canStart(m_db);
    if (status)
        return true;
    if (status.error().kind == Error::Kind::Invalid) {
        if (MessageBox::confirm(m_window, tr("No published policy yet"), status.error().message,
                                tr("Go to Practice")) == MessageBox::Answer::Confirmed)
            Q_EMIT practiceSectionRequested();
        return false;
    }
    MessageBox::inform(m_window, tr("No agreement can be made"), status.error().message,
                       MessageBox::Kind::Warning);
    return false;
}

namespace {

QString closingMessage(const OnboardingWizard &wizard) {
    if (!wizard.hasAgreement())
        return {};
    const QString name = wizard.agreement().clientName;
    if (wizard.isFinalised()) {
        return wizard.savedPdfPath().isEmpty()
                   ? OnboardingActions::tr("The agreement with %1 is signed and stored.").arg(name)
                   : OnboardingActions::tr("The agreement with %1 is signed and stored; the PDF is in %2.")
                         .arg(name, QDir::toNativeSeparators(wizard.savedPdfPath()));
    }
    if (wizard.wasDiscarded())
        return OnboardingActions::tr("The agreement with %1 was discarded.").arg(name);
    return wizard.savedDraftId() != 0
               ? OnboardingActions::tr("The agreement with %1 is kept as a draft; resume it from the client.")
                     .arg(name)
               : QString();
}

} // namespace

bool OnboardingActions::confirmStart(qint64 clientId) {
    const AgreementService service(m_db);
    const Result<std::optional<Agreement>> draft = service.draftFor(clientId);
    const Result<std::optional<Agreement>> latest = service.latestSigned(clientId);
    const Result<int> published = PolicyService(m_db).latestVersionNumber();
    if (!draft || !latest || !published) {
        const Error &error = !draft ? draft.error() : !latest ? latest.error() : published.error();
        MessageBox::inform(m_window, tr("The agreement cannot be started"), error.message);
        return false;
    }
    if (!draft.value() && !latest.value())
        return true;
    const QLocale locale;
    const auto day = [&locale](const QDateTime &at) {
        return locale.toString(Clock::toLocal(at).date(), QLocale::LongFormat);
    };
    QStringList lines;
    QStringList choices;
    QList<std::function<bool()>> actions;
    if (const std::optional<Agreement> &signedOne = latest.value()) {
        lines << tr("%1 signed an agreement on %2 under policy version %3.")
                     .arg(signedOne->clientName, day(signedOne->signedAt))
                     .arg(signedOne->policyVersion);
    }
    if (const std::optional<Agreement> &open = draft.value()) {
        lines << tr("A draft agreement with %1 was begun on %2 (policy version %3) and is not signed yet.")
                     .arg(open->clientName, day(open->createdAt))
                     .arg(open->policyVersion);
        choices << tr("Continue the draft");
        actions << [] {
            return true;
        };
        choices << tr("Discard the draft and start again");
        actions << [this, id = open->id] {
            const Status discarded = AgreementService(m_db).discardDraft(id);
            if (!discarded)
                MessageBox::inform(m_window, tr("The draft was not discarded"), discarded.error().message);
            return discarded.ok();
        };
    } else if (latest.value()->policyVersion < published.value()) {
        lines << tr("Policy version %1 has been published since.").arg(published.value());
        choices << tr("Start the re-acknowledgement");
        actions << [] {
            return true;
        };
    } else {
        choices << tr("Start a new agreement");
        actions << [] {
            return true;
        };
    }
    if (const std::optional<Agreement> &signedOne = latest.value()) {
        choices << tr("Open the signed agreement");
        actions << [this, id = signedOne->id] {
            showSignedAgreement(id);
            return false;
        };
    }
    const int choice = MessageBox::choose(
        m_window, tr("An agreement exists"),
        lines.join(QLatin1Char(' ')) + QStringLiteral("\n\n") + tr("What would you like to do?"), choices);
    return choice >= 0 && actions.at(choice)();
}

void OnboardingActions::startAgreement(qint64 clientId) {
    if (!ensureCanStart() || !confirmStart(clientId))
        return;
    OnboardingWizard wizard(m_db, m_window);
    if (Status started = wizard.startWithClient(clientId); !started) {
        MessageBox::inform(m_window, tr("The agreement cannot be started"), started.error().message);
        return;
    }
    wizard.exec();
    Q_EMIT wizardClosed(wizard.clientId(), closingMessage(wizard));
}

void OnboardingActions::onboardNewClient() {
    if (!ensureCanStart())
        return;
    OnboardingWizard wizard(m_db, m_window);
    wizard.startWithClientChoice(true);
    wizard.exec();
    Q_EMIT wizardClosed(wizard.clientId(), closingMessage(wizard));
}

void OnboardingActions::verifyPdf() {
    const QString path =
        FileDialogs::openFile(m_window, QStringLiteral("verifyPdfFileDialog"), tr("Verify a PDF"),
                              {tr("PDF documents (*.pdf)"), tr("All files (*)")});
    if (!path.isEmpty())
        verifyFile(path);
}

void OnboardingActions::verifyFile(const QString &path) {
    VerificationDialog dialog(m_db, path, m_window);
    Q_EMIT fileVerified(dialog.headline(), dialog.reason());
    dialog.exec();
}

template <typename Document> void OnboardingActions::showSigned(const Result<Document> &read) {
    if (!read) {
        MessageBox::inform(m_window, tr("The document cannot be opened"), read.error().message);
        return;
    }
    if (read.value().state != AgreementState::Signed || read.value().pdf.isEmpty()) {
        MessageBox::inform(m_window, tr("Not signed yet"),
                           tr("This document has not been signed yet; there is no signed PDF to show."),
                           MessageBox::Kind::Warning);
        return;
    }
    SignedDocumentDialog dialog(read.value(), m_window);
    dialog.exec();
}

void OnboardingActions::showSignedAgreement(qint64 agreementId) {
    showSigned(AgreementService(m_db).get(agreementId));
}

void OnboardingActions::showLatestSignedAgreement(qint64 clientId) {
    const Result<std::optional<Agreement>> latest = AgreementService(m_db).latestSigned(clientId);
    if (latest && !latest.value()) {
        MessageBox::inform(m_window, tr("No signed agreement"),
                           tr("No signed agreement of this client is on file. An acknowledgement recorded "
                              "without an agreement has no PDF."),
                           MessageBox::Kind::Warning);
        return;
    }
    showSigned(latest ? Result<Agreement>(*latest.value()) : Result<Agreement>(latest.error()));
}

void OnboardingActions::showSignedContract(qint64 contractId) {
    showSigned(ContractService(m_db).get(contractId));
}

} // namespace bk
