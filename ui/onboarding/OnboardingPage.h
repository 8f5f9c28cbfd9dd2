// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include <QWizardPage>

class QVBoxLayout;

namespace bk {

class NoticeBar;
class OnboardingWizard;

/// A step of the onboarding wizard: reads the agreement being made when shown, writes its fields back into
/// it when left (Next, or Cancel keeping a draft), and shows the wizard's notice at the top.
class OnboardingPage : public QWizardPage {
    Q_OBJECT
public:
    OnboardingPage(OnboardingWizard *wizard, const QString &title, const QString &subTitle);

    /// Writes what the page shows into the agreement. Called by validatePage() and by Cancel.
    virtual void store() {}

    void initializePage() override;
    /// Going Back keeps what was entered on the page (a signed agreement is never touched again).
    void cleanupPage() override;
    /// Stores the page and records the step as completed.
    bool validatePage() override;
    /// The step's name on the agreement's timeline, e.g. "Boundaries".
    virtual QString stepName() const { return title(); }

protected:
    OnboardingWizard *onboarding() const { return m_wizard; }
    QVBoxLayout *contentLayout() const { return m_content; }

private:
    OnboardingWizard *m_wizard;
    NoticeBar *m_notice;
    QVBoxLayout *m_content;
};

} // namespace bk
