// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/practitioner/AvailabilityDialog.h"

#include "app/agreements/SummaryDocument.h"
#include "app/common/Clock.h"
#include "ui/common/NoticeBar.h"
#include "ui/common/StatusPalette.h"
#include "ui/help/ContextHelp.h"
#include "ui/incidents/SummaryStepWidget.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace bk {

namespace {

QString dueLine(const DueInPeriod &due) {
    const QString day = QLocale().toString(due.due, QLocale::ShortFormat);
    QString line;
    switch (due.kind) {
    case DueKind::ContractReview:
        line = AvailabilityDialog::tr("contract review on %1").arg(day);
        break;
    case DueKind::Goal:
        line = AvailabilityDialog::tr("goal due on %1").arg(day);
        break;
    case DueKind::FollowUp:
        line = AvailabilityDialog::tr("follow-up on %1").arg(day);
        break;
    }
    return due.movedTo.isValid() ? AvailabilityDialog::tr("%1, moved to %2")
                                       .arg(line, QLocale().toString(due.movedTo, QLocale::ShortFormat))
                                 : line;
}

} // namespace

AvailabilityDialog::AvailabilityDialog(OpenPractice database, QWidget *parent)
    : QDialog(parent)
    , m_db(database)
    , m_service(database) {
    setObjectName(QStringLiteral("availabilityDialog"));
    ContextHelp::setTopic(this, HelpTopic::Reflection);
    setWindowTitle(tr("Reduced availability"));
    auto *intro =
        new QLabel(tr("When something personal affects your work, tell the clients concerned in good "
                      "time what changes for them and whom to contact — without the personal detail."),
                   this);
    intro->setWordWrap(true);
    m_problem = new NoticeBar(this);
    m_problem->setObjectName(QStringLiteral("availabilityProblemNoticeBar"));
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(buildPeriod());
    splitter->addWidget(buildClients());
    splitter->setStretchFactor(1, 2);
    // After the fields, so Tab (and the focus on opening) reaches them first.
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_problem);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(980, 620);
    loadPeriods(0);
}

QWidget *AvailabilityDialog::buildPeriod() {
    auto *box = new QGroupBox(tr("The period"), this);
    m_periods = new QComboBox(box);
    m_periods->setObjectName(QStringLiteral("availabilityPeriodComboBox"));
    connect(m_periods, &QComboBox::currentIndexChanged, this, &AvailabilityDialog::showPeriod);
    const QDate today = Clock::todayLocal();
    m_from = new QDateEdit(today, box);
    m_from->setObjectName(QStringLiteral("availabilityFromDateEdit"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(today.addDays(6), box);
    m_to->setObjectName(QStringLiteral("availabilityToDateEdit"));
    m_to->setCalendarPopup(true);
    m_noSessions = new QCheckBox(tr("&No sessions"), box);
    m_noSessions->setObjectName(QStringLiteral("noSessionsCheckBox"));
    m_slowerReplies = new QCheckBox(tr("S&lower replies to messages"), box);
    m_slowerReplies->setObjectName(QStringLiteral("slowerRepliesCheckBox"));
    m_coveredBy = new QLineEdit(box);
    m_coveredBy->setObjectName(QStringLiteral("coveredByLineEdit"));
    m_coveredBy->setMaxLength(AvailabilityService::MaxTextLength);
    m_coveredBy->setPlaceholderText(tr("A colleague's name, if one covers"));
    m_contact = new QLineEdit(box);
    m_contact->setObjectName(QStringLiteral("coveredContactLineEdit"));
    m_contact->setMaxLength(AvailabilityService::MaxTextLength);
    m_contact->setPlaceholderText(tr("How clients reach them"));
    m_reason = new QComboBox(box);
    m_reason->setObjectName(QStringLiteral("availabilityReasonComboBox"));
    for (AvailabilityReason reason : AvailabilityReasons::all())
        m_reason->addItem(AvailabilityReasons::label(reason), AvailabilityReasons::key(reason));
    m_reason->setToolTip(tr("Kept for your own record only: no notice names it."));
    auto *privateNote = new QLabel(tr("The reason is private: it never appears in a notice."), box);
    setStatusColor(privateNote, StatusColors::Status::Muted);
    privateNote->setWordWrap(true);
    m_record = new QPushButton(tr("Recor&d the period"), box);
    m_record->setObjectName(QStringLiteral("recordPeriodPushButton"));
    m_record->setDefault(true);
    connect(m_record, &QPushButton::clicked, this, &AvailabilityDialog::recordPeriod);

    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Period:"), m_periods);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    form->addRow(tr("What changes:"), m_noSessions);
    form->addRow(QString(), m_slowerReplies);
    form->addRow(tr("&Covered by:"), m_coveredBy);
    form->addRow(tr("C&ontact:"), m_contact);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(privateNote);
    form->addRow(QString(), m_record);
    return box;
}

QWidget *AvailabilityDialog::buildClients() {
    m_clientsBox = new QGroupBox(tr("The clients affected"), this);
    m_clientList = new QListWidget(m_clientsBox);
    m_clientList->setObjectName(QStringLiteral("affectedClientsListWidget"));
    m_clientList->setAccessibleName(tr("Clients affected"));
    connect(m_clientList, &QListWidget::currentRowChanged, this, &AvailabilityDialog::showNotice);
    m_move = new QPushButton(tr("&Move their follow-ups to the day after"), m_clientsBox);
    m_move->setObjectName(QStringLiteral("moveFollowUpsPushButton"));
    m_move->setToolTip(tr("Each move is recorded; the original date stays in the record"));
    connect(m_move, &QPushButton::clicked, this, &AvailabilityDialog::moveFollowUps);

    m_notice = new QPlainTextEdit(m_clientsBox);
    m_notice->setObjectName(QStringLiteral("noticeTextPlainTextEdit"));
    m_notice->setAccessibleName(tr("The notice for the client"));
    m_notice->setTabChangesFocus(true);
    m_copy = new QPushButton(tr("Cop&y"), m_clientsBox);
    m_copy->setObjectName(QStringLiteral("copyNoticePushButton"));
    connect(m_copy, &QPushButton::clicked, this, &AvailabilityDialog::copyNotice);
    m_mail = new QPushButton(tr("Open in mail program"), m_clientsBox);
    m_mail->setObjectName(QStringLiteral("mailNoticePushButton"));
    connect(m_mail, &QPushButton::clicked, this, &AvailabilityDialog::mailNotice);
    m_pdf = new QPushButton(tr("Save as PDF"), m_clientsBox);
    m_pdf->setObjectName(QStringLiteral("pdfNoticePushButton"));
    m_pdf->setToolTip(tr("Save the notice with the practice's letterhead as a PDF in the client's folder"));
    connect(m_pdf, &QPushButton::clicked, this, &AvailabilityDialog::saveNoticePdf);
    m_pdfSaved = new QLabel(m_clientsBox);
    m_pdfSaved->setObjectName(QStringLiteral("noticePdfLabel"));
    m_pdfSaved->setWordWrap(true);
    m_pdfSaved->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_pdfSaved->setOpenExternalLinks(true);
    m_pdfSaved->setVisible(false);
    m_method = new QComboBox(m_clientsBox);
    m_method->setObjectName(QStringLiteral("noticeMethodComboBox"));
    for (SummaryMethod method : {SummaryMethod::Email, SummaryMethod::Clipboard, SummaryMethod::Pdf})
        m_method->addItem(SummaryStepWidget::methodLabel(method), SummaryMethods::key(method));
    m_recordSent = new QPushButton(tr("Record as &sent"), m_clientsBox);
    m_recordSent->setObjectName(QStringLiteral("recordNoticeSentPushButton"));
    connect(m_recordSent, &QPushButton::clicked, this, &AvailabilityDialog::recordSent);
    m_sentState = new QLabel(m_clientsBox);
    m_sentState->setObjectName(QStringLiteral("noticeSentLabel"));
    m_sentState->setWordWrap(true);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_copy);
    actions->addWidget(m_mail);
    actions->addWidget(m_pdf);
    actions->addStretch(1);
    auto *record = new QHBoxLayout;
    record->addWidget(new QLabel(tr("Sent as:"), m_clientsBox));
    record->addWidget(m_method);
    record->addWidget(m_recordSent);
    record->addStretch(1);
    auto *layout = new QVBoxLayout(m_clientsBox);
    layout->addWidget(m_clientList, 1);
    layout->addWidget(m_move);
    layout->addWidget(m_notice, 2);
    layout->addLayout(actions);
    layout->addWidget(m_pdfSaved);
    layout->addLayout(record);
    layout->addWidget(m_sentState);
    return m_clientsBox;
}

void AvailabilityDialog::loadPeriods(qint64 select) {
    const QSignalBlocker blocker(m_periods);
    m_periods->clear();
    m_periods->addItem(tr("A new period"), 0);
    const Result<QList<AvailabilityPeriod>> periods = m_service.list();
    if (!periods)
        showProblem(periods.error().message);
    else
        for (const AvailabilityPeriod &period : periods.value())
            m_periods->addItem(tr("%1 to %2")
                                   .arg(QLocale().toString(period.from, QLocale::ShortFormat),
                                        QLocale().toString(period.to, QLocale::ShortFormat)),
                               period.id);
    m_periods->setCurrentIndex(std::max(0, m_periods->findData(select)));
    showPeriod();
}

void AvailabilityDialog::showPeriod() {
    m_periodId = m_periods->currentData().toLongLong();
    const bool isNew = m_periodId == 0;
    for (QWidget *field : std::initializer_list<QWidget *>{m_from, m_to, m_noSessions, m_slowerReplies,
                                                           m_coveredBy, m_contact, m_reason, m_record})
        field->setEnabled(isNew && !m_db.isReadOnly());
    m_clientsBox->setEnabled(!isNew);
    if (!isNew) {
        const Result<AvailabilityPeriod> period = m_service.get(m_periodId);
        if (!period) {
            showProblem(period.error().message);
            return;
        }
        m_from->setDate(period.value().from);
        m_to->setDate(period.value().to);
        m_noSessions->setChecked(period.value().noSessions);
        m_slowerReplies->setChecked(period.value().slowerReplies);
        m_coveredBy->setText(period.value().coveredBy);
        m_contact->setText(period.value().coveredContact);
        m_reason->setCurrentIndex(m_reason->findData(AvailabilityReasons::key(period.value().reason)));
    }
    loadClients();
}

void AvailabilityDialog::recordPeriod() {
    AvailabilityPeriod period;
    period.from = m_from->date();
    period.to = m_to->date();
    period.noSessions = m_noSessions->isChecked();
    period.slowerReplies = m_slowerReplies->isChecked();
    period.coveredBy = m_coveredBy->text();
    period.coveredContact = m_contact->text();
    period.reason =
        AvailabilityReasons::fromKey(m_reason->currentData().toString()).value_or(AvailabilityReason::Other);
    const Result<qint64> id = m_service.add(period);
    if (!id) {
        showProblem(id.error().message);
        return;
    }
    showProblem(QString());
    loadPeriods(id.value());
    m_clientList->setFocus();
}

void AvailabilityDialog::loadClients() {
    const int row = m_clientList->currentRow();
    m_clientList->clear();
    m_clients.clear();
    if (m_periodId != 0) {
        const Result<QList<AffectedClient>> clients = m_service.affectedClients(m_periodId);
        if (!clients)
            showProblem(clients.error().message);
        else
            m_clients = clients.value();
    }
    int toMove = 0;
    for (const AffectedClient &client : std::as_const(m_clients)) {
        QStringList due;
        for (const DueInPeriod &item : client.due) {
            due.append(dueLine(item));
            toMove += item.kind == DueKind::FollowUp && !item.movedTo.isValid() ? 1 : 0;
        }
        QString text = tr("%1 — %2").arg(client.fullName, due.join(QStringLiteral("; ")));
        if (client.noticeSentAt.isValid())
            text += QLatin1Char(' ') + tr("(notice sent)");
        m_clientList->addItem(text);
    }
    m_clientsBox->setTitle(m_periodId == 0 ? tr("The clients affected")
                                           : tr("The clients affected: %Ln", nullptr, int(m_clients.size())));
    m_move->setEnabled(toMove > 0 && !m_db.isReadOnly());
    m_move->setText(tr("&Move %Ln follow-up(s) to the day after", nullptr, toMove));
    if (!m_clients.isEmpty())
        m_clientList->setCurrentRow(std::clamp(row, 0, int(m_clients.size()) - 1));
    showNotice();
}

const AffectedClient *AvailabilityDialog::selectedClient() const {
    const int row = m_clientList->currentRow();
    return row >= 0 && row < m_clients.size() ? &m_clients.at(row) : nullptr;
}

void AvailabilityDialog::showNotice() {
    const AffectedClient *client = selectedClient();
    m_pdfSaved->setVisible(false);
    for (QWidget *action :
         std::initializer_list<QWidget *>{m_notice, m_copy, m_mail, m_pdf, m_method, m_recordSent})
        action->setEnabled(client != nullptr);
    m_recordSent->setEnabled(client && !m_db.isReadOnly());
    if (!client) {
        m_notice->clear();
        m_sentState->setText(m_periodId == 0 ? tr("Record the period to see the clients it affects.")
                                             : tr("No client has anything due in this period."));
        return;
    }
    const Result<QString> text = m_service.noticeText(m_periodId, client->clientId);
    m_notice->setPlainText(text ? text.value() : QString());
    if (!text)
        showProblem(text.error().message);
    m_sentState->setText(
        client->noticeSentAt.isValid()
            ? tr("A notice was recorded as sent on %1.")
                  .arg(QLocale().toString(Clock::toLocal(client->noticeSentAt), QLocale::ShortFormat))
            : tr("No notice recorded as sent yet."));
}

void AvailabilityDialog::moveFollowUps() {
    const Result<int> moved = m_service.moveFollowUps(m_periodId);
    if (!moved) {
        showProblem(moved.error().message);
        return;
    }
    showProblem(QString());
    loadClients();
}

void AvailabilityDialog::setMethod(SummaryMethod method) {
    m_method->setCurrentIndex(m_method->findData(SummaryMethods::key(method)));
}

void AvailabilityDialog::copyNotice() {
    QApplication::clipboard()->setText(m_notice->toPlainText());
    setMethod(SummaryMethod::Clipboard);
}

void AvailabilityDialog::mailNotice() {
    const AffectedClient *client = selectedClient();
    const Result<AvailabilityPeriod> period = m_service.get(m_periodId);
    if (!client || !period)
        return;
    const QUrl url = SummaryStepWidget::mailtoUrl(
        client->email, AvailabilityNotice::subject(period.value(), client->documentLanguage),
        m_notice->toPlainText());
    if (!QDesktopServices::openUrl(url)) {
        showProblem(
            tr("No mail program could be opened. Copy the notice instead and paste it into a message."));
        return;
    }
    showProblem(QString());
    setMethod(SummaryMethod::Email);
}

void AvailabilityDialog::saveNoticePdf() {
    const AffectedClient *client = selectedClient();
    if (!client)
        return;
    Result<SummaryDocument> document =
        SummaryDocument::forNotice(m_db, m_periodId, client->clientId, m_notice->toPlainText());
    const Result<QString> saved =
        document ? document.value().saveToClientFolder() : Result<QString>(document.error());
    if (!saved) {
        showProblem(tr("The PDF was not saved. %1").arg(saved.error().message));
        return;
    }
    showProblem(QString());
    const QFileInfo file(saved.value());
    m_pdfSaved->setText(tr("Saved as %1 in <a href=\"%2\">the client's folder</a>.")
                            .arg(file.fileName().toHtmlEscaped(),
                                 QUrl::fromLocalFile(file.absolutePath()).toString().toHtmlEscaped()));
    m_pdfSaved->setVisible(true);
    setMethod(SummaryMethod::Pdf);
}

void AvailabilityDialog::recordSent() {
    const AffectedClient *client = selectedClient();
    if (!client)
        return;
    const SummaryMethod method =
        SummaryMethods::fromKey(m_method->currentData().toString()).value_or(SummaryMethod::Email);
    const Result<qint64> id = m_service.recordNoticeSent(m_periodId, client->clientId, Clock::nowUtc(),
                                                         m_notice->toPlainText(), method);
    if (!id) {
        showProblem(id.error().message);
        return;
    }
    showProblem(QString());
    loadClients();
}

void AvailabilityDialog::showProblem(const QString &text) {
    m_problem->showMessage(text, NoticeBar::Kind::Warning);
}

} // namespace bk
