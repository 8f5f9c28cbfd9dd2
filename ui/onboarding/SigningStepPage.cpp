// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/onboarding/SigningStepPage.h"

#include "app/agreements/AgreementService.h"
#include "app/common/Clock.h"
#include "ui/common/MessageBox.h"
#include "ui/common/PdfPreviewWidget.h"
#include "ui/common/ScanAttachmentWidget.h"
#include "ui/common/SignaturePadWidget.h"
#include "ui/onboarding/OnboardingWizard.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace bk {

SigningStepPage::SigningStepPage(OnboardingWizard *wizard)
    : OnboardingPage(wizard, tr("Consent and signatures"),
                     tr("Read the statement of intent together, then both sign: on screen, or on a printed "
                        "copy. The agreement cannot be finished until both of you have signed."))
    , m_stack(new QStackedWidget(this)) {
    setObjectName(QStringLiteral("signingStepPage"));

    m_electronic = new QRadioButton(tr("Sign on &screen"), this);
    m_electronic->setObjectName(QStringLiteral("electronicRadioButton"));
    m_electronic->setWhatsThis(
        tr("Both sign here on the screen, with a mouse, pen or finger, or by typing their full name."));
    m_paper = new QRadioButton(tr("Sign on &paper instead"), this);
    m_paper->setObjectName(QStringLiteral("paperRadioButton"));
    m_paper->setWhatsThis(
        tr("Print the unsigned agreement, both sign it by hand, and the practice keeps the paper original."));
    auto *group = new QButtonGroup(this);
    group->addButton(m_electronic);
    group->addButton(m_paper);
    m_electronic->setChecked(true);
    connect(m_paper, &QRadioButton::toggled, this, [this](bool paper) {
        m_stack->setCurrentIndex(paper ? 1 : 0);
        if (paper)
            recordOnce(AgreementEvents::paperChosen());
        Q_EMIT completeChanged();
    });
    auto *modeRow = new QHBoxLayout;
    modeRow->addWidget(m_electronic);
    modeRow->addSpacing(16);
    modeRow->addWidget(m_paper);
    modeRow->addStretch(1);

    m_intent = new QPlainTextEdit(this);
    m_intent->setObjectName(QStringLiteral("intentPlainTextEdit"));
    m_intent->setWhatsThis(
        tr("What both of you mean by signing. Read it together before signing; it is printed above the "
           "signatures."));
    m_intent->setTabChangesFocus(true);
    m_intent->setFixedHeight(fontMetrics().height() * 4 + 10);
    connect(m_intent, &QPlainTextEdit::textChanged, this, &QWizardPage::completeChanged);
    auto *intentLabel = new QLabel(tr("Statement of &intent:"), this);
    intentLabel->setBuddy(m_intent);

    // Both ways of signing name the practitioner who countersigns.
    m_practitioner = new QComboBox(this);
    m_practitioner->setObjectName(QStringLiteral("practitionerComboBox"));
    m_practitioner->setWhatsThis(tr(
        "The practitioner who countersigns for the practice, named on the agreement and its evidence page."));
    m_practitioner->setEditable(true);
    m_practitioner->setInsertPolicy(QComboBox::NoInsert);
    m_practitioner->setToolTip(tr("Who countersigns for the practice"));
    m_practitioner->setMinimumContentsLength(24);
    connect(m_practitioner, &QComboBox::currentTextChanged, this, &QWizardPage::completeChanged);
    auto *nameRow = new QFormLayout;
    nameRow->setContentsMargins(0, 4, 0, 0);
    nameRow->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    nameRow->addRow(tr("Co&untersigned for the practice by:"), m_practitioner);

    m_stack->setObjectName(QStringLiteral("signingModeStackedWidget"));
    m_stack->addWidget(buildElectronic());
    m_stack->addWidget(buildPaper());

    contentLayout()->addLayout(modeRow);
    contentLayout()->addWidget(intentLabel);
    contentLayout()->addWidget(m_intent);
    contentLayout()->addLayout(nameRow);
    contentLayout()->addWidget(m_stack, 1);
}

QWidget *SigningStepPage::buildElectronic() {
    auto *page = new QWidget(this);
    m_consent = new QCheckBox(tr("The client &consents to sign electronically:"), page);
    m_consent->setObjectName(QStringLiteral("consentCheckBox"));
    m_consent->setWhatsThis(
        tr("Tick once the client agrees to sign electronically. The consent text says whom to ask for a "
           "free paper copy or to withdraw consent."));
    connect(m_consent, &QCheckBox::toggled, this, [this](bool consent) {
        if (consent)
            recordOnce(AgreementEvents::consentGiven());
        Q_EMIT completeChanged();
    });
    m_consentText = new QLabel(page);
    m_consentText->setObjectName(QStringLiteral("consentTextLabel"));
    m_consentText->setWordWrap(true);
    m_consentText->setContentsMargins(22, 0, 0, 4);
    QFont italic = m_consentText->font();
    italic.setItalic(true);
    m_consentText->setFont(italic);

    m_clientPad = new SignaturePadWidget(page);
    m_clientPad->setObjectName(QStringLiteral("clientSignaturePadWidget"));
    connect(m_clientPad, &SignaturePadWidget::changed, this, [this] {
        m_clientSignedAt = Clock::nowUtc();
        Q_EMIT completeChanged();
    });
    m_practitionerPad = new SignaturePadWidget(page);
    m_practitionerPad->setObjectName(QStringLiteral("practitionerSignaturePadWidget"));
    connect(m_practitionerPad, &SignaturePadWidget::changed, this, [this] {
        m_practitionerSignedAt = Clock::nowUtc();
        Q_EMIT completeChanged();
    });
    connect(m_practitioner, &QComboBox::currentTextChanged, m_practitionerPad,
            &SignaturePadWidget::setSignerName);

    // Until the client has consented, nothing can be signed on screen.
    const auto enablePads = [this] {
        m_clientPad->setEnabled(m_consent->isChecked());
        m_practitionerPad->setEnabled(m_consent->isChecked());
    };
    connect(m_consent, &QCheckBox::toggled, this, enablePads);
    enablePads();

    auto *clientBox = new QGroupBox(tr("The client signs"), page);
    clientBox->setObjectName(QStringLiteral("clientSignatureGroupBox"));
    auto *clientLayout = new QVBoxLayout(clientBox);
    clientLayout->addWidget(m_clientPad);
    auto *practitionerBox = new QGroupBox(tr("The practitioner countersigns"), page);
    practitionerBox->setObjectName(QStringLiteral("practitionerSignatureGroupBox"));
    auto *practitionerLayout = new QVBoxLayout(practitionerBox);
    practitionerLayout->addWidget(m_practitionerPad);

    auto *pads = new QHBoxLayout;
    pads->addWidget(clientBox, 1);
    pads->addWidget(practitionerBox, 1);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_consent);
    layout->addWidget(m_consentText);
    layout->addLayout(pads);
    layout->addStretch(1);
    return page;
}

QWidget *SigningStepPage::buildPaper() {
    auto *page = new QWidget(this);
    auto *explanation = new QLabel(
        tr("Print the agreement with blank signature lines, sign it together by hand, and keep the "
           "paper original. Boundary Keeper records that the original exists and, if you like, a "
           "scan of it."),
        page);
    explanation->setWordWrap(true);

    auto *print = new QPushButton(tr("P&rint unsigned copy…"), page);
    print->setObjectName(QStringLiteral("printUnsignedPushButton"));
    print->setIcon(QIcon::fromTheme(QStringLiteral("document-print")));
    connect(print, &QPushButton::clicked, this, &SigningStepPage::printUnsignedCopy);
    auto *save = new QPushButton(tr("Save unsigned cop&y…"), page);
    save->setObjectName(QStringLiteral("saveUnsignedPushButton"));
    save->setIcon(QIcon::fromTheme(QStringLiteral("document-save-as")));
    connect(save, &QPushButton::clicked, this, &SigningStepPage::saveUnsignedCopy);
    auto *printRow = new QHBoxLayout;
    printRow->addWidget(print);
    printRow->addWidget(save);
    printRow->addStretch(1);

    m_paperOriginal = new QCheckBox(
        tr("Both have &signed the printed copy, and the practice keeps the paper original"), page);
    m_paperOriginal->setObjectName(QStringLiteral("paperOriginalCheckBox"));
    m_paperOriginal->setWhatsThis(
        tr("Tick once both of you have signed the printed copy; the agreement then records that the practice "
           "keeps the original."));
    connect(m_paperOriginal, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    m_paperNote = new QLineEdit(page);
    m_paperNote->setObjectName(QStringLiteral("paperNoteLineEdit"));
    m_paperNote->setWhatsThis(tr("Where the signed original is kept, so it can be found when it is needed."));
    m_paperNote->setPlaceholderText(
        tr("Where the original is kept, e.g. the client file in the office cabinet"));

    m_scan = new ScanAttachmentWidget(QStringLiteral("attachScanFileDialog"), page);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Original &kept:"), m_paperNote);
    form->addRow(tr("Scan (optional):"), m_scan);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(explanation);
    layout->addLayout(printRow);
    layout->addSpacing(8);
    layout->addWidget(m_paperOriginal);
    layout->addLayout(form);
    layout->addStretch(1);
    return page;
}

void SigningStepPage::initializePage() {
    OnboardingPage::initializePage();
    if (!onboarding()->hasAgreement())
        return;
    const Agreement &agreement = onboarding()->agreement();
    if (m_shownClientId != agreement.clientId) {
        // A different client (or the first visit): start from what the agreement holds.
        m_shownClientId = agreement.clientId;
        const bool paper = agreement.signingMode == SigningMode::Paper;
        (paper ? m_paper : m_electronic)->setChecked(true);
        m_consent->setChecked(!paper && agreement.consentGiven);
        m_paperOriginal->setChecked(paper && agreement.consentGiven);
        m_intent->setPlainText(agreement.intentText);
        m_consentText->setText(agreement.consentText);
        m_clientPad->clear();
        m_practitionerPad->clear();
        m_clientPad->setMode(SignaturePadWidget::Mode::Draw);
        m_practitionerPad->setMode(SignaturePadWidget::Mode::Draw);
        m_scan->setScan({}, {});
        m_paperNote->clear();
        if (agreement.clientSignature && agreement.clientSignature->method == SignatureMethod::Paper) {
            m_paperNote->setText(agreement.clientSignature->paperNote);
            m_scan->setScan(agreement.clientSignature->scan, agreement.clientSignature->scanMime);
        }
        m_practitioner->clear();
        for (const Practitioner &practitioner : agreement.terms.practitioners)
            m_practitioner->addItem(practitioner.name);
    }
    m_clientPad->setSignerName(agreement.clientName);
    m_practitionerPad->setSignerName(practitionerName());
}

bool SigningStepPage::isPaper() const {
    return m_paper->isChecked();
}

QString SigningStepPage::practitionerName() const {
    return m_practitioner->currentText().trimmed();
}

bool SigningStepPage::isComplete() const {
    if (m_intent->toPlainText().trimmed().isEmpty() || practitionerName().isEmpty())
        return false;
    if (isPaper())
        return m_paperOriginal->isChecked();
    return m_consent->isChecked() && !m_clientPad->isEmpty() && !m_practitionerPad->isEmpty();
}

void SigningStepPage::recordOnce(const QString &kind) {
    if (!onboarding()->hasAgreement())
        return;
    Agreement &agreement = onboarding()->agreement();
    const bool recorded = std::any_of(agreement.events.cbegin(), agreement.events.cend(),
                                      [&kind](const AgreementEvent &event) { return event.kind == kind; });
    if (!recorded)
        agreement.addEvent(kind);
}

void SigningStepPage::store() {
    if (!onboarding()->hasAgreement())
        return;
    Agreement &agreement = onboarding()->agreement();
    agreement.signingMode = isPaper() ? SigningMode::Paper : SigningMode::Electronic;
    agreement.consentGiven = isPaper() ? m_paperOriginal->isChecked() : m_consent->isChecked();
    agreement.intentText = m_intent->toPlainText().trimmed();
    agreement.clientSignature.reset();
    agreement.practitionerSignature.reset();
    if (isPaper()) {
        if (m_paperOriginal->isChecked()) {
            const QDateTime now = Clock::nowUtc();
            Signature client = Signature::paper(agreement.clientName, now, m_paperNote->text());
            client.scan = m_scan->scan();
            client.scanMime = m_scan->mime();
            agreement.clientSignature = client;
            agreement.practitionerSignature = Signature::paper(practitionerName(), now, m_paperNote->text());
        }
    } else if (m_consent->isChecked()) {
        if (!m_clientPad->isEmpty())
            agreement.clientSignature = m_clientPad->signature(m_clientSignedAt);
        if (!m_practitionerPad->isEmpty())
            agreement.practitionerSignature = m_practitionerPad->signature(m_practitionerSignedAt);
    }
    // The timeline shows each signature once, at the moment it was (last) given.
    agreement.events.removeIf([](const AgreementEvent &event) {
        return event.kind == AgreementEvents::signedByClient() ||
               event.kind == AgreementEvents::countersigned();
    });
    if (agreement.clientSignature)
        agreement.events.append({agreement.clientSignature->signedAt, AgreementEvents::signedByClient(), {}});
    if (agreement.practitionerSignature)
        agreement.events.append(
            {agreement.practitionerSignature->signedAt, AgreementEvents::countersigned(), {}});
}

std::optional<QByteArray> SigningStepPage::unsignedCopy(const QString &failureTitle) {
    store();
    Result<QByteArray> pdf =
        AgreementService(onboarding()->database()).unsignedCopy(onboarding()->agreement());
    if (!pdf) {
        MessageBox::inform(this, failureTitle, pdf.error().message);
        return std::nullopt;
    }
    return std::move(pdf).value();
}

void SigningStepPage::printUnsignedCopy() {
    if (const std::optional<QByteArray> pdf = unsignedCopy(tr("The copy cannot be printed")))
        PdfPrinting::preview(
            *pdf, tr("Boundary agreement – %1 (unsigned)").arg(onboarding()->agreement().clientName), this);
}

void SigningStepPage::saveUnsignedCopy() {
    if (const std::optional<QByteArray> pdf = unsignedCopy(tr("The copy cannot be saved")))
        onboarding()->savePdfAs(*pdf, true);
}

} // namespace bk
