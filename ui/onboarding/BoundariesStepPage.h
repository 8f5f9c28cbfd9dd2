// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "ui/onboarding/OnboardingPage.h"

class QLabel;
class QTextBrowser;

namespace bk {

class BoundaryDiscussionWidget;

/// The Boundaries step: every boundary of the policy talked through and ticked. In the re-acknowledgement
/// path it becomes "What changed": the policy the client signed and the current one side by side, with only
/// the added and changed boundaries to tick.
class BoundariesStepPage : public OnboardingPage {
    Q_OBJECT
public:
    enum class Mode { AllBoundaries, ChangesOnly };

    BoundariesStepPage(OnboardingWizard *wizard, Mode mode);

    void initializePage() override;
    bool isComplete() const override;
    void store() override;
    QString stepName() const override;

private:
    Mode m_mode;
    BoundaryDiscussionWidget *m_discussion = nullptr;
    QTextBrowser *m_comparison = nullptr;
    QLabel *m_carriedOver = nullptr;
};

} // namespace bk
