// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/incidents/IncidentDetailDialog.h"

#include "app/common/ChangeNotifier.h"
#include "app/common/Clock.h"
#include "app/common/OpenPractice.h"
#include "app/common/StatusColors.h"
#include "app/incidents/IncidentService.h"
#include "ui/common/NoticeBar.h"
#include "ui/help/ContextHelp.h"
#include "ui/incidents/ContractStepWidget.h"
#include "ui/incidents/ConversationStepWidget.h"
#include "ui/incidents/GoalsStepWidget.h"
#include "ui/incidents/LadderProgressWidget.h"
#include "ui/incidents/ResourceStepWidget.h"
#include "ui/incidents/StepHistoryWidget.h"
#include "ui/incidents/StepNoteWidget.h"
#include "ui/incidents/SummaryStepWidget.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace bk {

namespace {

// The facts shown beside the ladder, in order: key (also the label's object name stem) and row title.
struct FactRow {
    const char *key;
    const char *title;
};
constexpr FactRow FactRows[] = {
    {"client", QT_TRANSLATE_NOOP("IncidentDetailDialog", "Client:")},
    {"when", QT_TRANSLATE_NOOP("IncidentDetailDialog", "When:")},
    {"channel", QT_TRANSLATE_NOOP("IncidentDetailDialog", "Channel:")},
    {"crossedBy", QT_TRANSLATE_NOOP("IncidentDetailDialog", "Crossed by:")},
    {"severity", QT_TRANSLATE_NOOP("IncidentDetailDialog", "Severity:")},
    {"flags", QT_TRANSLATE_NOOP("IncidentDetailDialog", "Flags:")},
    {"description", QT_TRANSLATE_NOOP("IncidentDetailDialog", "What happened:")},
    {"boundary", QT_TRANSLATE_NOOP("IncidentDetailDialog", "Boundary:")},
    {"logged", QT_TRANSLATE_NOOP("IncidentDetailDialog", "Logged:")},
    {"responsible", QT_TRANSLATE_NOOP("IncidentDetailDialog", "Responsible practitioner:")},
    {"authors", QT_TRANSLATE_NOOP("IncidentDetailDialog", "Record:")},
    {"status", QT_TRANSLATE_NOOP("IncidentDetailDialog", "Status:")},
};

} // namespace

IncidentDetailDialog::IncidentDetailDialog(OpenPractice database, qint64 incidentId, QWidget *parent)
    : QDialog(parent)
    , m_db(database)
    , m_incidentId(incidentId) {
    setObjectName(QStringLiteral("incidentDetailDialog"));
    ContextHelp::setTopic(this, HelpTopic::EscalationLadder);
    setWindowTitle(tr("Incident"));

    m_notice = new NoticeBar(this);
    m_notice->setObjectName(QStringLiteral("incidentNoticeBar"));
    m_proposal = new NoticeBar(this);
    m_proposal->setObjectName(QStringLiteral("contractProposalNoticeBar"));
    m_openContract = new QPushButton(tr("Work on the contract"), this);
    m_openContract->setObjectName(QStringLiteral("openContractPushButton"));
    connect(m_openContract, &QPushButton::clicked, this, [this] { showTab(ContractTab); });
    m_proposalRow = new QWidget(this);
    auto *proposalLayout = new QHBoxLayout(m_proposalRow);
    proposalLayout->setContentsMargins(0, 0, 0, 0);
    m_proposal->setParent(m_proposalRow);
    m_openContract->setParent(m_proposalRow);
    proposalLayout->addWidget(m_proposal, 1);
    proposalLayout->addWidget(m_openContract, 0, Qt::AlignVCenter);
    m_proposalRow->setVisible(false);

    m_ladder = new LadderProgressWidget(this);
    connect(m_ladder, &LadderProgressWidget::stepActivated, this, &IncidentDetailDialog::showStep);
    auto *ladderBox = new QGroupBox(tr("On the ladder"), this);
    auto *ladderLayout = new QVBoxLayout(ladderBox);
    ladderLayout->addWidget(m_ladder);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    // Where the incident stands comes first: it is what the dialog is opened for.
    leftLayout->addWidget(ladderBox);
    leftLayout->addWidget(buildFacts());
    leftLayout->addStretch(1);
    auto *leftScroll = new QScrollArea(this);
    leftScroll->setWidgetResizable(true);
    // Not a stop of its own: Tab goes to the controls inside, and the area scrolls to show each.
    leftScroll->setFocusPolicy(Qt::NoFocus);
    leftScroll->setFrameShape(QFrame::NoFrame);
    leftScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    leftScroll->setWidget(left);
    leftScroll->setMinimumWidth(330);

    // The tabs before their pages: Tab reaches the tab bar first, as it is read.
    m_tabs = new QTabWidget(this);
    m_history = new StepHistoryWidget(database, this);
    m_conversation = new ConversationStepWidget(database, this);
    m_summary = new SummaryStepWidget(database, this);
    m_goals = new GoalsStepWidget(database, this);
    m_contract = new ContractStepWidget(database, this);
    m_resources = new ResourceStepWidget(database, this);
    m_noteSteps = new StepNoteWidget(database, this);
    m_stepWidgets = {m_history, m_conversation, m_summary, m_goals, m_contract, m_resources, m_noteSteps};
    m_tabs->setObjectName(QStringLiteral("incidentTabWidget"));
    m_tabs->addTab(m_history, tr("Record"));
    m_tabs->addTab(m_conversation, tr("1 Talk"));
    m_tabs->addTab(m_summary, tr("2 Summary"));
    m_tabs->addTab(m_goals, tr("3 Goals"));
    m_tabs->addTab(m_contract, tr("4 Contract"));
    m_tabs->addTab(m_resources, tr("5 Resources"));
    m_tabs->addTab(m_noteSteps, tr("6 Support, ending"));
    m_tabs->addTab(buildCloseTab(), tr("Outcome"));
    m_tabs->setTabToolTip(HistoryTab, tr("Every step recorded, with corrections"));
    m_tabs->setTabToolTip(ConversationTab, tr("A private conversation: prepare it and record it"));
    m_tabs->setTabToolTip(SummaryTab, tr("A written summary of the conversation for the client"));
    m_tabs->setTabToolTip(GoalsTab, tr("Goals with follow-up dates, and how each follow-up went"));
    m_tabs->setTabToolTip(ContractTab, tr("A behavioural contract"));
    m_tabs->setTabToolTip(ResourcesTab, tr("Training or resources from the practice's library"));
    m_tabs->setTabToolTip(NoteStepsTab, tr("Supervision or advice, ending the engagement, and other steps"));
    m_tabs->setTabToolTip(CloseTab, tr("Close the incident with its outcome"));
    for (StepWidget *step : std::as_const(m_stepWidgets))
        connect(step, &StepWidget::recorded, this,
                [this](const QString &message) { m_status->setText(message); });

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("incidentSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(leftScroll);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setSizes({360, 800});

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("incidentStatusLabel"));
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("incidentDialogButtonBox"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addWidget(m_proposalRow);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);
    resize(1180, 760);

    // Every write, here or elsewhere in the application, is shown at once.
    connect(database.notifier(), &ChangeNotifier::changed, this, &IncidentDetailDialog::reload);
    reload();
    if (m_loaded) {
        const Tab tab = suggestedTab();
        if (tab == NoteStepsTab)
            m_noteSteps->chooseStep(m_data.position.nextStep);
        showTab(tab);
    }
}

QWidget *IncidentDetailDialog::buildFacts() {
    auto *box = new QGroupBox(tr("Incident"), this);
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    for (const FactRow &row : FactRows) {
        auto *label = new QLabel(box);
        const QString key = QString::fromLatin1(row.key);
        label->setObjectName(key + QStringLiteral("FactLabel"));
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        form->addRow(QCoreApplication::translate("IncidentDetailDialog", row.title), label);
        m_facts.insert(key, label);
    }
    return box;
}

QWidget *IncidentDetailDialog::buildCloseTab() {
    auto *page = new QWidget(this);
    m_closeState = new QLabel(page);
    m_closeState->setObjectName(QStringLiteral("closeStateLabel"));
    m_closeState->setWordWrap(true);
    m_closeState->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_outcome = new QPlainTextEdit(page);
    m_outcome->setObjectName(QStringLiteral("outcomePlainTextEdit"));
    m_outcome->setPlaceholderText(tr("How it ended: what changed, what was agreed, what you would do "
                                     "differently next time"));
    m_outcome->setTabChangesFocus(true);
    m_close = new QPushButton(tr("Close incident"), page);
    m_close->setObjectName(QStringLiteral("closeIncidentPushButton"));
    connect(m_close, &QPushButton::clicked, this, &IncidentDetailDialog::closeIncident);
    m_closeError = StepWidget::makeErrorLabel(page, QStringLiteral("closeErrorLabel"));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Outcome:"), m_outcome);
    form->addRow(QString(), m_closeError);
    form->addRow(QString(), m_close);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_closeState);
    layout->addLayout(form);
    layout->addStretch(1);
    return page;
}

void IncidentDetailDialog::reload() {
    Result<IncidentDetails> loaded = IncidentDetails::load(m_db, m_incidentId);
    if (!loaded) {
        m_notice->showMessage(tr("This incident cannot be shown. %1").arg(loaded.error().message),
                              NoticeBar::Kind::Warning);
        m_tabs->setEnabled(m_loaded);
        return;
    }
    m_data = std::move(loaded).value();
    m_loaded = true;
    m_tabs->setEnabled(true);
    setWindowTitle(tr("Incident – %1 – %2")
                       .arg(m_data.client.fullName, m_data.boundary.title.isEmpty()
                                                        ? m_data.incident.boundaryKey
                                                        : m_data.boundary.title));
    showFacts();
    m_ladder->showData(m_data);
    for (StepWidget *step : std::as_const(m_stepWidgets))
        step->showData(m_data);
    showProposal();
    updateEnabled();
}

void IncidentDetailDialog::showFacts() {
    const Incident &incident = m_data.incident;
    const QLocale locale;
    const auto set = [this](const char *key, const QString &text) {
        m_facts.value(QString::fromLatin1(key))->setText(text);
    };
    const QString muted = StatusColors::text(StatusColors::Status::Muted, palette()).name();
    QString client = m_data.client.fullName.toHtmlEscaped();
    if (!m_data.client.preferredName.isEmpty() && m_data.client.preferredName != m_data.client.fullName)
        client += tr(" (%1)").arg(m_data.client.preferredName.toHtmlEscaped());
    if (!m_data.client.email.isEmpty())
        client += QStringLiteral("<br><span style=\"color:%1;\">%2</span>")
                      .arg(muted, m_data.client.email.toHtmlEscaped());
    set("client", client);
    const QDateTime occurred = Clock::toLocal(incident.occurredAt);
    const QString when = Clock::withZone(tr("%1, %2").arg(
        locale.toString(occurred.date(), QLocale::LongFormat),
        locale.toString(occurred.time(),
                        locale.timeFormat(QLocale::ShortFormat).remove(QStringLiteral(":ss")))));
    set("when", when.toHtmlEscaped());
    set("channel", ContactChannels::label(incident.channel).toHtmlEscaped());
    set("crossedBy", CrossedBys::label(incident.crossedBy).toHtmlEscaped());
    set("severity",
        incident.severity == Severity::Major
            ? QStringLiteral("<b>%1</b>").arg(Severities::label(incident.severity).toHtmlEscaped())
            : Severities::label(incident.severity).toHtmlEscaped());
    QStringList flags;
    if (incident.outsideHours)
        flags.append(tr("Outside the agreed working hours"));
    if (incident.outsideChannel)
        flags.append(tr("Outside the agreed channels"));
    set("flags", flags.isEmpty() ? tr("None") : flags.join(QStringLiteral("<br>")));
    set("description",
        incident.description.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));

    const Boundary &boundary = m_data.boundary;
    QString policy =
        QStringLiteral("<b>%1</b>")
            .arg((boundary.title.isEmpty() ? incident.boundaryKey : boundary.title).toHtmlEscaped());
    policy +=
        QStringLiteral(" <span style=\"color:%1;\">%2</span>")
            .arg(muted, (incident.policyVersion > 0 ? tr("(policy version %1)").arg(incident.policyVersion)
                                                    : tr("(policy draft, before the first version)"))
                            .toHtmlEscaped());
    const auto paragraph = [](const QString &title, const QString &text) {
        return text.isEmpty()
                   ? QString()
                   : QStringLiteral("<br><i>%1</i> %2").arg(title.toHtmlEscaped(), text.toHtmlEscaped());
    };
    if (boundary.title.isEmpty())
        policy +=
            QStringLiteral("<br>%1").arg(tr("This boundary is no longer in the policy.").toHtmlEscaped());
    else
        policy += QStringLiteral("<br>%1").arg(boundary.description.toHtmlEscaped()) +
                  paragraph(tr("Appropriate:"), boundary.appropriate) +
                  paragraph(tr("Consequence:"), boundary.consequence);
    set("boundary", policy);
    set("logged",
        (incident.recordedBy.isEmpty()
             ? StepWidget::dateTimeText(incident.createdAt)
             : tr("%1 by %2").arg(StepWidget::dateTimeText(incident.createdAt), incident.recordedBy))
            .toHtmlEscaped());
    const RecordAuthors &authors = m_data.authors;
    set("responsible", authors.responsible.shownName().toHtmlEscaped());
    set("authors", tr("created by %1 · last changed by %2")
                       .arg(authors.createdBy.id ? authors.createdBy.shownName() : tr("nobody recorded"),
                            authors.changedBy.id ? authors.changedBy.shownName() : tr("nobody recorded"))
                       .toHtmlEscaped());
    set("status", m_data.isOpen() ? IncidentStatuses::label(incident.status).toHtmlEscaped()
                                  : tr("<b>Closed</b> on %1<br>Outcome: %2")
                                        .arg(StepWidget::dateTimeText(incident.closedAt).toHtmlEscaped(),
                                             incident.outcome.toHtmlEscaped()));

    m_closeState->setText(m_data.isOpen()
                              ? tr("Close the incident once it is resolved or the engagement has ended. "
                                   "Closing needs an outcome: it is what a later reader needs to know.")
                              : tr("Closed on %1.\nOutcome: %2")
                                    .arg(StepWidget::dateTimeText(incident.closedAt), incident.outcome));
}

void IncidentDetailDialog::showProposal() {
    const QString html = ContractStepWidget::proposalHtml(m_data);
    const bool concerned =
        m_data.proposal && (m_data.isOpen() || m_data.proposal->incidentIds.contains(m_incidentId));
    m_proposal->showMessage(concerned ? html : QString(), NoticeBar::Kind::Warning);
    m_proposalRow->setVisible(concerned);
}

void IncidentDetailDialog::updateEnabled() {
    const bool writable = !m_db.isReadOnly();
    const bool open = m_data.isOpen();
    for (StepWidget *step : {static_cast<StepWidget *>(m_conversation), static_cast<StepWidget *>(m_summary),
                             static_cast<StepWidget *>(m_goals), static_cast<StepWidget *>(m_contract),
                             static_cast<StepWidget *>(m_resources), static_cast<StepWidget *>(m_noteSteps)})
        step->setRecordingEnabled(writable && open);
    // Corrections and follow-up outcomes are records about the past: they stay possible after closing.
    m_history->setRecordingEnabled(writable);
    m_goals->setOutcomesEnabled(writable);
    m_resources->setLibraryEditable(writable);
    m_outcome->setReadOnly(!writable || !open);
    m_outcome->setVisible(open);
    m_close->setVisible(open);
    m_close->setEnabled(writable);
    if (!writable)
        m_notice->showMessage(tr("This database is open read-only: the incident is shown as recorded, and "
                                 "nothing can be added or changed."));
    else if (!open)
        m_notice->showMessage(tr("This incident is closed. Its record stays as it is; a mistake in it can "
                                 "still be corrected under Record, and follow-up outcomes under Goals."));
    else
        m_notice->showMessage(QString());
}

void IncidentDetailDialog::closeIncident() {
    const Status closed = IncidentService(m_db).close(m_incidentId, m_outcome->toPlainText());
    if (!closed) {
        m_closeError->setText(tr("The incident was not closed. %1").arg(closed.error().message));
        m_closeError->setVisible(true);
        m_outcome->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_closeError->setVisible(false);
    m_outcome->clear();
    m_status->setText(tr("The incident was closed."));
}

IncidentDetailDialog::Tab IncidentDetailDialog::suggestedTab() const {
    if (!m_data.isOpen())
        return HistoryTab;
    for (const FollowUp &followUp : m_data.followUps) {
        if (!m_data.outcomeOf(followUp.id) && m_data.position.nextDue == followUp.due)
            return GoalsTab;
    }
    if (m_data.position.nextStep.isEmpty())
        return m_data.position.currentStep.isEmpty() ? ConversationTab : CloseTab;
    const QString &next = m_data.position.nextStep;
    if (next == QLatin1String(StepKeys::Conversation))
        return ConversationTab;
    if (next == QLatin1String(StepKeys::WrittenSummary))
        return SummaryTab;
    if (next == QLatin1String(StepKeys::Goals))
        return GoalsTab;
    if (next == QLatin1String(StepKeys::BehaviouralContract))
        return ContractTab;
    if (next == QLatin1String(StepKeys::Resources))
        return ResourcesTab;
    return NoteStepsTab;
}

void IncidentDetailDialog::showTab(Tab tab) {
    m_tabs->setCurrentIndex(tab);
}

void IncidentDetailDialog::showStep(const QString &key) {
    static const QHash<QString, Tab> tabs{
        {QString::fromLatin1(StepKeys::Conversation), ConversationTab},
        {QString::fromLatin1(StepKeys::WrittenSummary), SummaryTab},
        {QString::fromLatin1(StepKeys::Goals), GoalsTab},
        {QString::fromLatin1(StepKeys::BehaviouralContract), ContractTab},
        {QString::fromLatin1(StepKeys::Resources), ResourcesTab},
    };
    const Tab tab = tabs.value(key, NoteStepsTab);
    if (tab == NoteStepsTab)
        m_noteSteps->chooseStep(key);
    showTab(tab);
}

} // namespace bk
