// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/onboarding/OnboardingWizard.h"

#include "app/agreements/AgreementFiles.h"
#include "app/agreements/AgreementService.h"
#include "app/common/Clock.h"
#include "app/common/OpenPractice.h"
#include "app/common/StatusColors.h"
#include "app/policy/PolicyService.h"
#include "app/policy/PracticeService.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/MessageBox.h"
#include "ui/help/ContextHelp.h"
#include "ui/onboarding/BoundariesStepPage.h"
#include "ui/onboarding/ClientStepPage.h"
#include "ui/onboarding/ReviewStepPage.h"
#include "ui/onboarding/SigningStepPage.h"
#include "ui/onboarding/TermsStepPage.h"
#include "ui/practice/CommunicationWidget.h"
#include "ui/practice/RolesWidget.h"

#include <QAbstractButton>
#include <QDir>
#include <QLabel>
#include <QLocale>
#include <algorithm>

namespace bk {

OnboardingWizard::OnboardingWizard(OpenPractice database, QWidget *parent)
    : QWizard(parent)
    , m_db(database) {
    setObjectName(QStringLiteral("onboardingWizard"));
    setWindowTitle(tr("Boundary agreement"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    button(QWizard::NextButton)->setObjectName(QStringLiteral("nextPushButton"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("backPushButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("finishPushButton"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("cancelPushButton"));
    button(QWizard::CancelButton)
        ->setToolTip(tr("Close and keep what was done as a draft you can resume from the client"));
    setButtonText(QWizard::CustomButton1, tr("&Discard draft…"));
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("discardDraftPushButton"));
    button(QWizard::CustomButton1)
        ->setToolTip(tr("Close without keeping the agreement; a draft already saved is marked discarded"));
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            discard();
    });

    setPage(ClientPage, new ClientStepPage(this));

    auto *roles = new RolesWidget;
    setPage(RolesPage,
            new TermsStepPage(
                this, roles, tr("Roles and scope"),
                tr("What you and the client can expect of each other, and what the practice "
                   "offers and does not. Adjust anything for this client: the agreement records it."),
                {[roles](const PracticeProfile &terms) { roles->setProfile(terms); },
                 [roles](PracticeProfile &terms) { roles->applyTo(terms); },
                 {}}));
    setPage(BoundariesPage, new BoundariesStepPage(this, BoundariesStepPage::Mode::AllBoundaries));
    auto *communication = new CommunicationWidget;
    setPage(CommunicationPage,
            new TermsStepPage(
                this, communication, tr("Communication"),
                tr("Working hours, how the client may reach you, how soon you answer, and what to do in an "
                   "emergency, as they apply to this client."),
                {[communication](const PracticeProfile &terms) { communication->setProfile(terms); },
                 [communication](PracticeProfile &terms) { communication->applyTo(terms); },
                 [communication] {
                     return communication->showProblems();
                 }}));
    setPage(ChangesPage, new BoundariesStepPage(this, BoundariesStepPage::Mode::ChangesOnly));
    setPage(SigningPage, new SigningStepPage(this));
    setPage(ReviewPage, new ReviewStepPage(this));
    setStartId(ClientPage);
    // F1 opens the guide on the step shown.
    for (const auto &[id, topic] :
         {std::pair{ClientPage, HelpTopic::WizardClient}, std::pair{RolesPage, HelpTopic::WizardRoles},
          std::pair{BoundariesPage, HelpTopic::WizardBoundaries},
          std::pair{CommunicationPage, HelpTopic::WizardCommunication},
          std::pair{ChangesPage, HelpTopic::WizardChanges}, std::pair{SigningPage, HelpTopic::WizardSigning},
          std::pair{ReviewPage, HelpTopic::WizardReview}})
        ContextHelp::setTopic(page(id), topic);

    m_steps = new QLabel(this);
    m_steps->setObjectName(QStringLiteral("stepsLabel"));
    m_steps->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_steps->setTextFormat(Qt::RichText);
    QFont bold = font();
    bold.setBold(true);
    // Room for the longest step title in bold (the current step), its number and the margins.
    m_steps->setMinimumWidth(QFontMetrics(bold).horizontalAdvance(tr("Consent and signatures")) + 76);
    m_steps->setContentsMargins(14, 18, 14, 14);
    m_steps->setAutoFillBackground(true);
    m_steps->setBackgroundRole(QPalette::Base);
    setSideWidget(m_steps);
    connect(this, &QWizard::currentIdChanged, this, &OnboardingWizard::updateSteps);
    updateSteps();
    resize(1040, 720);
}

void OnboardingWizard::updateSteps() {
    QList<int> path = {ClientPage};
    if (isReacknowledgement()) {
        path << ChangesPage;
        if (m_reviewTerms)
            path << RolesPage << CommunicationPage;
    } else
        path << RolesPage << BoundariesPage << CommunicationPage;
    path << SigningPage << ReviewPage;
    // A wizard started for a known client has no Client step to go back to.
    if (startId() != ClientPage)
        path.removeFirst();
    const int current = std::max<qsizetype>(0, path.indexOf(currentId()));
    // The colours of the list's own (base) background: the current step stands out, the steps to come recede.
    const QPalette colours = m_steps->palette();
    const QString muted = StatusColors::text(StatusColors::Status::Muted, colours).name();
    const QString accent = StatusColors::text(StatusColors::Status::Accent, colours).name();
    const QString done = colours.color(QPalette::Text).name();
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='6'><tr><td colspan='2' "
                                  "style='color:%1; font-size:small'>%2</td></tr>")
                       .arg(muted, isReacknowledgement() ? tr("RE-ACKNOWLEDGEMENT") : tr("ONBOARDING"));
    for (qsizetype i = 0; i < path.size(); ++i) {
        const QString title = page(path.at(i))->title().toHtmlEscaped();
        const QString marker = i < current ? QStringLiteral("✓") : QString::number(i + 1);
        if (i == current)
            html += QStringLiteral("<tr><td style='color:%1'><b>%2</b></td><td style='color:%1'><b>%3</b>"
                                   "</td></tr>")
                        .arg(accent, marker, title);
        else
            html += QStringLiteral("<tr><td style='color:%1'>%2</td><td style='color:%3'>%4</td></tr>")
                        .arg(muted, marker, i < current ? done : muted, title);
    }
    m_steps->setText(html + QStringLiteral("</table>"));
    // Before a client is chosen there is nothing to keep or discard.
    const bool open = hasAgreement() && !isFinalised();
    setButtonText(QWizard::CancelButton, open ? tr("Keep as draft") : tr("Cancel"));
    // Once signed (by Save PDF or Print on the Review step) there is nothing left to sign.
    setButtonText(QWizard::FinishButton, isFinalised() ? tr("&Close") : tr("&Finish and sign"));
    setOption(QWizard::HaveCustomButton1, open && !m_db.isReadOnly());
}

Status OnboardingWizard::canStart(OpenPractice database) {
    if (database.isReadOnly())
        return Error{Error::Kind::ReadOnly,
                     tr("The database is open read-only, so no agreement can be made or changed. Open it "
                        "with write access to onboard a client.")};
    const Result<int> latest = PolicyService(database).latestVersionNumber();
    if (!latest)
        return latest.error();
    if (latest.value() == 0)
        return Error{Error::Kind::Invalid,
                     tr("Your boundary policy has not been published yet, so there is nothing for a client "
                        "to agree to. Review the boundaries in the Practice section and publish them; then "
                        "come back to onboard the client.")};
    return {};
}

void OnboardingWizard::startWithClientChoice(bool newClient) {
    static_cast<ClientStepPage *>(page(ClientPage))->setNewClient(newClient);
    setStartId(ClientPage);
}

Status OnboardingWizard::startWithClient(qint64 clientId) {
    if (Status chosen = chooseClient(clientId); !chosen)
        return chosen;
    setStartId(isReacknowledgement() ? ChangesPage : RolesPage);
    updateSteps();
    return {};
}

Status OnboardingWizard::chooseClient(qint64 clientId) {
    if (m_agreement && m_agreement->clientId == clientId)
        return {};
    Result<std::optional<Agreement>> draft = AgreementService(m_db).draftFor(clientId);
    if (!draft)
        return draft.error();
    Result<Agreement> started = AgreementService(m_db).start(clientId);
    if (!started)
        return started.error();
    Agreement agreement = std::move(started).value();
    const QLocale locale;
    m_noticeText.clear();
    m_noticeWarning = false;
    if (const std::optional<Agreement> &saved = draft.value()) {
        const QString savedOn =
            Clock::withZone(locale.toString(Clock::toLocal(saved->updatedAt), QLocale::ShortFormat));
        if (saved->policyVersion == agreement.policyVersion) {
            agreement = *saved;
            agreement.addEvent(AgreementEvents::opened(), tr("draft resumed"));
            m_noticeText =
                tr("Continuing the draft saved on %1. Signatures are never kept in a draft, so both "
                   "of you sign again at the end.")
                    .arg(savedOn);
        } else {
            // The draft's policy is no longer the one in force: start again on the new version, in its place.
            agreement.id = saved->id;
            m_noticeText = tr("The draft saved on %1 was made on policy version %2. Version %3 has been "
                              "published since, so the agreement starts again on the new version.")
                               .arg(savedOn)
                               .arg(saved->policyVersion)
                               .arg(agreement.policyVersion);
            m_noticeWarning = true;
        }
    }
    m_reviewTerms = false;
    if (!draft.value()) {
        // AgreementService::start() carried over what the client's signed agreement recorded: say so.
        Result<std::optional<Agreement>> earlier = AgreementService(m_db).latestSigned(clientId);
        if (!earlier)
            return earlier.error();
        Result<PracticeProfile> profile = PracticeService(m_db).load();
        if (!profile)
            return profile.error();
        if (const std::optional<Agreement> &before = earlier.value()) {
            const QStringList adjusted = Agreement::adjustedParts(before->terms, profile.value());
            m_reviewTerms = !adjusted.isEmpty();
            const QString signedOn =
                locale.toString(Clock::toLocal(before->signedAt).date(), QLocale::LongFormat);
            m_noticeText =
                adjusted.isEmpty()
                    ? tr("Started from the agreement signed on %1 (policy version %2): the questions and "
                         "answers noted per boundary are carried over.")
                          .arg(signedOn)
                          .arg(before->policyVersion)
                    : tr("Started from the agreement signed on %1 (policy version %2): what was adjusted for "
                         "%3 (%4) and the questions and answers noted per boundary are carried over. Review "
                         "them together.")
                          .arg(signedOn)
                          .arg(before->policyVersion)
                          .arg(agreement.clientName, adjusted.join(QStringLiteral(", ")));
        }
    }
    Result<PolicyVersion> policy = PolicyService(m_db).version(agreement.policyVersion);
    if (!policy)
        return policy.error();
    Result<int> acknowledged = AgreementService(m_db).acknowledgedVersion(clientId);
    if (!acknowledged)
        return acknowledged.error();
    m_policy = std::move(policy).value();
    m_previousVersion =
        acknowledged.value() > 0 && acknowledged.value() < m_policy.version ? acknowledged.value() : 0;
    m_agreement = std::move(agreement);
    setWindowTitle(isReacknowledgement() ? tr("Re-acknowledgement – %1").arg(m_agreement->clientName)
                                         : tr("Boundary agreement with %1").arg(m_agreement->clientName));
    return {};
}

void OnboardingWizard::recordStepCompleted(const QString &step) {
    if (!m_agreement || m_agreement->isSigned())
        return;
    const QList<AgreementEvent> &events = m_agreement->events;
    const bool recorded = std::any_of(events.cbegin(), events.cend(), [&step](const AgreementEvent &event) {
        return event.kind == AgreementEvents::stepCompleted() && event.detail == step;
    });
    if (!recorded)
        m_agreement->addEvent(AgreementEvents::stepCompleted(), step);
}

int OnboardingWizard::nextId() const {
    switch (currentId()) {
    case ClientPage:
        return isReacknowledgement() ? ChangesPage : RolesPage;
    case RolesPage:
        // A re-acknowledgement reviews the terms adjusted for the client after the changes.
        return isReacknowledgement() ? CommunicationPage : BoundariesPage;
    case BoundariesPage:
        return CommunicationPage;
    case ChangesPage:
        return m_reviewTerms ? RolesPage : SigningPage;
    case CommunicationPage:
        return SigningPage;
    case SigningPage:
        return ReviewPage;
    default:
        return -1;
    }
}

bool OnboardingWizard::finalise(bool confirmed) {
    if (isFinalised())
        return true;
    if (!m_agreement)
        return false;
    if (!confirmed &&
        MessageBox::confirm(
            this, tr("Sign the agreement"),
            tr("This signs the agreement with %1 for good: it is stored as it is now and can no "
               "longer be changed. Sign it now?")
                .arg(m_agreement->clientName),
            tr("Sign")) != MessageBox::Answer::Confirmed)
        return false;
    Result<Agreement> signedAgreement = AgreementService(m_db).finalise(*m_agreement);
    if (!signedAgreement) {
        MessageBox::inform(this, tr("The agreement was not signed"), signedAgreement.error().message);
        return false;
    }
    m_agreement = std::move(signedAgreement).value();
    m_noticeText.clear();
    // Nothing is left to keep as a draft or to go back to; as options, so QWizard keeps it that way.
    setOption(QWizard::DisabledBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButton, true);
    updateSteps();
    return true;
}

QString OnboardingWizard::savePdfAs(const QByteArray &pdf, bool unsignedCopy) {
    if (!m_agreement)
        return {};
    const QString path =
        FileDialogs::saveFile(this, QStringLiteral("savePdfFileDialog"),
                              unsignedCopy ? tr("Save the unsigned copy") : tr("Save the signed agreement"),
                              AgreementFiles::defaultFileName(*m_agreement, unsignedCopy),
                              {tr("PDF documents (*.pdf)")}, QStringLiteral("pdf"));
    if (path.isEmpty())
        return {};
    if (Status saved = AgreementFiles::savePdf(pdf, path); !saved) {
        MessageBox::inform(this, tr("The PDF was not saved"), saved.error().message);
        return {};
    }
    return path;
}

Result<QString> OnboardingWizard::savePdfToClientFolder(const QByteArray &pdf) const {
    const Result<QString> folder =
        AgreementFiles::defaultFolder(m_agreement->clientId, m_agreement->clientName);
    if (!folder)
        return folder.error();
    const QString path = QDir(folder.value()).filePath(AgreementFiles::defaultFileName(*m_agreement));
    if (Status saved = AgreementFiles::savePdf(pdf, path); !saved)
        return saved.error();
    return path;
}

Status OnboardingWizard::saveDraft() {
    Agreement draft = *m_agreement;
    // A signature belongs to the moment it was given: a resumed draft is signed again.
    draft.clientSignature.reset();
    draft.practitionerSignature.reset();
    draft.events.removeIf([](const AgreementEvent &event) {
        return event.kind == AgreementEvents::signedByClient() ||
               event.kind == AgreementEvents::countersigned();
    });
    if (Status saved = AgreementService(m_db).saveDraft(draft); !saved)
        return saved;
    m_agreement->id = draft.id;
    m_savedDraftId = draft.id;
    return {};
}

void OnboardingWizard::discard() {
    if (!m_agreement || isFinalised())
        return;
    if (MessageBox::confirm(this, tr("Discard the draft"),
                            tr("Discard the agreement with %1? It cannot be finished afterwards; a draft "
                               "saved before stays in the records, marked discarded.")
                                .arg(m_agreement->clientName),
                            tr("Discard"), MessageBox::Kind::Warning, true) != MessageBox::Answer::Confirmed)
        return;
    if (m_agreement->id != 0) {
        if (Status discarded = AgreementService(m_db).discardDraft(m_agreement->id); !discarded) {
            MessageBox::inform(this, tr("The draft was not discarded"), discarded.error().message);
            return;
        }
    }
    m_discarded = true;
    QWizard::reject();
}

void OnboardingWizard::reject() {
    if (m_agreement && !isFinalised() && !m_db.isReadOnly()) {
        if (auto *step = qobject_cast<OnboardingPage *>(currentPage()))
            step->store();
        // "Keep as draft" keeps. Escape or closing the window on an agreement never saved asks, so that
        // leaving does not put a draft on the client's record unasked.
        if (sender() != button(QWizard::CancelButton) && m_agreement->id == 0) {
            const int choice =
                MessageBox::choose(this, tr("Leave the agreement"),
                                   tr("Keep what was done with %1 as a draft to resume later, or discard it?")
                                       .arg(m_agreement->clientName),
                                   {tr("Keep the draft"), tr("Discard it")});
            if (choice < 0)
                return;
            if (choice == 1) {
                m_discarded = true;
                QWizard::reject();
                return;
            }
        }
        if (Status saved = saveDraft(); !saved) {
            // Closing now would lose the meeting's work: stay open and say why.
            MessageBox::inform(
                this, tr("The draft was not saved"),
                tr("%1 The wizard stays open so that nothing is lost.").arg(saved.error().message));
            return;
        }
    }
    QWizard::reject();
}

} // namespace bk
