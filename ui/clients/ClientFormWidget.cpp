// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/clients/ClientFormWidget.h"

#include "app/common/Clock.h"
#include "app/common/DocumentLanguage.h"
#include "app/common/StatusColors.h"
#include "app/common/SupportedDates.h"
#include "ui/common/StatusPalette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace bk {

QLabel *ClientFormWidget::makeErrorLabel(QWidget *parent, const QString &name) {
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    setStatusColor(label, StatusColors::Status::Alert);
    label->setVisible(false);
    return label;
}

ClientFormWidget::ClientFormWidget(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("clientFormWidget"));

    m_fullName = new QLineEdit(this);
    m_fullName->setObjectName(QStringLiteral("fullNameLineEdit"));
    m_fullName->setPlaceholderText(tr("Required"));
    m_preferredName = new QLineEdit(this);
    m_preferredName->setObjectName(QStringLiteral("preferredNameLineEdit"));
    m_preferredName->setPlaceholderText(tr("How the client likes to be addressed"));
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("emailLineEdit"));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("phoneLineEdit"));
    m_phone->setPlaceholderText(tr("+44 7700 900123"));

    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("channelComboBox"));
    m_channel->addItem(tr("No preference"), QString());
    for (ContactChannel channel : ContactChannels::all())
        m_channel->addItem(ContactChannels::label(channel), ContactChannels::key(channel));

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusComboBox"));
    for (ClientStatus status : ClientStatuses::all())
        m_status->addItem(ClientStatuses::label(status), ClientStatuses::key(status));

    // Agreements, contracts and summaries for the client are written in this language, whatever the
    // interface shows; a new client starts in the practice's language.
    m_documentLanguage = new QComboBox(this);
    m_documentLanguage->setObjectName(QStringLiteral("documentLanguageComboBox"));
    for (const QString &code : DocumentLanguage::codes())
        m_documentLanguage->addItem(DocumentLanguage::name(code), code);
    m_documentLanguage->setCurrentIndex(m_documentLanguage->findData(DocumentLanguage::interfaceCode()));
    m_documentLanguage->setToolTip(tr("The language of the client's agreements, contracts and written "
                                      "summaries."));

    // The check box is the row's label: a start date is either given or not, and the label says which.
    m_startDateKnown = new QCheckBox(tr("Start &date:"), this);
    m_startDateKnown->setObjectName(QStringLiteral("startDateKnownCheckBox"));
    m_startDate = new QDateEdit(this);
    m_startDate->setObjectName(QStringLiteral("startDateEdit"));
    m_startDate->setCalendarPopup(true);
    m_startDate->setDateRange(SupportedDates::first(), SupportedDates::last());
    m_startDate->setDate(Clock::todayLocal());
    m_startDate->setEnabled(false);
    connect(m_startDateKnown, &QCheckBox::toggled, m_startDate, &QWidget::setEnabled);
    // Named like its check box, which is the row's label and has no buddy.
    m_startDate->setAccessibleName(tr("Start date"));
    auto *startDateLayout = new QHBoxLayout;
    startDateLayout->addWidget(m_startDate);
    startDateLayout->addStretch(1);

    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notesPlainTextEdit"));
    m_notes->setPlaceholderText(tr("Goals, context, anything worth remembering about working together"));
    m_notes->setTabChangesFocus(true);

    using Field = ClientValidator::Field;
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // The label leads to (and names) the field itself, not the layout around it with its message.
    const auto addRow = [this, form](const QString &text, QWidget *field, QLayout *row) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, row);
    };
    addRow(tr("&Full name:"), m_fullName,
           withErrorLabel(m_fullName, Field::FullName, QStringLiteral("fullNameErrorLabel")));
    addRow(tr("&Preferred name:"), m_preferredName,
           withErrorLabel(m_preferredName, Field::PreferredName, QStringLiteral("preferredNameErrorLabel")));
    addRow(tr("&Email:"), m_email, withErrorLabel(m_email, Field::Email, QStringLiteral("emailErrorLabel")));
    addRow(tr("P&hone:"), m_phone, withErrorLabel(m_phone, Field::Phone, QStringLiteral("phoneErrorLabel")));
    form->addRow(tr("Preferred &channel:"), m_channel);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("Document &language:"), m_documentLanguage);
    // The field that gets focus for a start-date problem is the date itself, not the row around it.
    form->addRow(m_startDateKnown, withErrorLabel(m_startDate, Field::StartDate,
                                                  QStringLiteral("startDateErrorLabel"), startDateLayout));
    addRow(tr("&Notes:"), m_notes, withErrorLabel(m_notes, Field::Notes, QStringLiteral("notesErrorLabel")));

    // Once problems are on screen, they follow the typing, so a fixed field loses its message at once.
    const auto recheck = [this] {
        if (m_problemsShown)
            showProblems();
    };
    for (QLineEdit *edit : {m_fullName, m_preferredName, m_email, m_phone})
        connect(edit, &QLineEdit::textChanged, this, recheck);
    connect(m_notes, &QPlainTextEdit::textChanged, this, recheck);
    connect(m_startDate, &QDateEdit::dateChanged, this, recheck);
    connect(m_startDateKnown, &QCheckBox::toggled, this, recheck);
}

QLayout *ClientFormWidget::withErrorLabel(QWidget *field, ClientValidator::Field which, const QString &name,
                                          QLayout *row) {
    auto *layout = new QVBoxLayout;
    layout->setSpacing(2);
    if (row)
        layout->addLayout(row);
    else
        layout->addWidget(field);
    QLabel *error = makeErrorLabel(this, name);
    layout->addWidget(error);
    m_errorLabels.insert(which, error);
    m_fieldWidgets.insert(which, field);
    return layout;
}

void ClientFormWidget::setClient(const Client &client) {
    m_original = client;
    m_fullName->setText(client.fullName);
    m_preferredName->setText(client.preferredName);
    m_email->setText(client.email);
    m_phone->setText(client.phone);
    m_channel->setCurrentIndex(
        client.preferredChannel ? m_channel->findData(ContactChannels::key(*client.preferredChannel)) : 0);
    m_status->setCurrentIndex(m_status->findData(ClientStatuses::key(client.status)));
    const int language = m_documentLanguage->findData(client.documentLanguage);
    m_documentLanguage->setCurrentIndex(
        language >= 0 ? language : m_documentLanguage->findData(DocumentLanguage::interfaceCode()));
    m_startDateKnown->setChecked(client.startDate.isValid());
    if (client.startDate.isValid())
        m_startDate->setDate(client.startDate);
    m_notes->setPlainText(client.notes);
}

Client ClientFormWidget::client() const {
    Client client = m_original;
    client.fullName = m_fullName->text();
    client.preferredName = m_preferredName->text();
    client.email = m_email->text();
    client.phone = m_phone->text();
    client.preferredChannel = ContactChannels::fromKey(m_channel->currentData().toString());
    client.status =
        ClientStatuses::fromKey(m_status->currentData().toString()).value_or(ClientStatus::Prospect);
    client.documentLanguage = m_documentLanguage->currentData().toString();
    client.startDate = m_startDateKnown->isChecked() ? m_startDate->date() : QDate();
    client.notes = m_notes->toPlainText();
    return client;
}

QList<ClientValidator::Problem> ClientFormWidget::showProblems() {
    const QList<ClientValidator::Problem> problems = ClientValidator::validate(client(), Clock::todayLocal());
    for (QLabel *label : std::as_const(m_errorLabels)) {
        label->clear();
        label->setVisible(false);
    }
    for (const ClientValidator::Problem &problem : problems) {
        if (QLabel *label = m_errorLabels.value(problem.field)) {
            label->setText(label->text().isEmpty() ? problem.message
                                                   : label->text() + QLatin1Char('\n') + problem.message);
            label->setVisible(true);
        }
    }
    m_problemsShown = !problems.isEmpty();
    return problems;
}

bool ClientFormWidget::validate() {
    const QList<ClientValidator::Problem> problems = showProblems();
    if (problems.isEmpty())
        return true;
    if (QWidget *field = m_fieldWidgets.value(problems.first().field))
        field->setFocus(Qt::OtherFocusReason);
    return false;
}

void ClientFormWidget::focusFirstField() {
    m_fullName->setFocus(Qt::OtherFocusReason);
}

void ClientFormWidget::setReadOnly(bool readOnly) {
    for (QLineEdit *edit : {m_fullName, m_preferredName, m_email, m_phone})
        edit->setReadOnly(readOnly);
    m_notes->setReadOnly(readOnly);
    m_channel->setEnabled(!readOnly);
    m_status->setEnabled(!readOnly);
    m_documentLanguage->setEnabled(!readOnly);
    m_startDateKnown->setEnabled(!readOnly);
    m_startDate->setReadOnly(readOnly);
}

} // namespace bk
