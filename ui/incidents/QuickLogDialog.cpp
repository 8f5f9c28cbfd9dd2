// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/incidents/QuickLogDialog.h"

#include "app/clients/ClientService.h"
#include "app/common/Clock.h"
#include "app/common/OpenPractice.h"
#include "app/common/StatusColors.h"
#include "ui/common/StatusPalette.h"
#include "ui/help/ContextHelp.h"
#include "ui/incidents/ClientPicker.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTime>
#include <QVBoxLayout>

namespace bk {

QuickLogDialog::QuickLogDialog(OpenPractice database, qint64 clientId, QWidget *parent)
    : QDialog(parent)
    , m_db(database)
    , m_service(database) {
    setObjectName(QStringLiteral("quickLogDialog"));
    ContextHelp::setTopic(this, HelpTopic::Incidents);
    setWindowTitle(tr("Log an incident"));

    m_client = new ClientPicker(database, this);
    m_client->setObjectName(QStringLiteral("clientPicker"));

    m_boundary = new QComboBox(this);
    m_boundary->setObjectName(QStringLiteral("boundaryComboBox"));
    // A placeholder, not an item: it cannot be chosen as a boundary.
    m_boundary->setPlaceholderText(tr("Choose the boundary…"));
    Result<CurrentPolicy> policy = m_service.currentPolicy();
    if (policy)
        m_policy = policy.value();
    for (const Boundary &boundary : m_policy.document.boundaries) {
        m_boundary->addItem(boundary.title, boundary.key);
        m_boundary->setItemData(m_boundary->count() - 1, boundary.description, Qt::ToolTipRole);
    }
    m_boundary->setCurrentIndex(-1);

    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("descriptionPlainTextEdit"));
    m_description->setPlaceholderText(
        tr("What happened, in a few factual words (Enter saves, Shift+Enter starts a new line)"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(fontMetrics().lineSpacing() * 4 + 12);
    m_description->installEventFilter(this);

    QDateTime now = Clock::toWallClock(Clock::nowUtc());
    now.setTime(QTime(now.time().hour(), now.time().minute()));
    m_occurred = new QDateTimeEdit(now, this);
    m_occurred->setObjectName(QStringLiteral("occurredDateTimeEdit"));
    m_occurred->setCalendarPopup(true);
    // Minutes are precise enough for an incident; some locales' short format shows seconds.
    m_occurred->setDisplayFormat(
        QLocale().dateTimeFormat(QLocale::ShortFormat).remove(QStringLiteral(":ss")));

    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("channelComboBox"));
    for (ContactChannel channel : ContactChannels::all())
        m_channel->addItem(ContactChannels::label(channel), ContactChannels::key(channel));

    m_severity = new QComboBox(this);
    m_severity->setObjectName(QStringLiteral("severityComboBox"));
    for (Severity severity : {Severity::Minor, Severity::Major})
        m_severity->addItem(Severities::label(severity), Severities::key(severity));

    m_crossedBy = new QComboBox(this);
    m_crossedBy->setObjectName(QStringLiteral("crossedByComboBox"));
    m_crossedBy->addItem(tr("The client"), CrossedBys::key(CrossedBy::Client));
    m_crossedBy->addItem(tr("Me (a lapse of my own)"), CrossedBys::key(CrossedBy::Practitioner));

    // The required fields first, in the order a practitioner tells what happened.
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addField(form, tr("&Client:"), m_client, Field::Client, QStringLiteral("clientProblemLabel"));
    addField(form, tr("&Boundary:"), m_boundary, Field::Boundary, QStringLiteral("boundaryProblemLabel"));
    addField(form, tr("&What happened:"), m_description, Field::Description,
             QStringLiteral("descriptionProblemLabel"));
    addField(form, tr("W&hen:"), m_occurred, Field::OccurredAt, QStringLiteral("occurredProblemLabel"));
    form->addRow(tr("Cha&nnel:"), m_channel);
    form->addRow(tr("&Severity:"), m_severity);
    form->addRow(tr("Wh&o crossed it:"), m_crossedBy);

    auto *policyNote = new QLabel(this);
    policyNote->setObjectName(QStringLiteral("policyNoteLabel"));
    setStatusColor(policyNote, StatusColors::Status::Muted);
    policyNote->setWordWrap(true);
    policyNote->setText(
        !policy ? policy.error().message
        : m_policy.version > 0
            ? tr("Logged against version %1 of your boundary policy. Contact outside your working hours or "
                 "the agreed channels is flagged automatically.")
                  .arg(m_policy.version)
            : tr("No policy version is published yet: the boundaries of the draft are offered."));

    m_saveError = new QLabel(this);
    m_saveError->setObjectName(QStringLiteral("saveErrorLabel"));
    m_saveError->setWordWrap(true);
    setStatusColor(m_saveError, StatusColors::Status::Alert);
    m_saveError->setVisible(false);

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("dialogButtonBox"));
    QPushButton *save = buttons->addButton(tr("Log incident"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("logIncidentPushButton"));
    save->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QuickLogDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(policyNote);
    layout->addStretch(1);
    layout->addWidget(m_saveError);
    layout->addWidget(buttons);

    const QList<QWidget *> tabOrder = {m_client,  m_boundary, m_description, m_occurred,
                                       m_channel, m_severity, m_crossedBy,   save};
    for (qsizetype i = 1; i < tabOrder.size(); ++i)
        setTabOrder(tabOrder.at(i - 1), tabOrder.at(i));

    // Once problems are on screen they follow the input, so a fixed field loses its message at once.
    const auto recheck = [this] {
        if (m_problemsShown)
            showProblems();
    };
    connect(m_client, &ClientPicker::clientChanged, this, recheck);
    connect(m_boundary, &QComboBox::currentIndexChanged, this, recheck);
    connect(m_description, &QPlainTextEdit::textChanged, this, recheck);
    connect(m_occurred, &QDateTimeEdit::dateTimeChanged, this, recheck);

    // Until the user picks a channel, the chosen client's preferred one is the likely answer.
    connect(m_channel, &QComboBox::activated, this, [this] { m_channelChosen = true; });
    connect(m_client, &ClientPicker::clientChanged, this, [this](qint64 id) {
        if (m_channelChosen || id <= 0)
            return;
        const Result<Client> client = ClientService(m_db).get(id);
        if (client && client.value().preferredChannel)
            m_channel->setCurrentIndex(
                m_channel->findData(ContactChannels::key(*client.value().preferredChannel)));
    });
    m_client->setClientId(clientId);
    (clientId > 0 ? static_cast<QWidget *>(m_boundary) : m_client)->setFocus(Qt::OtherFocusReason);
    resize(std::max(sizeHint().width(), 540), sizeHint().height());
}

void QuickLogDialog::addField(QFormLayout *form, const QString &label, QWidget *field, Field which,
                              const QString &problemName) {
    form->addRow(label, field);
    // The problem gets a row of its own under the field; the form leaves a hidden row out entirely.
    auto *problem = new QLabel(this);
    problem->setObjectName(problemName);
    setStatusColor(problem, StatusColors::Status::Alert);
    problem->setVisible(false);
    form->addRow(QString(), problem);
    m_problemLabels.insert(which, problem);
    m_fields.insert(which, field);
}

NewIncident QuickLogDialog::incident() const {
    NewIncident incident;
    incident.clientId = m_client->clientId();
    incident.occurredAt = Clock::fromWallClock(m_occurred->dateTime());
    incident.channel =
        ContactChannels::fromKey(m_channel->currentData().toString()).value_or(ContactChannel::InPerson);
    incident.boundaryKey = m_boundary->currentData().toString();
    incident.severity = Severities::fromKey(m_severity->currentData().toString()).value_or(Severity::Minor);
    incident.description = m_description->toPlainText();
    incident.crossedBy =
        CrossedBys::fromKey(m_crossedBy->currentData().toString()).value_or(CrossedBy::Client);
    return incident;
}

int QuickLogDialog::showProblems() {
    QList<IncidentProblem> problems = m_service.fieldProblems(incident(), m_policy);
    // Say why typed text names no client, rather than only that none is chosen.
    if (const QString picker = m_client->problem(); !picker.isEmpty()) {
        for (IncidentProblem &problem : problems) {
            if (problem.field == Field::Client)
                problem.message = picker;
        }
    }
    for (QLabel *label : std::as_const(m_problemLabels)) {
        label->clear();
        label->setVisible(false);
    }
    for (const IncidentProblem &problem : problems) {
        QLabel *label = m_problemLabels.value(problem.field);
        label->setText(label->text().isEmpty() ? problem.message
                                               : label->text() + QLatin1Char('\n') + problem.message);
        label->setVisible(true);
    }
    m_problemsShown = !problems.isEmpty();
    // Grow to make room for the problems rather than squeeze the fields (the wrapped note under the form
    // makes the layout's own minimum too small).
    layout()->invalidate();
    if (const int needed = layout()->totalHeightForWidth(width()); needed > height())
        resize(width(), needed);
    if (!problems.isEmpty())
        m_fields.value(problems.first().field)->setFocus(Qt::OtherFocusReason);
    return int(problems.size());
}

void QuickLogDialog::accept() {
    if (m_savedId != 0)
        return;
    m_saveError->setVisible(false);
    m_client->resolve();
    if (showProblems() > 0)
        return;
    const Result<qint64> logged = m_service.log(incident());
    if (!logged) {
        m_saveError->setText(tr("Nothing was saved. %1").arg(logged.error().message));
        m_saveError->setVisible(true);
        return;
    }
    m_savedId = logged.value();
    summarise(m_savedId);
    QDialog::accept();
}

void QuickLogDialog::summarise(qint64 id) {
    const Result<Incident> saved = IncidentService(m_db).get(id);
    if (!saved) {
        m_savedSummary = tr("Incident logged for %1.").arg(m_client->text());
        return;
    }
    const Incident &incident = saved.value();
    QStringList flags;
    if (incident.outsideHours)
        flags.append(tr("outside your working hours"));
    if (incident.outsideChannel)
        flags.append(tr("outside the agreed channels"));
    m_savedSummary =
        tr("Incident logged for %1.").arg(m_client->text()) + QLatin1Char(' ') +
        (flags.isEmpty() ? tr("No automatic flags.") : tr("Flagged: %1.").arg(flags.join(tr(" and "))));
    if (!incident.nextAction.isEmpty()) {
        m_savedSummary +=
            QLatin1Char(' ') +
            tr("Next: %1, by %2.")
                .arg(incident.nextAction, QLocale().toString(incident.nextDue, QLocale::ShortFormat));
    }
}

bool QuickLogDialog::eventFilter(QObject *watched, QEvent *event) {
    // In the description Enter saves, as everywhere in the dialog; Shift+Enter starts a new line.
    if (watched == m_description && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            !(key->modifiers() & Qt::ShiftModifier)) {
            accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace bk
