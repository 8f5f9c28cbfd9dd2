// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/incidents/StepNoteWidget.h"

#include "app/common/Clock.h"
#include "app/incidents/IncidentDetails.h"
#include "app/incidents/IncidentService.h"
#include "ui/common/StatusPalette.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bk {

StepNoteWidget::StepNoteWidget(OpenPractice database, QWidget *parent)
    : StepWidget(database, QStringLiteral("stepNoteWidget"), parent) {
    auto *box = new QGroupBox(tr("Record a step with a date and a note"), this);
    m_step = new QComboBox(box);
    m_step->setObjectName(QStringLiteral("noteStepComboBox"));
    connect(m_step, &QComboBox::currentIndexChanged, this, &StepNoteWidget::showChosenStep);
    m_description = new QLabel(box);
    m_description->setObjectName(QStringLiteral("noteStepDescriptionLabel"));
    m_description->setWordWrap(true);
    setStatusColor(m_description, StatusColors::Status::Muted);
    m_recorded = new QLabel(box);
    m_recorded->setObjectName(QStringLiteral("noteStepRecordedLabel"));
    m_recorded->setWordWrap(true);
    m_recorded->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_when = makeWhenEdit(box, QStringLiteral("noteStepWhenDateTimeEdit"));
    m_note = new QPlainTextEdit(box);
    m_note->setObjectName(QStringLiteral("noteStepPlainTextEdit"));
    m_note->setPlaceholderText(tr("Who you spoke with and what you decided, or how the engagement ended"));
    m_note->setTabChangesFocus(true);
    m_record = new QPushButton(tr("Record step"), box);
    m_record->setObjectName(QStringLiteral("recordNoteStepPushButton"));
    connect(m_record, &QPushButton::clicked, this, &StepNoteWidget::record);
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Step:"), m_step);
    form->addRow(QString(), m_description);
    form->addRow(m_recorded);
    form->addRow(tr("&When:"), m_when);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(QString(), m_record);
    body()->addWidget(box, 1);
}

bool StepNoteWidget::handles(const QString &key) {
    for (const char *own : {StepKeys::Conversation, StepKeys::WrittenSummary, StepKeys::Goals,
                            StepKeys::BehaviouralContract, StepKeys::Resources}) {
        if (key == QLatin1String(own))
            return false;
    }
    return true;
}

void StepNoteWidget::showData(const IncidentDetails &detail) {
    m_incidentId = detail.incident.id;
    const QString chosen = m_step->currentData().toString();
    m_steps.clear();
    m_recordedTexts.clear();
    const QList<StepEntry> effective = detail.effectiveEntries();
    for (const LadderStep &step : detail.ladder) {
        if (!handles(step.key))
            continue;
        m_steps.append(step);
        QStringList done;
        for (const StepEntry &entry : effective) {
            if (entry.stepKey == step.key)
                done.append(tr("%1: %2").arg(dateTimeText(entry.happenedAt), entry.note));
        }
        m_recordedTexts.append(done.isEmpty() ? tr("Not recorded yet.")
                                              : tr("Recorded: %1").arg(done.join(QStringLiteral("\n"))));
    }
    {
        const QSignalBlocker blocker(m_step);
        m_step->clear();
        for (const LadderStep &step : std::as_const(m_steps))
            m_step->addItem(step.title, step.key);
        m_step->setCurrentIndex(std::max(0, m_step->findData(chosen)));
    }
    showChosenStep();
}

void StepNoteWidget::chooseStep(const QString &key) {
    if (const int index = m_step->findData(key); index >= 0)
        m_step->setCurrentIndex(index);
}

void StepNoteWidget::showChosenStep() {
    const int index = m_step->currentIndex();
    const bool valid = index >= 0 && index < m_steps.size();
    m_description->setText(valid ? m_steps.at(index).description : QString());
    m_recorded->setText(valid ? m_recordedTexts.at(index) : QString());
}

void StepNoteWidget::setRecordingEnabled(bool enabled) {
    m_when->setEnabled(enabled);
    m_note->setReadOnly(!enabled);
    m_record->setEnabled(enabled);
}

void StepNoteWidget::record() {
    const QString key = m_step->currentData().toString();
    const Result<qint64> id = IncidentService(m_db).recordStep(
        m_incidentId, key, Clock::fromWallClock(m_when->dateTime()), m_note->toPlainText());
    if (report(id, tr("\"%1\" was recorded.").arg(m_step->currentText())))
        m_note->clear();
}

} // namespace bk
