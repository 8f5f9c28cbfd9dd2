// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/onboarding/SignedDocumentDialog.h"

#include "app/agreements/Agreement.h"
#include "app/agreements/AgreementFiles.h"
#include "app/agreements/Contract.h"
#include "app/common/Clock.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/MessageBox.h"
#include "ui/common/PdfPreviewWidget.h"
#include "ui/help/ContextHelp.h"

#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace bk {

namespace {

QString signedOn(const QDateTime &at) {
    const QLocale locale;
    const QDateTime local = Clock::toLocal(at);
    return Clock::withZone(SignedDocumentDialog::tr("%1 at %2", "signed on <date> at <time>")
                               .arg(locale.toString(local.date(), QLocale::LongFormat),
                                    locale.toString(local.time(), QLocale::ShortFormat)));
}

} // namespace

SignedDocumentDialog::SignedDocumentDialog(const Agreement &agreement, QWidget *parent)
    : SignedDocumentDialog(tr("Boundary agreement with %1").arg(agreement.clientName),
                           tr("Signed on %1 on policy version %2. Document ID %3.")
                               .arg(signedOn(agreement.signedAt))
                               .arg(agreement.policyVersion)
                               .arg(agreement.documentId),
                           agreement.pdf, AgreementFiles::defaultFileName(agreement), parent) {}

SignedDocumentDialog::SignedDocumentDialog(const Contract &contract, QWidget *parent)
    : SignedDocumentDialog(
          tr("Behavioural contract with %1").arg(contract.clientName),
          tr("Signed on %1. Document ID %2.").arg(signedOn(contract.signedAt), contract.documentId),
          contract.pdf, AgreementFiles::defaultFileName(contract), parent) {}

SignedDocumentDialog::SignedDocumentDialog(const QString &title, const QString &description,
                                           const QByteArray &pdf, const QString &fileName, QWidget *parent)
    : QDialog(parent)
    , m_pdf(pdf)
    , m_title(title)
    , m_fileName(fileName) {
    setObjectName(QStringLiteral("signedDocumentDialog"));
    ContextHelp::setTopic(this, HelpTopic::EvidencePage);
    setWindowTitle(title);
    m_description = new QLabel(description + QLatin1Char(' ') +
                                   tr("This is the PDF exactly as it was signed; it cannot be changed."),
                               this);
    m_description->setObjectName(QStringLiteral("signedDocumentDescriptionLabel"));
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview = new PdfPreviewWidget(this);
    m_preview->setObjectName(QStringLiteral("signedDocumentPreview"));
    m_preview->setPdf(pdf);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("signedDocumentButtonBox"));
    QPushButton *save = buttons->addButton(tr("&Save a copy…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("saveCopyPushButton"));
    QPushButton *print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("printPushButton"));
    connect(save, &QPushButton::clicked, this, &SignedDocumentDialog::saveCopy);
    connect(print, &QPushButton::clicked, this, [this] { PdfPrinting::preview(m_pdf, m_title, this); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_description);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);
    // A sheet of paper at a readable size, within the screen.
    const QSize available = QGuiApplication::primaryScreen()->availableSize();
    resize(qMin(900, available.width() * 9 / 10), qMin(1000, available.height() * 9 / 10));
    // The document has the keyboard (the arrow and page keys scroll it); Escape closes.
    m_preview->setFocus();
}

QString SignedDocumentDialog::description() const {
    return m_description->text();
}

void SignedDocumentDialog::saveCopy() {
    const QString path = FileDialogs::saveFile(this, QStringLiteral("signedCopyFileDialog"),
                                               tr("Save a copy of %1").arg(m_title), m_fileName,
                                               {tr("PDF documents (*.pdf)")}, QStringLiteral("pdf"));
    if (path.isEmpty())
        return;
    if (const Status saved = AgreementFiles::savePdf(m_pdf, path); !saved)
        MessageBox::inform(this, tr("The PDF was not saved"), saved.error().message);
}

} // namespace bk
