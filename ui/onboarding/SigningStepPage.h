// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "ui/onboarding/OnboardingPage.h"

#include <QByteArray>
#include <QDateTime>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;

namespace bk {

class ScanAttachmentWidget;
class SignaturePadWidget;

/// The Consent and signatures step: signing on screen after the client consents to it (signatures drawn or
/// typed, then the practitioner's countersignature), or on paper (an unsigned copy to print, then a record
/// that the signed original exists, with an optional scan). Both ways need the statement of intent.
class SigningStepPage : public OnboardingPage {
    Q_OBJECT
public:
    explicit SigningStepPage(OnboardingWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    void store() override;
    QString stepName() const override { return tr("Consent and signatures"); }

private:
    QWidget *buildElectronic();
    QWidget *buildPaper();
    bool isPaper() const;
    QString practitionerName() const;
    /// The copy to print and sign by hand, made from what the steps hold now; std::nullopt (with the reason
    /// shown under `failureTitle`) when it cannot be made.
    std::optional<QByteArray> unsignedCopy(const QString &failureTitle);
    void printUnsignedCopy();
    void saveUnsignedCopy();
    /// Records an event of `kind` once, at the moment it first happens.
    void recordOnce(const QString &kind);

    QRadioButton *m_electronic = nullptr;
    QRadioButton *m_paper = nullptr;
    QStackedWidget *m_stack = nullptr;
    QPlainTextEdit *m_intent = nullptr;
    QCheckBox *m_consent = nullptr;
    QLabel *m_consentText = nullptr;
    SignaturePadWidget *m_clientPad = nullptr;
    SignaturePadWidget *m_practitionerPad = nullptr;
    QComboBox *m_practitioner = nullptr;
    QCheckBox *m_paperOriginal = nullptr;
    QLineEdit *m_paperNote = nullptr;
    ScanAttachmentWidget *m_scan = nullptr;

    qint64 m_shownClientId = 0;
    QDateTime m_clientSignedAt;
    QDateTime m_practitionerSignedAt;
};

} // namespace bk
