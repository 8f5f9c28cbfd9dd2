// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/onboarding/OnboardingPage.h"

#include "ui/common/NoticeBar.h"
#include "ui/onboarding/OnboardingWizard.h"

#include <QVBoxLayout>

namespace bk {

OnboardingPage::OnboardingPage(OnboardingWizard *wizard, const QString &title, const QString &subTitle)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_notice(new NoticeBar(this))
    , m_content(new QVBoxLayout) {
    setTitle(title);
    setSubTitle(subTitle);
    m_notice->setObjectName(QStringLiteral("onboardingNoticeBar"));
    m_content->setContentsMargins(0, 0, 0, 0);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_notice);
    layout->addLayout(m_content, 1);
}

void OnboardingPage::initializePage() {
    m_notice->showMessage(m_wizard->noticeText(), m_wizard->noticeIsWarning() ? NoticeBar::Kind::Warning
                                                                              : NoticeBar::Kind::Information);
}

void OnboardingPage::cleanupPage() {
    if (m_wizard->hasAgreement() && !m_wizard->isFinalised())
        store();
}

bool OnboardingPage::validatePage() {
    if (!m_wizard->hasAgreement())
        return false;
    store();
    m_wizard->recordStepCompleted(stepName());
    return true;
}

} // namespace bk
