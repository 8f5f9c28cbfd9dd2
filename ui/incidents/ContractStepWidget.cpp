// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/incidents/ContractStepWidget.h"

#include "app/agreements/AgreementFiles.h"
#include "app/agreements/ContractDocument.h"
#include "app/agreements/ContractService.h"
#include "app/common/Clock.h"
#include "app/incidents/IncidentDetails.h"
#include "app/incidents/IncidentService.h"
#include "ui/common/FileDialogs.h"
#include "ui/incidents/ContractFormWidget.h"
#include "ui/incidents/ContractSigningDialog.h"
#include "ui/onboarding/SignedDocumentDialog.h"

#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bk {

ContractStepWidget::ContractStepWidget(OpenPractice database, QWidget *parent)
    : StepWidget(database, QStringLiteral("contractStepWidget"), parent) {
    m_proposalLabel = new QLabel(this);
    m_proposalLabel->setObjectName(QStringLiteral("contractProposalLabel"));
    m_proposalLabel->setWordWrap(true);
    m_proposalLabel->setTextFormat(Qt::RichText);
    m_draft = new QPushButton(tr("Draft from the proposal"), this);
    m_draft->setObjectName(QStringLiteral("draftContractPushButton"));
    connect(m_draft, &QPushButton::clicked, this, &ContractStepWidget::draft);
    auto *proposalRow = new QHBoxLayout;
    proposalRow->addWidget(m_proposalLabel, 1);
    proposalRow->addWidget(m_draft, 0, Qt::AlignTop);

    auto *contractBox = new QGroupBox(tr("The contract"), this);
    m_form = new ContractFormWidget(QStringLiteral("contract"), contractBox);
    auto *contractLayout = new QVBoxLayout(contractBox);
    contractLayout->addWidget(m_form);

    auto *recordBox = new QGroupBox(tr("Record the contract"), this);
    m_recorded = new QLabel(recordBox);
    m_recorded->setObjectName(QStringLiteral("contractRecordedLabel"));
    m_recorded->setWordWrap(true);
    m_when = makeWhenEdit(recordBox, QStringLiteral("contractWhenDateTimeEdit"));
    m_note = new QLineEdit(recordBox);
    m_note->setObjectName(QStringLiteral("contractNoteLineEdit"));
    m_note->setPlaceholderText(tr("Optional: how the meeting went"));
    m_record = new QPushButton(tr("Record contract"), recordBox);
    m_record->setObjectName(QStringLiteral("recordContractPushButton"));
    m_record->setToolTip(tr("Record the contract as agreed, without signing it here"));
    connect(m_record, &QPushButton::clicked, this, &ContractStepWidget::record);
    m_sign = new QPushButton(tr("Sign with the client…"), recordBox);
    m_sign->setObjectName(QStringLiteral("signContractDialogPushButton"));
    m_sign->setToolTip(tr("Both sign on screen; the signed PDF is stored, saved to the client's folder and "
                          "recorded on the ladder"));
    connect(m_sign, &QPushButton::clicked, this, [this] { sign(ContractSigningDialog::Mode::Electronic); });
    auto *recordButtons = new QHBoxLayout;
    recordButtons->addWidget(m_record, 1);
    recordButtons->addWidget(m_sign, 1);
    m_paper = new QPushButton(tr("Signed on paper…"), recordBox);
    m_paper->setObjectName(QStringLiteral("paperContractDialogPushButton"));
    m_paper->setToolTip(tr("Print the contract, both sign it by hand, then record the paper original here "
                           "(and a scan of it, if you like)"));
    connect(m_paper, &QPushButton::clicked, this, [this] { sign(ContractSigningDialog::Mode::Paper); });
    recordButtons->addWidget(m_paper, 1);
    m_signedBox = new QWidget(recordBox);
    auto *openCopy = new QPushButton(tr("Open the signed PDF…"), m_signedBox);
    openCopy->setObjectName(QStringLiteral("openSignedContractPushButton"));
    connect(openCopy, &QPushButton::clicked, this, &ContractStepWidget::openSignedCopy);
    auto *saveCopy = new QPushButton(tr("Save PDF…"), m_signedBox);
    saveCopy->setObjectName(QStringLiteral("saveSignedContractPushButton"));
    connect(saveCopy, &QPushButton::clicked, this, &ContractStepWidget::saveSignedCopy);
    auto *printCopy = new QPushButton(tr("Print…"), m_signedBox);
    printCopy->setObjectName(QStringLiteral("printSignedContractPushButton"));
    connect(printCopy, &QPushButton::clicked, this, &ContractStepWidget::printSignedCopy);
    auto *signedLayout = new QHBoxLayout(m_signedBox);
    signedLayout->setContentsMargins(0, 0, 0, 0);
    signedLayout->addWidget(new QLabel(tr("The signed contract:"), m_signedBox));
    signedLayout->addWidget(openCopy);
    signedLayout->addWidget(saveCopy);
    signedLayout->addWidget(printCopy);
    signedLayout->addStretch(1);
    m_signedBox->setVisible(false);
    auto *form = new QFormLayout(recordBox);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_recorded);
    form->addRow(tr("&Agreed:"), m_when);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(QString(), recordButtons);
    form->addRow(QString(), m_signedBox);

    body()->addLayout(proposalRow);
    body()->addWidget(contractBox);
    body()->addWidget(recordBox);
    body()->addStretch(1);
}

QString ContractStepWidget::proposalHtml(const IncidentDetails &detail) {
    if (!detail.proposal)
        return {};
    const ContractProposal &proposal = *detail.proposal;
    const QString rule = proposal.reason == ContractProposal::Reason::RepeatedAfterSummary
                             ? tr("Rule: the same boundary crossed again after a written summary.")
                             : tr("Rule: repeated incidents within the practice's window.");
    QString list;
    for (qint64 id : proposal.incidentIds) {
        const Incident incident = detail.clientIncidents.value(id);
        QString line =
            tr("%1 – %2").arg(dateTimeText(incident.occurredAt),
                              detail.boundaryTitles.value(incident.boundaryKey, incident.boundaryKey));
        if (id == detail.incident.id)
            line = tr("%1 (this incident)").arg(line);
        list += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    }
    return QStringLiteral("<b>%1</b> %2<br>%3<ul style=\"margin-top:2px;\">%4</ul>")
        .arg(tr("A behavioural contract is proposed.").toHtmlEscaped(), proposal.explanation.toHtmlEscaped(),
             rule.toHtmlEscaped(), list);
}

void ContractStepWidget::showData(const IncidentDetails &detail) {
    if (const LadderStep *step = detail.step(QString::fromLatin1(StepKeys::BehaviouralContract)))
        setStepIntro(step->title, step->description);
    const bool other = detail.incident.id != m_incidentId;
    m_incidentId = detail.incident.id;
    m_clientId = detail.incident.clientId;
    if (detail.proposal) {
        m_proposal = *detail.proposal;
        m_proposalLabel->setText(tr("<b>Proposed:</b> %1").arg(detail.proposal->explanation.toHtmlEscaped()));
        m_draft->setText(tr("Draft from the proposal"));
    } else {
        // Without a proposal a contract can still be written; the draft then comes from this incident alone.
        m_proposal = ContractProposal{ContractProposal::Reason::ManyIncidents,
                                      detail.incident.boundaryKey,
                                      {detail.incident.id},
                                      QString()};
        // The ladder may call for one where the recurrence rules do not: goals that were not met.
        const QString key = QString::fromLatin1(StepKeys::BehaviouralContract);
        const QString client = detail.client.displayName().toHtmlEscaped();
        m_proposalLabel->setText(
            detail.isStepDueNext(key)
                ? tr("<b>Next on the ladder:</b> the behaviour continued, so a contract with %1 is the next "
                     "step for this incident.")
                      .arg(client)
                : tr("The practice's rules do not call for a contract with %1 at the moment. "
                     "You can still write one if the behaviour continues.")
                      .arg(client));
        m_draft->setText(tr("Draft from this incident"));
    }
    const StepEntry *entry = detail.latestEntry(QString::fromLatin1(StepKeys::BehaviouralContract));
    if (entry) {
        const BehaviouralContract contract = StepDetails::contract(*entry);
        m_recorded->setText(contract.status == ContractStatus::Signed
                                ? tr("Signed by both on %1; review on %2.")
                                      .arg(dateTimeText(entry->happenedAt), dateText(contract.reviewDate))
                                : tr("Recorded: agreed on %1, review on %2; not signed here.")
                                      .arg(dateTimeText(entry->happenedAt), dateText(contract.reviewDate)));
        m_signedDocumentId = contract.status == ContractStatus::Signed ? contract.documentId : QString();
        // A signed contract's form is its record: the date it was agreed and signed, not today.
        if (!m_signedDocumentId.isEmpty()) {
            m_when->setDateTime(Clock::toWallClock(entry->happenedAt));
            m_note->setText(entry->note);
        }
    } else {
        m_recorded->setText(tr("No behavioural contract recorded yet."));
        m_signedDocumentId.clear();
    }
    m_signedBox->setVisible(!m_signedDocumentId.isEmpty());
    updateEnabled();
    if (other || !m_loaded) {
        m_loaded = true;
        if (entry)
            m_form->setContract(StepDetails::contract(*entry));
        else if (detail.proposal)
            draft();
        else
            m_form->setContract(BehaviouralContract{});
    }
}

void ContractStepWidget::setRecordingEnabled(bool enabled) {
    m_recordingEnabled = enabled;
    updateEnabled();
}

void ContractStepWidget::updateEnabled() {
    // A contract both signed is the record: shown as it was signed, with nothing left to record or sign.
    const bool isSigned = !m_signedDocumentId.isEmpty();
    const bool editable = m_recordingEnabled && !isSigned;
    m_form->setReadOnly(!editable);
    for (QWidget *widget : std::initializer_list<QWidget *>{m_draft, m_when, m_note})
        widget->setEnabled(editable);
    for (QWidget *widget : std::initializer_list<QWidget *>{m_record, m_sign, m_paper}) {
        widget->setEnabled(editable);
        widget->setVisible(!isSigned);
    }
}

void ContractStepWidget::draft() {
    const Result<BehaviouralContract> contract = IncidentService(m_db).draftContract(m_clientId, m_proposal);
    if (contract)
        m_form->setContract(contract.value());
    showError(contract ? QString() : tr("No contract could be drafted. %1").arg(contract.error().message));
}

void ContractStepWidget::record() {
    const BehaviouralContract contract = m_form->contract();
    const Result<qint64> id = IncidentService(m_db).recordContract(
        m_incidentId, Clock::fromWallClock(m_when->dateTime()), m_note->text(), contract);
    if (report(id, tr("The behavioural contract was recorded.")))
        m_note->clear();
}

void ContractStepWidget::sign(ContractSigningDialog::Mode mode) {
    ContractSigningDialog dialog(m_db, m_incidentId, m_form->contract(), mode, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    report(QString(),
           tr("The behavioural contract was signed by both and saved as %1.").arg(dialog.savedPath()));
}

std::optional<Contract> ContractStepWidget::signedContract() {
    const ContractService contracts(m_db);
    const Result<std::optional<ContractSummary>> found = contracts.findByDocumentId(m_signedDocumentId);
    Result<Contract> contract =
        found && found.value() ? contracts.get(found.value()->id)
        : found                ? Result<Contract>(
                      Error{Error::Kind::NotFound, tr("The signed contract is not in the database.")})
                : Result<Contract>(found.error());
    if (!contract) {
        showError(tr("The signed contract could not be read. %1").arg(contract.error().message));
        return std::nullopt;
    }
    showError(QString());
    return std::move(contract).value();
}

void ContractStepWidget::openSignedCopy() {
    if (const std::optional<Contract> contract = signedContract()) {
        SignedDocumentDialog dialog(*contract, this);
        dialog.exec();
    }
}

void ContractStepWidget::saveSignedCopy() {
    const std::optional<Contract> contract = signedContract();
    if (!contract)
        return;
    const QString path =
        FileDialogs::saveFile(this, QStringLiteral("contractPdfFileDialog"), tr("Save the signed contract"),
                              AgreementFiles::defaultFileName(*contract), {tr("PDF files (*.pdf)")});
    if (path.isEmpty())
        return;
    if (const Status saved = AgreementFiles::savePdf(contract->pdf, path); !saved)
        showError(tr("The PDF was not saved. %1").arg(saved.error().message));
}

void ContractStepWidget::printSignedCopy() {
    const std::optional<Contract> contract = signedContract();
    if (!contract)
        return;
    const ContractDocument document(*contract);
    printDocument(this, document.title(), [&document] { return document.textDocument(); });
}

} // namespace bk
