// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/incidents/ConversationStepWidget.h"

#include "app/common/Clock.h"
#include "app/incidents/IncidentDetails.h"
#include "app/incidents/IncidentService.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTimeEdit>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bk {

ConversationStepWidget::ConversationStepWidget(OpenPractice database, QWidget *parent)
    : StepWidget(database, QStringLiteral("conversationStepWidget"), parent) {
    auto *scriptBox = new QGroupBox(tr("Prepare: a script in five moves"), this);
    m_script = new QPlainTextEdit(scriptBox);
    m_script->setObjectName(QStringLiteral("conversationScriptPlainTextEdit"));
    m_script->setTabChangesFocus(true);
    auto *regenerate = new QPushButton(tr("Draft again"), scriptBox);
    regenerate->setObjectName(QStringLiteral("redraftScriptPushButton"));
    regenerate->setToolTip(tr("Replace the text with a fresh draft from the incident and the policy"));
    connect(regenerate, &QPushButton::clicked, this, &ConversationStepWidget::regenerate);
    auto *copy = new QPushButton(tr("Copy"), scriptBox);
    copy->setObjectName(QStringLiteral("copyScriptPushButton"));
    copy->setToolTip(tr("Copy the script to the clipboard"));
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_script->toPlainText()); });
    auto *print = new QPushButton(tr("Print…"), scriptBox);
    print->setObjectName(QStringLiteral("printScriptPushButton"));
    connect(print, &QPushButton::clicked, this,
            [this] { printText(this, tr("Conversation plan"), m_script->toPlainText()); });
    auto *scriptButtons = new QHBoxLayout;
    scriptButtons->addWidget(regenerate);
    scriptButtons->addStretch(1);
    scriptButtons->addWidget(copy);
    scriptButtons->addWidget(print);
    auto *scriptLayout = new QVBoxLayout(scriptBox);
    scriptLayout->addWidget(m_script, 1);
    scriptLayout->addLayout(scriptButtons);

    auto *recordBox = new QGroupBox(tr("Record that it happened"), this);
    m_recorded = new QLabel(recordBox);
    m_recorded->setObjectName(QStringLiteral("conversationRecordedLabel"));
    m_recorded->setWordWrap(true);
    m_recorded->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_when = makeWhenEdit(recordBox, QStringLiteral("conversationWhenDateTimeEdit"));
    m_gist = new QPlainTextEdit(recordBox);
    m_gist->setObjectName(QStringLiteral("conversationGistPlainTextEdit"));
    m_gist->setPlaceholderText(tr("What was said and agreed, and any root cause that came up"));
    m_gist->setTabChangesFocus(true);
    m_gist->setMaximumHeight(90);
    m_record = new QPushButton(tr("Record conversation"), recordBox);
    m_record->setObjectName(QStringLiteral("recordConversationPushButton"));
    connect(m_record, &QPushButton::clicked, this, &ConversationStepWidget::record);
    m_another = new QPushButton(tr("Record another conversation…"), recordBox);
    m_another->setObjectName(QStringLiteral("recordAnotherConversationPushButton"));
    connect(m_another, &QPushButton::clicked, this, [this] {
        m_adding = true;
        updateForm();
        m_gist->setFocus(Qt::OtherFocusReason);
    });
    m_form = new QFormLayout(recordBox);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(m_recorded);
    m_form->addRow(tr("&When:"), m_when);
    m_form->addRow(tr("&Gist:"), m_gist);
    m_form->addRow(QString(), m_record);
    m_form->addRow(QString(), m_another);

    body()->addWidget(scriptBox, 1);
    body()->addWidget(recordBox);
}

void ConversationStepWidget::showData(const IncidentDetails &detail) {
    if (const LadderStep *step = detail.step(QString::fromLatin1(StepKeys::Conversation)))
        setStepIntro(step->title, step->description);
    const bool other = detail.incident.id != m_incidentId;
    m_incidentId = detail.incident.id;
    if (other || m_script->toPlainText().isEmpty())
        regenerate();
    const StepEntry *entry = detail.latestEntry(QString::fromLatin1(StepKeys::Conversation));
    m_recorded->setText(
        entry ? tr("Recorded: a conversation on %1. %2").arg(dateTimeText(entry->happenedAt), entry->note)
              : tr("No conversation recorded yet."));
    m_hasEntry = entry != nullptr;
    if (other)
        m_adding = false;
    updateForm();
}

void ConversationStepWidget::updateForm() {
    const bool open = !m_hasEntry || m_adding;
    for (QWidget *field : std::initializer_list<QWidget *>{m_when, m_gist, m_record})
        m_form->setRowVisible(field, open);
    m_form->setRowVisible(m_another, !open);
}

void ConversationStepWidget::setRecordingEnabled(bool enabled) {
    m_when->setEnabled(enabled);
    m_gist->setReadOnly(!enabled);
    m_record->setEnabled(enabled);
    m_another->setEnabled(enabled);
}

void ConversationStepWidget::regenerate() {
    const Result<QString> script = IncidentService(m_db).conversationScript(m_incidentId);
    if (script)
        m_script->setPlainText(script.value());
    showError(script ? QString() : tr("No script could be drafted. %1").arg(script.error().message));
}

void ConversationStepWidget::record() {
    const Result<qint64> id = IncidentService(m_db).recordConversation(
        m_incidentId, Clock::fromWallClock(m_when->dateTime()), m_gist->toPlainText());
    if (id.ok()) {
        m_gist->clear();
        m_adding = false;
    }
    report(id, tr("The conversation was recorded."));
}

} // namespace bk
