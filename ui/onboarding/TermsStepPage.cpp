// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/onboarding/TermsStepPage.h"

#include "ui/onboarding/OnboardingWizard.h"

#include <QScrollArea>
#include <QVBoxLayout>

namespace bk {

TermsStepPage::TermsStepPage(OnboardingWizard *wizard, QWidget *editor, const QString &title,
                             const QString &subTitle, Binding binding)
    : OnboardingPage(wizard, title, subTitle)
    , m_binding(std::move(binding)) {
    // "rolesWidget" gives "rolesTermsStepPage".
    setObjectName(QString(editor->objectName()).remove(QStringLiteral("Widget")) +
                  QStringLiteral("TermsStepPage"));
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    // Not a stop of its own: Tab goes to the controls inside, and the area scrolls to show each.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(editor);
    contentLayout()->addWidget(scroll);
}

void TermsStepPage::initializePage() {
    OnboardingPage::initializePage();
    if (onboarding()->hasAgreement())
        m_binding.load(onboarding()->agreement().terms);
}

bool TermsStepPage::validatePage() {
    if (m_binding.validate && !m_binding.validate())
        return false;
    return OnboardingPage::validatePage();
}

void TermsStepPage::store() {
    if (onboarding()->hasAgreement())
        m_binding.apply(onboarding()->agreement().terms);
}

} // namespace bk
