// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/onboarding/ReviewStepPage.h"

#include "app/agreements/AgreementDocument.h"
#include "app/agreements/AgreementFiles.h"
#include "app/common/Clock.h"
#include "ui/common/MessageBox.h"
#include "ui/common/PdfPreviewWidget.h"
#include "ui/onboarding/OnboardingWizard.h"

#include <QCheckBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace bk {

ReviewStepPage::ReviewStepPage(OnboardingWizard *wizard)
    : OnboardingPage(
          wizard, tr("Review"),
          tr("The agreement exactly as it prints. Finish signs it for good: it is stored unchanged, "
             "and every copy you save or print can later be verified."))
    , m_preview(new PdfPreviewWidget(this)) {
    setObjectName(QStringLiteral("reviewStepPage"));
    setFinalPage(true);

    // Made in the order Tab takes them, from the left.
    m_keepCopy = new QCheckBox(tr("&Keep a copy of the signed PDF in the client's folder"), this);
    m_keepCopy->setObjectName(QStringLiteral("keepCopyCheckBox"));
    m_keepCopy->setWhatsThis(
        tr("Keeps a copy of the signed PDF, readable by you only, in the client's folder."));
    m_keepCopy->setChecked(true);
    m_save = new QPushButton(tr("Sa&ve PDF…"), this);
    m_save->setObjectName(QStringLiteral("savePdfPushButton"));
    m_save->setWhatsThis(
        tr("Signs the agreement for good, then saves the signed PDF where you choose. Every copy can be "
           "verified later."));
    m_save->setIcon(QIcon::fromTheme(QStringLiteral("document-save-as")));
    m_save->setToolTip(tr("Sign the agreement and save the signed PDF"));
    m_save->setAutoDefault(false);
    connect(m_save, &QPushButton::clicked, this, &ReviewStepPage::savePdf);
    m_print = new QPushButton(tr("P&rint…"), this);
    m_print->setObjectName(QStringLiteral("printPushButton"));
    m_print->setWhatsThis(tr("Signs the agreement for good, then prints it, with a preview first."));
    m_print->setIcon(QIcon::fromTheme(QStringLiteral("document-print")));
    m_print->setToolTip(tr("Sign the agreement and print it, with a preview first"));
    m_print->setAutoDefault(false);
    connect(m_print, &QPushButton::clicked, this, &ReviewStepPage::print);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reviewStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *row = new QHBoxLayout;
    row->addWidget(m_keepCopy);
    row->addStretch(1);
    row->addWidget(m_save);
    row->addWidget(m_print);
    contentLayout()->addWidget(m_preview, 1);
    contentLayout()->addLayout(row);
    contentLayout()->addWidget(m_status);
}

void ReviewStepPage::initializePage() {
    OnboardingPage::initializePage();
    if (!onboarding()->hasAgreement())
        return;
    const Agreement &agreement = onboarding()->agreement();
    const Result<QString> folder = AgreementFiles::defaultFolder(agreement.clientId, agreement.clientName);
    m_keepCopy->setToolTip(folder ? QDir::toNativeSeparators(folder.value()) : folder.error().message);
    m_status->clear();
    showPreview();
}

void ReviewStepPage::showPreview() {
    const Agreement &agreement = onboarding()->agreement();
    if (agreement.isSigned()) {
        m_preview->setPdf(agreement.pdf);
        return;
    }
    const Result<QByteArray> pdf = AgreementDocument(agreement, onboarding()->policy()).renderPdf();
    if (!pdf) {
        m_preview->setPdf({});
        m_status->setText(pdf.error().message);
        return;
    }
    m_preview->setPdf(pdf.value());
}

bool ReviewStepPage::sign(bool confirmed) {
    if (onboarding()->isFinalised())
        return true;
    // The review itself is part of the record, before the signing it leads to.
    onboarding()->recordStepCompleted(stepName());
    if (!onboarding()->finalise(confirmed))
        return false;
    showPreview();
    m_status->setText(
        tr("Signed on %1. The agreement is stored and can no longer be changed.").arg(signedOn()));
    return true;
}

QString ReviewStepPage::signedOn() const {
    return Clock::withZone(
        QLocale().toString(Clock::toLocal(onboarding()->agreement().signedAt), QLocale::ShortFormat));
}

bool ReviewStepPage::validatePage() {
    if (!sign(true))
        return false;
    if (m_keepCopy->isChecked()) {
        const Result<QString> saved = onboarding()->savePdfToClientFolder(onboarding()->agreement().pdf);
        if (!saved) {
            // The agreement is signed and stored either way; only the extra copy is missing.
            MessageBox::inform(this, tr("The copy was not saved"),
                               tr("The agreement is signed and stored, but the copy for the client's folder "
                                  "was not saved. %1")
                                   .arg(saved.error().message),
                               MessageBox::Kind::Warning);
        } else if (onboarding()->savedPdfPath().isEmpty()) {
            onboarding()->setSavedPdfPath(saved.value());
        }
    }
    return true;
}

void ReviewStepPage::savePdf() {
    if (!sign(false))
        return;
    const QString path = onboarding()->savePdfAs(onboarding()->agreement().pdf, false);
    if (!path.isEmpty()) {
        onboarding()->setSavedPdfPath(path);
        m_status->setText(
            tr("Signed on %1 and saved to %2.").arg(signedOn(), QDir::toNativeSeparators(path)));
    }
}

void ReviewStepPage::print() {
    if (!sign(false))
        return;
    const Agreement &agreement = onboarding()->agreement();
    PdfPrinting::preview(agreement.pdf, tr("Boundary agreement – %1").arg(agreement.clientName), this);
}

} // namespace bk
