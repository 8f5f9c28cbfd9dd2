// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/incidents/ContractSigningDialog.h"

#include "app/agreements/AgreementFiles.h"
#include "app/agreements/ContractDocument.h"
#include "app/agreements/ContractService.h"
#include "app/common/Clock.h"
#include "app/common/OpenPractice.h"
#include "ui/common/MessageBox.h"
#include "ui/common/ScanAttachmentWidget.h"
#include "ui/common/SignaturePadWidget.h"
#include "ui/common/StatusPalette.h"
#include "ui/help/ContextHelp.h"
#include "ui/incidents/StepWidget.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace bk {

ContractSigningDialog::ContractSigningDialog(OpenPractice database, qint64 incidentId,
                                             const BehaviouralContract &content, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_db(database)
    , m_mode(mode) {
    setObjectName(QStringLiteral("contractSigningDialog"));
    ContextHelp::setTopic(this, HelpTopic::EscalationLadder);
    setWindowTitle(mode == Mode::Paper ? tr("Record the contract signed on paper")
                                       : tr("Sign the behavioural contract"));

    Result<std::optional<Contract>> draft = ContractService(database).draftFor(incidentId);
    Result<Contract> started = draft && draft.value() ? Result<Contract>(*draft.value())
                                                      : ContractService(database).start(incidentId, content);
    if (!draft)
        started = draft.error();
    if (started) {
        m_contract = started.value();
        // What the practitioner has just edited is what is signed, also when a draft is resumed.
        m_contract.content = content;
        m_ready = true;
    } else {
        m_problem = started.error().message;
    }

    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("contractTextBrowser"));
    m_text->setAccessibleName(tr("The contract"));
    if (m_ready) {
        m_preview = ContractDocument(m_contract, ContractDocument::Copy::UnsignedForPaper).textDocument();
        m_text->setDocument(m_preview.get());
    }

    m_intent = new QPlainTextEdit(m_contract.intentText, this);
    m_intent->setObjectName(QStringLiteral("contractIntentPlainTextEdit"));
    m_intent->setTabChangesFocus(true);
    m_intent->setFixedHeight(m_intent->fontMetrics().lineSpacing() * 3 + 12);
    m_consent = new QCheckBox(tr("The client consents to signing electronically:"), this);
    m_consent->setObjectName(QStringLiteral("contractConsentCheckBox"));
    m_consent->setChecked(m_contract.consentGiven);
    auto *consentText = new QLabel(m_contract.consentText, this);
    consentText->setWordWrap(true);
    setStatusColor(consentText, StatusColors::Status::Muted);

    m_clientPad = new SignaturePadWidget(this);
    m_clientPad->setObjectName(QStringLiteral("clientSignaturePadWidget"));
    m_clientPad->setSignerName(m_contract.clientName);
    m_practitionerPad = new SignaturePadWidget(this);
    m_practitionerPad->setObjectName(QStringLiteral("practitionerSignaturePadWidget"));
    m_practitionerPad->setSignerName(m_contract.defaultPractitionerName());
    m_practitionerName = new QLineEdit(m_contract.defaultPractitionerName(), this);
    m_practitionerName->setObjectName(QStringLiteral("practitionerNameLineEdit"));
    m_practitionerName->setPlaceholderText(tr("Who countersigns for the practice"));
    connect(m_practitionerName, &QLineEdit::textChanged, m_practitionerPad,
            [this](const QString &name) { m_practitionerPad->setSignerName(name.trimmed()); });
    if (m_contract.clientSignature)
        m_clientPad->setSignature(*m_contract.clientSignature);
    if (m_contract.practitionerSignature)
        m_practitionerPad->setSignature(*m_contract.practitionerSignature);
    // Each signature is dated when it was (last) given, as on the agreement.
    connect(m_clientPad, &SignaturePadWidget::changed, this, [this] { m_clientSignedAt = Clock::nowUtc(); });
    connect(m_practitionerPad, &SignaturePadWidget::changed, this,
            [this] { m_practitionerSignedAt = Clock::nowUtc(); });
    // Signing needs the client's consent first, as for the agreement.
    const auto updatePads = [this] {
        m_clientPad->setReadOnly(!m_consent->isChecked());
        m_practitionerPad->setReadOnly(!m_consent->isChecked());
    };
    connect(m_consent, &QCheckBox::toggled, this, updatePads);
    updatePads();

    auto *pads = new QHBoxLayout;
    for (auto [pad, title] : {std::pair{m_clientPad, tr("The client signs")},
                              std::pair{m_practitionerPad, tr("The practitioner countersigns")}}) {
        auto *box = new QGroupBox(title, this);
        auto *boxLayout = new QVBoxLayout(box);
        if (pad == m_practitionerPad && mode == Mode::Electronic) {
            auto *nameRow = new QHBoxLayout;
            auto *nameLabel = new QLabel(tr("&Name:"), box);
            nameLabel->setBuddy(m_practitionerName);
            nameRow->addWidget(nameLabel);
            nameRow->addWidget(m_practitionerName, 1);
            boxLayout->addLayout(nameRow);
        }
        boxLayout->addWidget(pad);
        pads->addWidget(box);
    }

    m_error = StepWidget::makeErrorLabel(this, QStringLiteral("contractSigningErrorLabel"));
    m_error->setText(m_problem.isEmpty() ? QString()
                                         : tr("The contract cannot be prepared. %1").arg(m_problem));
    m_error->setVisible(!m_problem.isEmpty());

    // Built before the buttons, so Tab reaches its fields before them.
    QWidget *paper = mode == Mode::Paper ? buildPaper() : nullptr;
    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("contractSigningButtonBox"));
    QPushButton *sign =
        buttons->addButton(mode == Mode::Paper ? tr("Record and save PDF") : tr("Sign and save PDF"),
                           QDialogButtonBox::AcceptRole);
    sign->setObjectName(QStringLiteral("signContractPushButton"));
    sign->setEnabled(m_ready && !database.isReadOnly());
    QPushButton *later = buttons->addButton(tr("Keep as draft"), QDialogButtonBox::RejectRole);
    later->setObjectName(QStringLiteral("keepContractDraftPushButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ContractSigningDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ContractSigningDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    auto *intentLabel = new QLabel(tr("Statement of in&tent:"), this);
    intentLabel->setBuddy(m_intent);
    layout->addWidget(intentLabel);
    layout->addWidget(m_intent);
    // The consent and the pads belong to signing on screen; paper has its own record.
    auto *electronic = new QWidget(this);
    auto *electronicLayout = new QVBoxLayout(electronic);
    electronicLayout->setContentsMargins(0, 0, 0, 0);
    electronicLayout->addWidget(m_consent);
    electronicLayout->addWidget(consentText);
    electronicLayout->addLayout(pads);
    electronic->setVisible(mode == Mode::Electronic);
    layout->addWidget(paper ? paper : electronic);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(900, 760);
}

ContractSigningDialog::~ContractSigningDialog() = default;

QWidget *ContractSigningDialog::buildPaper() {
    auto *page = new QWidget(this);
    auto *explanation =
        new QLabel(tr("Print the contract with blank signature lines, sign it together by hand "
                      "and keep the paper original. Boundary Keeper records that the original "
                      "exists and, if you like, a scan of it."),
                   page);
    explanation->setWordWrap(true);
    auto *print = new QPushButton(tr("P&rint unsigned copy…"), page);
    print->setObjectName(QStringLiteral("printUnsignedContractPushButton"));
    connect(print, &QPushButton::clicked, this, &ContractSigningDialog::printUnsignedCopy);

    m_paperOriginal = new QCheckBox(
        tr("Both have &signed the printed copy, and the practice keeps the paper original"), page);
    m_paperOriginal->setObjectName(QStringLiteral("contractPaperOriginalCheckBox"));
    m_paperOriginal->setChecked(m_contract.signingMode == SigningMode::Paper && m_contract.consentGiven);
    m_paperDate = new QDateEdit(Clock::todayLocal(), page);
    m_paperDate->setObjectName(QStringLiteral("contractPaperDateEdit"));
    m_paperDate->setCalendarPopup(true);
    m_paperDate->setMaximumDate(Clock::todayLocal());
    m_paperNote = new QLineEdit(page);
    m_paperNote->setObjectName(QStringLiteral("contractPaperNoteLineEdit"));
    m_paperNote->setPlaceholderText(
        tr("Where the original is kept, e.g. the client file in the office cabinet"));
    m_scan = new ScanAttachmentWidget(QStringLiteral("attachContractScanFileDialog"), page);
    if (m_contract.clientSignature && m_contract.clientSignature->method == SignatureMethod::Paper) {
        m_paperNote->setText(m_contract.clientSignature->paperNote);
        m_paperDate->setDate(Clock::toLocal(m_contract.clientSignature->signedAt).date());
        m_scan->setScan(m_contract.clientSignature->scan, m_contract.clientSignature->scanMime);
    }

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Signed &on:"), m_paperDate);
    form->addRow(tr("&Countersigned by:"), m_practitionerName);
    form->addRow(tr("Original &kept:"), m_paperNote);
    form->addRow(tr("Scan (optional):"), m_scan);
    // The name field was made before this form: Tab takes it in the form's order.
    setTabOrder(m_paperDate, m_practitionerName);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(explanation);
    layout->addWidget(print, 0, Qt::AlignLeft);
    layout->addWidget(m_paperOriginal);
    layout->addLayout(form);
    return page;
}

void ContractSigningDialog::printUnsignedCopy() {
    const ContractDocument document(current(), ContractDocument::Copy::UnsignedForPaper);
    StepWidget::printDocument(this, document.title(), [&document] { return document.textDocument(); });
}

void ContractSigningDialog::addPaperSignatures(Contract &contract) const {
    const QDate day = m_paperDate->date();
    // A day in the past is dated at noon on the practice's clock; today at the moment of recording.
    const QDateTime at =
        day == Clock::todayLocal() ? Clock::nowUtc() : Clock::fromWallClock(QDateTime(day, QTime(12, 0)));
    Signature client = Signature::paper(contract.clientName, at, m_paperNote->text());
    client.scan = m_scan->scan();
    client.scanMime = m_scan->mime();
    contract.clientSignature = client;
    contract.practitionerSignature =
        Signature::paper(m_practitionerName->text().trimmed(), at, m_paperNote->text());
}

Contract ContractSigningDialog::current() const {
    Contract contract = m_contract;
    const bool paper = m_mode == Mode::Paper;
    contract.signingMode = paper ? SigningMode::Paper : SigningMode::Electronic;
    contract.consentGiven = paper ? m_paperOriginal->isChecked() : m_consent->isChecked();
    contract.intentText = m_intent->toPlainText().trimmed();
    contract.clientSignature.reset();
    contract.practitionerSignature.reset();
    if (paper) {
        if (contract.consentGiven)
            addPaperSignatures(contract);
    } else if (contract.consentGiven) {
        const QDateTime now = Clock::nowUtc();
        if (!m_clientPad->isEmpty())
            contract.clientSignature =
                m_clientPad->signature(m_clientSignedAt.isValid() ? m_clientSignedAt : now);
        if (!m_practitionerPad->isEmpty())
            contract.practitionerSignature =
                m_practitionerPad->signature(m_practitionerSignedAt.isValid() ? m_practitionerSignedAt : now);
    }
    contract.events.removeIf([](const AgreementEvent &event) {
        return event.kind == AgreementEvents::consentGiven() ||
               event.kind == AgreementEvents::paperChosen() ||
               event.kind == AgreementEvents::signedByClient() ||
               event.kind == AgreementEvents::countersigned();
    });
    if (paper)
        contract.events.append({Clock::nowUtc(), AgreementEvents::paperChosen(), {}});
    else if (contract.consentGiven)
        contract.events.append({Clock::nowUtc(), AgreementEvents::consentGiven(), {}});
    if (contract.clientSignature)
        contract.events.append({contract.clientSignature->signedAt, AgreementEvents::signedByClient(), {}});
    if (contract.practitionerSignature)
        contract.events.append(
            {contract.practitionerSignature->signedAt, AgreementEvents::countersigned(), {}});
    return contract;
}

void ContractSigningDialog::accept() {
    if (!m_ready || m_db.isReadOnly())
        return;
    const ContractService service(m_db);
    const Contract contract = current();
    if (const QStringList problems = service.problemsForSigning(contract); !problems.isEmpty()) {
        m_error->setText(tr("Not signed yet. %1").arg(problems.join(QLatin1Char(' '))));
        m_error->setVisible(true);
        return;
    }
    const Result<Contract> signedContract = service.finalise(contract);
    if (!signedContract) {
        m_error->setText(tr("Nothing was signed. %1").arg(signedContract.error().message));
        m_error->setVisible(true);
        return;
    }
    // The contract is stored and on the ladder now; the file is the client's copy to send or print.
    const Result<QString> folder =
        AgreementFiles::defaultFolder(signedContract.value().clientId, signedContract.value().clientName);
    const QString path =
        folder ? QDir(folder.value()).filePath(AgreementFiles::defaultFileName(signedContract.value()))
               : QString();
    const Status saved =
        folder ? AgreementFiles::savePdf(signedContract.value().pdf, path) : Status(folder.error());
    m_savedPath = saved ? path : QString();
    if (!saved) {
        m_error->setText(
            tr("The contract is signed and stored, but its PDF could not be saved to the client's "
               "folder. %1 Save a copy from the contract step.")
                .arg(saved.error().message));
        m_error->setVisible(true);
        m_ready = false;
        return;
    }
    QDialog::accept();
}

void ContractSigningDialog::reject() {
    if (m_ready && !m_db.isReadOnly()) {
        Contract draft = current();
        if (const Status kept = ContractService(m_db).saveDraft(draft); !kept)
            MessageBox::inform(this, tr("Draft not kept"),
                               tr("The contract draft could not be kept; signing starts afresh next time. %1")
                                   .arg(kept.error().message),
                               MessageBox::Kind::Warning);
    }
    QDialog::reject();
}

} // namespace bk
