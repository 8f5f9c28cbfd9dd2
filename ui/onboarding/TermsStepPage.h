// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/policy/PracticeProfile.h"
#include "ui/onboarding/OnboardingPage.h"

#include <functional>

namespace bk {

/// A step that hosts one of the Practice section's editing widgets (roles, communication) on the
/// agreement's terms: the practice profile as it applies to this client, adjusted for them.
class TermsStepPage : public OnboardingPage {
    Q_OBJECT
public:
    /// How the page reaches its widget.
    struct Binding {
        std::function<void(const PracticeProfile &)> load;
        std::function<void(PracticeProfile &)> apply;
        /// Shows problems and returns false when the terms cannot be kept; none means always fine.
        std::function<bool()> validate;
    };

    TermsStepPage(OnboardingWizard *wizard, QWidget *editor, const QString &title, const QString &subTitle,
                  Binding binding);

    void initializePage() override;
    bool validatePage() override;
    void store() override;

private:
    Binding m_binding;
};

} // namespace bk
