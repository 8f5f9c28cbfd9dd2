// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ClientDialog.h"

#include "common/Clock.h"
#include "storage/ClientRepository.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bk {

namespace {

QLabel *makeErrorLabel(QWidget *parent, const QString &name) {
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #c62828;"));
    label->setVisible(false);
    return label;
}

} // namespace

ClientDialog::ClientDialog(const Database &database, QWidget *parent)
    : QDialog(parent)
    , m_db(database) {
    buildForm();
    setWindowTitle(tr("New client"));
    showClient(Client{});
}

ClientDialog::ClientDialog(const Database &database, const Client &client, QWidget *parent)
    : QDialog(parent)
    , m_db(database)
    , m_original(client)
    , m_editing(true) {
    buildForm();
    setWindowTitle(m_db.isReadOnly() ? tr("Client – %1").arg(client.fullName)
                                     : tr("Edit client – %1").arg(client.fullName));
    showClient(client);
}

QWidget *ClientDialog::withErrorLabel(QWidget *field, ClientValidator::Field which, const QString &name) {
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    QLabel *error = makeErrorLabel(box, name);
    layout->addWidget(error);
    m_errorLabels.insert(which, error);
    m_fieldWidgets.insert(which, field);
    return box;
}

void ClientDialog::buildForm() {
    setObjectName(QStringLiteral("clientDialog"));
    const bool readOnly = m_db.isReadOnly();

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

    m_startDateKnown = new QCheckBox(tr("Known"), this);
    m_startDateKnown->setObjectName(QStringLiteral("startDateKnownCheckBox"));
    m_startDate = new QDateEdit(this);
    m_startDate->setObjectName(QStringLiteral("startDateEdit"));
    m_startDate->setCalendarPopup(true);
    m_startDate->setDate(Clock::todayLocal());
    m_startDate->setEnabled(false);
    connect(m_startDateKnown, &QCheckBox::toggled, m_startDate, &QWidget::setEnabled);
    auto *startDateRow = new QWidget(this);
    auto *startDateLayout = new QHBoxLayout(startDateRow);
    startDateLayout->setContentsMargins(0, 0, 0, 0);
    startDateLayout->addWidget(m_startDateKnown);
    startDateLayout->addWidget(m_startDate);
    startDateLayout->addStretch(1);

    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notesPlainTextEdit"));
    m_notes->setPlaceholderText(tr("Goals, context, anything worth remembering about working together"));
    m_notes->setTabChangesFocus(true);

    using Field = ClientValidator::Field;
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Full name:"),
                 withErrorLabel(m_fullName, Field::FullName, QStringLiteral("fullNameErrorLabel")));
    form->addRow(tr("&Preferred name:"), withErrorLabel(m_preferredName, Field::PreferredName,
                                                        QStringLiteral("preferredNameErrorLabel")));
    form->addRow(tr("&Email:"), withErrorLabel(m_email, Field::Email, QStringLiteral("emailErrorLabel")));
    form->addRow(tr("P&hone:"), withErrorLabel(m_phone, Field::Phone, QStringLiteral("phoneErrorLabel")));
    form->addRow(tr("Preferred &channel:"), m_channel);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("Start &date:"),
                 withErrorLabel(startDateRow, Field::StartDate, QStringLiteral("startDateErrorLabel")));
    form->addRow(tr("&Notes:"), withErrorLabel(m_notes, Field::Notes, QStringLiteral("notesErrorLabel")));
    // The field that gets focus for a start-date problem is the date itself, not the row around it.
    m_fieldWidgets.insert(Field::StartDate, m_startDate);

    m_times = new QLabel(this);
    m_times->setObjectName(QStringLiteral("timesLabel"));
    m_times->setForegroundRole(QPalette::PlaceholderText);
    m_times->setVisible(false);

    m_saveError = makeErrorLabel(this, QStringLiteral("saveErrorLabel"));

    m_buttons = new QDialogButtonBox(this);
    m_buttons->setObjectName(QStringLiteral("dialogButtonBox"));
    if (readOnly) {
        m_buttons->addButton(QDialogButtonBox::Close);
        connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    } else {
        m_buttons->addButton(QDialogButtonBox::Save);
        m_buttons->addButton(QDialogButtonBox::Cancel);
        connect(m_buttons, &QDialogButtonBox::accepted, this, &ClientDialog::accept);
        connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_times);
    layout->addWidget(m_saveError);
    layout->addWidget(m_buttons);
    resize(520, 560);

    if (readOnly) {
        for (QLineEdit *edit : {m_fullName, m_preferredName, m_email, m_phone})
            edit->setReadOnly(true);
        m_notes->setReadOnly(true);
        m_channel->setEnabled(false);
        m_status->setEnabled(false);
        m_startDateKnown->setEnabled(false);
        m_startDate->setReadOnly(true);
    }

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

void ClientDialog::showClient(const Client &client) {
    m_fullName->setText(client.fullName);
    m_preferredName->setText(client.preferredName);
    m_email->setText(client.email);
    m_phone->setText(client.phone);
    m_channel->setCurrentIndex(
        client.preferredChannel ? m_channel->findData(ContactChannels::key(*client.preferredChannel)) : 0);
    m_status->setCurrentIndex(m_status->findData(ClientStatuses::key(client.status)));
    m_startDateKnown->setChecked(client.startDate.isValid());
    if (client.startDate.isValid())
        m_startDate->setDate(client.startDate);
    m_notes->setPlainText(client.notes);
    if (m_editing) {
        const QLocale locale;
        m_times->setText(tr("Added %1 · last changed %2")
                             .arg(locale.toString(client.createdAt.toLocalTime(), QLocale::ShortFormat),
                                  locale.toString(client.updatedAt.toLocalTime(), QLocale::ShortFormat)));
        m_times->setVisible(true);
    }
}

Client ClientDialog::client() const {
    Client client = m_original;
    client.fullName = m_fullName->text();
    client.preferredName = m_preferredName->text();
    client.email = m_email->text();
    client.phone = m_phone->text();
    client.preferredChannel = ContactChannels::fromKey(m_channel->currentData().toString());
    client.status =
        ClientStatuses::fromKey(m_status->currentData().toString()).value_or(ClientStatus::Prospect);
    client.startDate = m_startDateKnown->isChecked() ? m_startDate->date() : QDate();
    client.notes = m_notes->toPlainText();
    return client;
}

QList<ClientValidator::Problem> ClientDialog::showProblems() {
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

void ClientDialog::accept() {
    if (m_db.isReadOnly())
        return;
    m_saveError->setVisible(false);
    if (const QList<ClientValidator::Problem> problems = showProblems(); !problems.isEmpty()) {
        if (QWidget *field = m_fieldWidgets.value(problems.first().field))
            field->setFocus(Qt::OtherFocusReason);
        return;
    }

    const ClientRepository repository(m_db);
    const Client edited = client();
    Error error;
    if (m_editing) {
        const Status saved = repository.update(edited);
        if (saved.ok())
            m_savedId = edited.id;
        else
            error = saved.error();
    } else {
        const Result<qint64> added = repository.add(edited);
        if (added.ok())
            m_savedId = added.value();
        else
            error = added.error();
    }
    if (m_savedId == 0) {
        m_saveError->setText(tr("Nothing was saved. %1").arg(error.message));
        m_saveError->setVisible(true);
        return;
    }
    QDialog::accept();
}

} // namespace bk
