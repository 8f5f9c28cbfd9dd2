// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/practice/SetupWizard.h"

#include "app/clients/ClientService.h"
#include "app/common/OpenPractice.h"
#include "app/policy/PolicyService.h"
#include "app/policy/PracticeService.h"
#include "ui/common/MessageBox.h"
#include "ui/help/ContextHelp.h"
#include "ui/practice/CommunicationWidget.h"
#include "ui/practice/PracticeDetailsWidget.h"
#include "ui/practice/RolesWidget.h"

#include <QAbstractButton>
#include <QLabel>
#include <QListWidget>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace bk {

SetupWizard::SetupWizard(OpenPractice database, QWidget *parent)
    : QWizard(parent)
    , m_db(database) {
    setObjectName(QStringLiteral("setupWizard"));
    ContextHelp::setTopic(this, HelpTopic::Practice);
    setWindowTitle(tr("Set up your practice"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoCancelButton);
    setOption(QWizard::HaveCustomButton1);
    setButtonText(QWizard::CustomButton1, tr("Skip setup"));
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("skipSetupPushButton"));
    button(QWizard::CustomButton1)
        ->setToolTip(
            tr("Start with sensible defaults; you can change everything later in the Practice section"));
    button(QWizard::NextButton)->setObjectName(QStringLiteral("nextPushButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("finishPushButton"));
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            skip();
    });
    setButtonLayout({QWizard::CustomButton1, QWizard::Stretch, QWizard::BackButton, QWizard::NextButton,
                     QWizard::FinishButton});

    const Result<PracticeProfile> loaded = PracticeService(database).load();
    const PracticeProfile profile = loaded.ok() ? loaded.value() : PracticeProfile::defaults();
    m_details = new PracticeDetailsWidget;
    m_details->setProfile(profile);
    m_roles = new RolesWidget;
    m_roles->setProfile(profile);
    m_communication = new CommunicationWidget;
    m_communication->setProfile(profile);

    setPage(DetailsPage, makePage(m_details, tr("Welcome to Boundary Keeper"),
                                  tr("A few questions about your practice, so that every agreement starts "
                                     "from your own words. Everything can be changed later.")));
    setPage(RolesPage, makePage(m_roles, tr("Roles and scope"),
                                tr("What you and your clients can expect of each other, and what your "
                                   "practice offers. The suggestions are a starting point.")));
    setPage(CommunicationPage,
            makePage(m_communication, tr("Communication"),
                     tr("When you work, how clients may reach you and how soon you answer.")));
    setPage(PolicyPage, buildPolicyPage());
    resize(880, 680);
}

QWizardPage *SetupWizard::makePage(QWidget *content, const QString &title, const QString &subtitle) {
    auto *page = new QWizardPage(this);
    page->setTitle(title);
    page->setSubTitle(subtitle);
    auto *scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    // Not a stop of its own: Tab goes to the controls inside, and the area scrolls to show each.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    return page;
}

QWizardPage *SetupWizard::buildPolicyPage() {
    auto *page = new QWizardPage(this);
    const QString title = tr("Your boundaries");
    page->setTitle(title);
    page->setSubTitle(tr("Boundary Keeper comes with these boundaries and a consequence ladder. Publish them "
                         "now as version 1 for your clients to acknowledge, or keep them as a draft to "
                         "adapt first in the Practice section."));
    m_boundaries = new QListWidget(page);
    m_boundaries->setObjectName(QStringLiteral("setupBoundariesListWidget"));
    m_boundaries->setSelectionMode(QAbstractItemView::NoSelection);
    // Reached by Tab, so the list can be read and scrolled from the keyboard.
    m_boundaries->setAccessibleName(title);
    m_boundaries->setSpacing(2);
    const Result<PolicyDocument> stored = PolicyService(m_db).draft();
    const PolicyDocument draft = stored.ok() ? stored.value() : PolicyDocument::defaults();
    for (const Boundary &boundary : draft.activeBoundaries()) {
        auto *item = new QListWidgetItem(boundary.title, m_boundaries);
        item->setToolTip(boundary.description);
    }
    m_publish = new QRadioButton(tr("&Publish them as version 1"), page);
    m_publish->setObjectName(QStringLiteral("publishRadioButton"));
    m_keepDraft = new QRadioButton(tr("&Keep them as a draft for now"), page);
    m_keepDraft->setObjectName(QStringLiteral("keepDraftRadioButton"));
    m_keepDraft->setChecked(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_boundaries, 1);
    layout->addWidget(m_publish);
    layout->addWidget(m_keepDraft);
    return page;
}

bool SetupWizard::isNeeded(OpenPractice database) {
    if (database.isReadOnly())
        return false;
    const Result<SetupState> state = PracticeService(database).setupState();
    if (!state.ok() || state.value() != SetupState::NotDone)
        return false;
    ClientFilter everyone;
    everyone.includeArchived = true;
    const Result<qint64> clients = ClientService(database).count(everyone);
    return clients.ok() && clients.value() == 0;
}

bool SetupWizard::validateCurrentPage() {
    if (currentId() == CommunicationPage && !m_communication->showProblems())
        return false;
    return QWizard::validateCurrentPage();
}

void SetupWizard::accept() {
    const PracticeService practice(m_db);
    const Result<PracticeProfile> loaded = practice.load();
    PracticeProfile profile = loaded.ok() ? loaded.value() : PracticeProfile::defaults();
    m_details->applyTo(profile);
    m_roles->applyTo(profile);
    m_communication->applyTo(profile);
    if (const QStringList problems = profile.problems(); !problems.isEmpty()) {
        MessageBox::inform(this, tr("Setup not finished"), problems.join(QLatin1Char('\n')),
                           MessageBox::Kind::Warning);
        return;
    }
    if (Status saved = practice.save(profile); !saved) {
        MessageBox::inform(this, tr("Setup not finished"), saved.error().message);
        return;
    }
    const PolicyService policy(m_db);
    if (m_publish->isChecked()) {
        Result<PolicyDocument> draft = policy.draft();
        Status stored = draft ? policy.saveDraft(draft.value()) : Status(draft.error());
        if (stored) {
            if (Result<PolicyVersion> published = policy.publish(); !published)
                stored = published.error();
        }
        if (!stored) {
            MessageBox::inform(this, tr("Boundaries not published"),
                               tr("Your practice details are saved, but the boundaries could not be "
                                  "published: %1 They are kept as a draft in the Practice section.")
                                   .arg(stored.error().message));
        }
    }
    if (Status done = practice.setSetupState(SetupState::Done); !done) {
        MessageBox::inform(this, tr("Setup not finished"), done.error().message);
        return;
    }
    QWizard::accept();
}

void SetupWizard::skip() {
    // Nothing typed is saved: the defaults stay, and the Practice section is where to change them.
    if (Status skipped = PracticeService(m_db).setSetupState(SetupState::Skipped); !skipped)
        MessageBox::inform(this, tr("Setup not skipped"), skipped.error().message);
    QWizard::reject();
}

void SetupWizard::reject() {
    skip();
}

} // namespace bk
