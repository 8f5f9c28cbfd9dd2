// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/incidents/GoalsStepWidget.h"

#include "app/common/Clock.h"
#include "app/common/StatusColors.h"
#include "app/incidents/IncidentDetails.h"
#include "app/incidents/IncidentService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace bk {

namespace {

enum FollowUpColumn { GoalColumn, DueColumn, OutcomeColumn, NoteColumn };
constexpr int FollowUpIdRole = Qt::UserRole + 1;

} // namespace

GoalsStepWidget::GoalsStepWidget(OpenPractice database, QWidget *parent)
    : StepWidget(database, QStringLiteral("goalsStepWidget"), parent) {
    auto *followUpBox = new QGroupBox(tr("Goals and their follow-ups"), this);
    m_followUps = new QTreeWidget(followUpBox);
    m_followUps->setObjectName(QStringLiteral("followUpsTreeWidget"));
    m_followUps->setAccessibleName(followUpBox->title());
    m_followUps->setHeaderLabels({tr("Goal"), tr("Follow up on"), tr("Outcome"), tr("Note")});
    m_followUps->setRootIsDecorated(true);
    m_followUps->setAlternatingRowColors(true);
    m_followUps->header()->setStretchLastSection(true);
    m_followUps->setColumnWidth(GoalColumn, 230);
    m_followUps->setColumnWidth(DueColumn, 100);
    m_followUps->setColumnWidth(OutcomeColumn, 100);
    connect(m_followUps, &QTreeWidget::currentItemChanged, this, &GoalsStepWidget::updateOutcomeForm);
    m_result = new QComboBox(followUpBox);
    m_result->setObjectName(QStringLiteral("outcomeResultComboBox"));
    for (FollowUpResult result : {FollowUpResult::Met, FollowUpResult::PartlyMet, FollowUpResult::NotMet})
        m_result->addItem(FollowUpResults::label(result), FollowUpResults::key(result));
    m_outcomeNote = new QLineEdit(followUpBox);
    m_outcomeNote->setObjectName(QStringLiteral("outcomeNoteLineEdit"));
    m_outcomeNote->setPlaceholderText(tr("What you saw, in a few words"));
    m_recordOutcome = new QPushButton(tr("Record outcome"), followUpBox);
    m_recordOutcome->setObjectName(QStringLiteral("recordOutcomePushButton"));
    connect(m_recordOutcome, &QPushButton::clicked, this, &GoalsStepWidget::recordOutcome);
    connect(m_outcomeNote, &QLineEdit::returnPressed, m_recordOutcome, &QPushButton::click);
    auto *outcomeRow = new QHBoxLayout;
    outcomeRow->addWidget(new QLabel(tr("Outcome of the selected follow-up:"), followUpBox));
    outcomeRow->addWidget(m_result);
    outcomeRow->addWidget(m_outcomeNote, 1);
    outcomeRow->addWidget(m_recordOutcome);
    auto *followUpLayout = new QVBoxLayout(followUpBox);
    followUpLayout->addWidget(m_followUps, 1);
    followUpLayout->addLayout(outcomeRow);

    auto *newBox = new QGroupBox(tr("Set goals"), this);
    m_goal = new QLineEdit(newBox);
    m_goal->setObjectName(QStringLiteral("goalLineEdit"));
    m_goal->setPlaceholderText(tr("A goal you can check, e.g. No calls after 18:00 on working days"));
    m_due = new QDateEdit(Clock::todayLocal().addDays(14), newBox);
    m_due->setObjectName(QStringLiteral("goalDueDateEdit"));
    m_due->setCalendarPopup(true);
    m_addGoal = new QPushButton(tr("Add goal"), newBox);
    m_addGoal->setObjectName(QStringLiteral("addGoalPushButton"));
    connect(m_addGoal, &QPushButton::clicked, this, &GoalsStepWidget::addGoal);
    connect(m_goal, &QLineEdit::returnPressed, this, &GoalsStepWidget::addGoal);
    auto *goalRow = new QHBoxLayout;
    goalRow->addWidget(m_goal, 1);
    goalRow->addWidget(new QLabel(tr("follow up on"), newBox));
    goalRow->addWidget(m_due);
    goalRow->addWidget(m_addGoal);
    m_pendingList = new QListWidget(newBox);
    m_pendingList->setObjectName(QStringLiteral("pendingGoalsListWidget"));
    m_pendingList->setAccessibleName(tr("Goals to add"));
    m_pendingList->setMaximumHeight(80);
    m_removeGoal = new QPushButton(tr("Remove goal"), newBox);
    m_removeGoal->setObjectName(QStringLiteral("removeGoalPushButton"));
    connect(m_removeGoal, &QPushButton::clicked, this, &GoalsStepWidget::removeGoal);
    m_when = makeWhenEdit(newBox, QStringLiteral("goalsWhenDateTimeEdit"));
    m_note = new QLineEdit(newBox);
    m_note->setObjectName(QStringLiteral("goalsNoteLineEdit"));
    m_note->setPlaceholderText(tr("Optional: how the goals were agreed"));
    m_recordGoals = new QPushButton(tr("Record goals"), newBox);
    m_recordGoals->setObjectName(QStringLiteral("recordGoalsPushButton"));
    connect(m_recordGoals, &QPushButton::clicked, this, &GoalsStepWidget::recordGoals);
    auto *pendingRow = new QHBoxLayout;
    pendingRow->addWidget(m_pendingList, 1);
    pendingRow->addWidget(m_removeGoal, 0, Qt::AlignTop);
    auto *form = new QFormLayout(newBox);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *goalLabel = new QLabel(tr("&Goal:"), newBox);
    goalLabel->setBuddy(m_goal);
    form->addRow(goalLabel, goalRow);
    form->addRow(tr("To record:"), pendingRow);
    form->addRow(tr("&Agreed:"), m_when);
    form->addRow(tr("N&ote:"), m_note);
    form->addRow(QString(), m_recordGoals);

    body()->addWidget(followUpBox, 1);
    body()->addWidget(newBox);
    updateOutcomeForm();
}

void GoalsStepWidget::showData(const IncidentDetails &detail) {
    if (const LadderStep *step = detail.step(QString::fromLatin1(StepKeys::Goals)))
        setStepIntro(step->title, step->description);
    if (detail.incident.id != m_incidentId) {
        m_pending.clear();
        m_pendingList->clear();
    }
    m_incidentId = detail.incident.id;
    const qint64 selected =
        m_followUps->currentItem() ? m_followUps->currentItem()->data(0, FollowUpIdRole).toLongLong() : 0;
    m_followUps->clear();
    m_outcomeIds.clear();
    const QList<StepEntry> effective = detail.effectiveEntries();
    const QDate today = Clock::todayLocal();
    for (const FollowUp &followUp : detail.followUps) {
        // Goals of a corrected goals entry are no longer in force; the correction carries its own text.
        if (!std::any_of(effective.begin(), effective.end(),
                         [&followUp](const StepEntry &entry) { return entry.id == followUp.stepId; }))
            continue;
        const FollowUpOutcome *outcome = detail.outcomeOf(followUp.id);
        auto *item = new QTreeWidgetItem(m_followUps);
        item->setData(0, FollowUpIdRole, followUp.id);
        item->setText(GoalColumn, followUp.goal);
        item->setText(DueColumn, dateText(followUp.due));
        item->setText(OutcomeColumn, outcome ? FollowUpResults::label(outcome->result) : tr("Open"));
        item->setText(NoteColumn, outcome ? outcome->note : QString());
        item->setToolTip(GoalColumn, followUp.goal);
        if (!outcome && detail.isOpen() && followUp.due < today) {
            item->setForeground(DueColumn, StatusColors::text(StatusColors::Status::Alert, palette()));
            item->setText(OutcomeColumn, tr("Overdue"));
        }
        m_outcomeIds.insert(followUp.id, outcome ? outcome->id : 0);
        // Every outcome stays visible: corrections say so, and the entries they replace remain listed.
        for (const FollowUpOutcome &entry : detail.outcomes) {
            if (entry.followUpId != followUp.id)
                continue;
            auto *child = new QTreeWidgetItem(item);
            child->setData(0, FollowUpIdRole, followUp.id);
            const bool replaced = outcome && entry.id != outcome->id;
            child->setText(
                GoalColumn,
                entry.correctsId
                    ? tr("Corrected on %1 by %2").arg(dateTimeText(entry.recordedAt), entry.recordedBy)
                    : tr("Recorded on %1 by %2").arg(dateTimeText(entry.recordedAt), entry.recordedBy));
            child->setText(OutcomeColumn, FollowUpResults::label(entry.result));
            child->setText(NoteColumn,
                           replaced ? tr("%1 (replaced by a correction)").arg(entry.note) : entry.note);
            if (replaced) {
                for (int column = 0; column < 4; ++column)
                    child->setForeground(column, StatusColors::text(StatusColors::Status::Muted, palette()));
            }
        }
        item->setExpanded(true);
        if (followUp.id == selected)
            m_followUps->setCurrentItem(item);
    }
    if (!m_followUps->currentItem() && m_followUps->topLevelItemCount() > 0) {
        // The first follow-up still waiting for an outcome is the one the practitioner came for.
        for (int row = 0; row < m_followUps->topLevelItemCount(); ++row) {
            QTreeWidgetItem *item = m_followUps->topLevelItem(row);
            if (m_outcomeIds.value(item->data(0, FollowUpIdRole).toLongLong()) == 0) {
                m_followUps->setCurrentItem(item);
                break;
            }
        }
    }
    updateOutcomeForm();
}

void GoalsStepWidget::setRecordingEnabled(bool enabled) {
    m_recordingEnabled = enabled;
    for (QWidget *widget : std::initializer_list<QWidget *>{m_goal, m_due, m_addGoal, m_removeGoal, m_note,
                                                            m_when, m_recordGoals})
        widget->setEnabled(enabled);
}

void GoalsStepWidget::setOutcomesEnabled(bool enabled) {
    m_outcomesEnabled = enabled;
    updateOutcomeForm();
}

void GoalsStepWidget::addGoal() {
    if (!m_recordingEnabled)
        return;
    const QString goal = m_goal->text().trimmed();
    if (goal.isEmpty()) {
        showError(tr("Write the goal first, then add it."));
        m_goal->setFocus(Qt::OtherFocusReason);
        return;
    }
    showError(QString());
    m_pending.append(FollowUp{0, m_incidentId, 0, goal, m_due->date()});
    m_pendingList->addItem(tr("%1 — follow up on %2").arg(goal, dateText(m_due->date())));
    m_goal->clear();
    m_goal->setFocus(Qt::OtherFocusReason);
}

void GoalsStepWidget::removeGoal() {
    const int row = m_pendingList->currentRow();
    if (row < 0 || row >= m_pending.size())
        return;
    m_pending.removeAt(row);
    delete m_pendingList->takeItem(row);
}

void GoalsStepWidget::recordGoals() {
    // A goal typed but not yet added is what the practitioner means to record too.
    if (!m_goal->text().trimmed().isEmpty())
        addGoal();
    const Result<qint64> id = IncidentService(m_db).recordGoals(
        m_incidentId, Clock::fromWallClock(m_when->dateTime()), m_note->text(), m_pending);
    if (report(id, tr("%n goal(s) recorded with their follow-up dates.", nullptr, int(m_pending.size())))) {
        m_pending.clear();
        m_pendingList->clear();
        m_note->clear();
    }
}

void GoalsStepWidget::updateOutcomeForm() {
    QTreeWidgetItem *item = m_followUps->currentItem();
    const qint64 followUpId = item ? item->data(0, FollowUpIdRole).toLongLong() : 0;
    const bool hasOutcome = m_outcomeIds.value(followUpId) != 0;
    m_recordOutcome->setText(hasOutcome ? tr("Record correction") : tr("Record outcome"));
    m_recordOutcome->setToolTip(hasOutcome
                                    ? tr("Record a new outcome for this follow-up; the earlier one stays "
                                         "on record, marked as corrected")
                                    : tr("Record how this follow-up went"));
    const bool enabled = m_outcomesEnabled && followUpId != 0;
    for (QWidget *widget : std::initializer_list<QWidget *>{m_result, m_outcomeNote, m_recordOutcome})
        widget->setEnabled(enabled);
}

void GoalsStepWidget::recordOutcome() {
    QTreeWidgetItem *item = m_followUps->currentItem();
    if (!item || !m_outcomesEnabled)
        return;
    const qint64 followUpId = item->data(0, FollowUpIdRole).toLongLong();
    const qint64 outcomeId = m_outcomeIds.value(followUpId);
    const FollowUpResult result =
        FollowUpResults::fromKey(m_result->currentData().toString()).value_or(FollowUpResult::Met);
    const IncidentService service(m_db);
    const Result<qint64> id = outcomeId
                                  ? service.correctFollowUpOutcome(outcomeId, result, m_outcomeNote->text())
                                  : service.recordFollowUpOutcome(followUpId, result, m_outcomeNote->text());
    if (report(id, outcomeId ? tr("The outcome was corrected; the earlier one stays on record.")
                             : tr("The outcome of the follow-up was recorded.")))
        m_outcomeNote->clear();
}

} // namespace bk
