// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/incidents/SummaryStepWidget.h"

#include "app/agreements/SummaryDocument.h"
#include "app/common/Clock.h"
#include "app/incidents/IncidentDetails.h"
#include "app/incidents/IncidentService.h"
#include "ui/common/StatusPalette.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDesktopServices>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace bk {

SummaryStepWidget::SummaryStepWidget(OpenPractice database, QWidget *parent)
    : StepWidget(database, QStringLiteral("summaryStepWidget"), parent) {
    auto *textBox = new QGroupBox(tr("The summary for the client"), this);
    auto *forClientLabel = new QLabel(tr("What to tell the client (optional):"), textBox);
    m_forClient = new QPlainTextEdit(textBox);
    m_forClient->setObjectName(QStringLiteral("summaryForClientPlainTextEdit"));
    m_forClient->setTabChangesFocus(true);
    m_forClient->setPlaceholderText(
        tr("What you discussed and agreed, in words for the client. Your own note "
           "of the conversation is not put into the letter."));
    m_forClient->setFixedHeight(m_forClient->fontMetrics().lineSpacing() * 4);
    forClientLabel->setBuddy(m_forClient);
    connect(m_forClient, &QPlainTextEdit::textChanged, this, &SummaryStepWidget::forClientChanged);
    m_text = new QPlainTextEdit(textBox);
    m_text->setObjectName(QStringLiteral("summaryTextPlainTextEdit"));
    m_text->setTabChangesFocus(true);
    auto *regenerate = new QPushButton(tr("Draft again"), textBox);
    regenerate->setObjectName(QStringLiteral("redraftSummaryPushButton"));
    regenerate->setToolTip(
        tr("Replace the text with a fresh draft from the conversation record and what to tell the client"));
    connect(regenerate, &QPushButton::clicked, this, &SummaryStepWidget::regenerate);
    m_copy = new QPushButton(tr("Copy"), textBox);
    m_copy->setObjectName(QStringLiteral("copySummaryPushButton"));
    m_copy->setToolTip(tr("Copy the summary to the clipboard, to paste into a message"));
    connect(m_copy, &QPushButton::clicked, this, &SummaryStepWidget::copy);
    m_mail = new QPushButton(tr("Open in mail program"), textBox);
    m_mail->setObjectName(QStringLiteral("mailSummaryPushButton"));
    connect(m_mail, &QPushButton::clicked, this, &SummaryStepWidget::openInMail);
    m_pdf = new QPushButton(tr("Save as PDF"), textBox);
    m_pdf->setObjectName(QStringLiteral("pdfSummaryPushButton"));
    m_pdf->setToolTip(tr("Save the summary with the practice's letterhead as a PDF in the client's folder"));
    connect(m_pdf, &QPushButton::clicked, this, &SummaryStepWidget::savePdf);
    m_pdfSaved = new QLabel(textBox);
    m_pdfSaved->setObjectName(QStringLiteral("summaryPdfLabel"));
    m_pdfSaved->setWordWrap(true);
    m_pdfSaved->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_pdfSaved->setOpenExternalLinks(true);
    m_pdfSaved->setVisible(false);
    auto *buttons = new QHBoxLayout;
    buttons->setObjectName(QStringLiteral("summaryButtonsLayout"));
    buttons->addWidget(regenerate);
    buttons->addStretch(1);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_mail);
    buttons->addWidget(m_pdf);
    auto *textLayout = new QVBoxLayout(textBox);
    textLayout->addWidget(forClientLabel);
    textLayout->addWidget(m_forClient);
    textLayout->addWidget(m_text, 1);
    textLayout->addLayout(buttons);
    textLayout->addWidget(m_pdfSaved);

    auto *recordBox = new QGroupBox(tr("Record it as sent"), this);
    m_recorded = new QLabel(recordBox);
    m_recorded->setObjectName(QStringLiteral("summaryRecordedLabel"));
    m_recorded->setWordWrap(true);
    m_sentAt = makeWhenEdit(recordBox, QStringLiteral("summarySentDateTimeEdit"));
    m_method = new QComboBox(recordBox);
    m_method->setObjectName(QStringLiteral("summaryMethodComboBox"));
    for (SummaryMethod method : {SummaryMethod::Email, SummaryMethod::Clipboard, SummaryMethod::Pdf})
        m_method->addItem(methodLabel(method), SummaryMethods::key(method));
    m_record = new QPushButton(tr("Record as sent"), recordBox);
    m_record->setObjectName(QStringLiteral("recordSummaryPushButton"));
    connect(m_record, &QPushButton::clicked, this, &SummaryStepWidget::record);
    m_sentNote = new QLabel(tr("The text above is kept with the record, exactly as sent."), recordBox);
    setStatusColor(m_sentNote, StatusColors::Status::Muted);
    m_sentNote->setWordWrap(true);
    auto *form = new QFormLayout(recordBox);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_recorded);
    form->addRow(tr("&Sent:"), m_sentAt);
    form->addRow(tr("&How:"), m_method);
    form->addRow(m_sentNote);
    form->addRow(QString(), m_record);

    body()->addWidget(textBox, 1);
    body()->addWidget(recordBox);
}

QString SummaryStepWidget::methodLabel(SummaryMethod method) {
    switch (method) {
    case SummaryMethod::Pdf:
        // A PDF is a file, not a way of sending: say how it reached the client.
        return tr("Printed or attached as a PDF");
    case SummaryMethod::Clipboard:
        return tr("Copied into a message");
    case SummaryMethod::Email:
        break;
    }
    return tr("Email");
}

QUrl SummaryStepWidget::mailtoUrl(const QString &address, const QString &subject, const QString &body) {
    QString crlf = body;
    crlf.replace(QStringLiteral("\r\n"), QStringLiteral("\n"))
        .replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    const QByteArray encoded = QByteArrayLiteral("mailto:") +
                               QUrl::toPercentEncoding(address.trimmed(), "@") +
                               QByteArrayLiteral("?subject=") + QUrl::toPercentEncoding(subject) +
                               QByteArrayLiteral("&body=") + QUrl::toPercentEncoding(crlf);
    return QUrl::fromEncoded(encoded, QUrl::StrictMode);
}

void SummaryStepWidget::showData(const IncidentDetails &detail) {
    if (const LadderStep *step = detail.step(QString::fromLatin1(StepKeys::WrittenSummary)))
        setStepIntro(step->title, step->description);
    m_email = detail.client.email;
    m_subject = tr("Summary of our conversation: %1").arg(detail.boundary.title);
    m_mail->setToolTip(m_email.isEmpty()
                           ? tr("Open a new message in the mail program; the client has no email "
                                "address on record, so add the recipient there")
                           : tr("Open a new message to %1 in the mail program").arg(m_email));
    const bool other = detail.incident.id != m_incidentId;
    m_incidentId = detail.incident.id;
    if (other) {
        m_pdfSaved->setVisible(false);
        const QSignalBlocker blocker(m_forClient);
        m_forClient->clear();
    }
    const bool hadConversation = m_haveConversation;
    m_haveConversation = detail.latestEntry(QString::fromLatin1(StepKeys::Conversation)) != nullptr;
    if (other || m_text->toPlainText().isEmpty() || (m_haveConversation && !hadConversation))
        regenerate();
    const StepEntry *entry = detail.latestEntry(QString::fromLatin1(StepKeys::WrittenSummary));
    const std::optional<SummaryMethod> method = entry ? StepDetails::summaryMethod(*entry) : std::nullopt;
    m_recorded->setText(entry ? tr("Recorded: sent on %1 (%2).")
                                    .arg(dateTimeText(entry->happenedAt),
                                         method ? methodLabel(*method) : tr("method not noted"))
                              : tr("No written summary recorded yet."));
}

void SummaryStepWidget::setRecordingEnabled(bool enabled) {
    m_sentAt->setEnabled(enabled);
    m_method->setEnabled(enabled);
    m_record->setEnabled(enabled);
}

void SummaryStepWidget::regenerate() {
    const Result<QString> text =
        IncidentService(m_db).writtenSummaryText(m_incidentId, m_forClient->toPlainText());
    m_draft = text ? text.value() : QString();
    m_text->setPlainText(m_draft);
    m_text->setPlaceholderText(text ? QString() : text.error().message);
    for (QWidget *action :
         {static_cast<QWidget *>(m_copy), static_cast<QWidget *>(m_mail), static_cast<QWidget *>(m_pdf)})
        action->setEnabled(text.ok());
}

void SummaryStepWidget::forClientChanged() {
    if (m_text->toPlainText() == m_draft)
        regenerate();
}

void SummaryStepWidget::setMethod(SummaryMethod method) {
    m_method->setCurrentIndex(m_method->findData(SummaryMethods::key(method)));
}

void SummaryStepWidget::copy() {
    QApplication::clipboard()->setText(m_text->toPlainText());
    setMethod(SummaryMethod::Clipboard);
}

void SummaryStepWidget::openInMail() {
    if (!QDesktopServices::openUrl(mailtoUrl(m_email, m_subject, m_text->toPlainText()))) {
        showError(
            tr("No mail program could be opened. Copy the summary instead and paste it into a message."));
        return;
    }
    showError(QString());
    setMethod(SummaryMethod::Email);
}

void SummaryStepWidget::savePdf() {
    Result<SummaryDocument> document =
        SummaryDocument::forIncident(m_db, m_incidentId, m_text->toPlainText());
    const Result<QString> saved =
        document ? document.value().saveToClientFolder() : Result<QString>(document.error());
    if (!saved) {
        showError(tr("The PDF was not saved. %1").arg(saved.error().message));
        return;
    }
    showError(QString());
    const QFileInfo file(saved.value());
    m_pdfSaved->setText(tr("Saved as %1 in <a href=\"%2\">the client's folder</a>.")
                            .arg(file.fileName().toHtmlEscaped(),
                                 QUrl::fromLocalFile(file.absolutePath()).toString().toHtmlEscaped()));
    m_pdfSaved->setVisible(true);
    setMethod(SummaryMethod::Pdf);
}

void SummaryStepWidget::record() {
    const SummaryMethod method =
        SummaryMethods::fromKey(m_method->currentData().toString()).value_or(SummaryMethod::Email);
    const Result<qint64> id =
        IncidentService(m_db).recordWrittenSummary(m_incidentId, Clock::fromWallClock(m_sentAt->dateTime()),
                                                   m_text->toPlainText(), method, m_forClient->toPlainText());
    report(id, tr("The written summary was recorded as sent."));
}

} // namespace bk
