// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "ui/onboarding/OnboardingPage.h"

class QCheckBox;
class QLabel;
class QPushButton;

namespace bk {

class PdfPreviewWidget;

/// The Review step: the agreement exactly as it prints, with Save PDF and Print. Saving, printing or
/// Finish signs it for good first, so every copy handed over is the stored, verifiable PDF.
class ReviewStepPage : public OnboardingPage {
    Q_OBJECT
public:
    explicit ReviewStepPage(OnboardingWizard *wizard);

    void initializePage() override;
    /// Finish: signs the agreement and keeps a copy in the client's folder when that is ticked.
    bool validatePage() override;
    QString stepName() const override { return tr("Review"); }

private:
    /// Signs the agreement (asking first unless `confirmed`) and shows the signed PDF; true when signed.
    bool sign(bool confirmed);
    void savePdf();
    void print();
    void showPreview();
    /// When the agreement was signed, in local time.
    QString signedOn() const;

    PdfPreviewWidget *m_preview = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_print = nullptr;
    QCheckBox *m_keepCopy = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace bk
