// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/incidents/StepHistoryWidget.h"

#include "app/common/Clock.h"
#include "app/incidents/IncidentDetails.h"
#include "app/incidents/IncidentService.h"
#include "ui/common/StatusPalette.h"
#include "ui/incidents/ContractFormWidget.h"
#include "ui/incidents/SummaryStepWidget.h"

#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace bk {

namespace {

enum HistoryColumn { WhenColumn, StepColumn, NoteColumn, RecordedColumn };
constexpr int EntryIdRole = Qt::UserRole + 1;
constexpr int InForceRole = Qt::UserRole + 2;

} // namespace

StepHistoryWidget::StepHistoryWidget(OpenPractice database, QWidget *parent)
    : StepWidget(database, QStringLiteral("stepHistoryWidget"), parent) {
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("stepHistoryTreeWidget"));
    m_tree->setAccessibleName(tr("Steps taken"));
    m_tree->setHeaderLabels({tr("When"), tr("Step"), tr("Note"), tr("Recorded")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(NoteColumn, QHeaderView::Stretch);
    m_tree->setColumnWidth(WhenColumn, 150);
    m_tree->setColumnWidth(StepColumn, 150);
    m_tree->setColumnWidth(RecordedColumn, 220);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &StepHistoryWidget::showSelected);

    m_correction = new QGroupBox(tr("The selected entry"), this);
    m_selected = new QLabel(m_correction);
    m_selected->setObjectName(QStringLiteral("selectedEntryLabel"));
    m_selected->setWordWrap(true);
    m_selected->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_correctionHint = new QLabel(m_correction);
    m_correctionHint->setObjectName(QStringLiteral("correctionHintLabel"));
    m_correctionHint->setWordWrap(true);
    setStatusColor(m_correctionHint, StatusColors::Status::Muted);
    m_when = makeWhenEdit(m_correction, QStringLiteral("correctionWhenDateTimeEdit"));
    m_note = new QPlainTextEdit(m_correction);
    m_note->setObjectName(QStringLiteral("correctionNotePlainTextEdit"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(70);
    m_summaryLabel = new QLabel(tr("Summary text:"), m_correction);
    m_summary = new QPlainTextEdit(m_correction);
    m_summary->setObjectName(QStringLiteral("correctionSummaryPlainTextEdit"));
    m_summary->setTabChangesFocus(true);
    m_contract = new ContractFormWidget(QStringLiteral("correctionContract"), m_correction);
    m_record = new QPushButton(tr("Record correction"), m_correction);
    m_record->setObjectName(QStringLiteral("recordCorrectionPushButton"));
    m_record->setToolTip(
        tr("Record a new entry that replaces the selected one; the original stays on record"));
    connect(m_record, &QPushButton::clicked, this, &StepHistoryWidget::recordCorrection);
    auto *form = new QFormLayout(m_correction);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_selected);
    form->addRow(m_correctionHint);
    form->addRow(tr("&When:"), m_when);
    form->addRow(tr("N&ote:"), m_note);
    form->addRow(m_summaryLabel, m_summary);
    form->addRow(m_contract);
    form->addRow(QString(), m_record);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_correction);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    body()->addWidget(splitter, 1);
    showSelected();
}

QString StepHistoryWidget::detailsText(const StepEntry &entry) const {
    QStringList parts;
    if (!entry.note.isEmpty())
        parts.append(entry.note);
    if (entry.stepKey == QLatin1String(StepKeys::WrittenSummary)) {
        if (const std::optional<SummaryMethod> method = StepDetails::summaryMethod(entry))
            parts.append(tr("Sent: %1.").arg(SummaryStepWidget::methodLabel(*method)));
        const QString text = StepDetails::summaryText(entry).simplified();
        parts.append(text.size() > 140 ? text.left(140) + QStringLiteral("…") : text);
    } else if (entry.stepKey == QLatin1String(StepKeys::BehaviouralContract)) {
        const BehaviouralContract contract = StepDetails::contract(entry);
        parts.append(
            tr("Review on %1. Goals: %2")
                .arg(dateText(contract.reviewDate), contract.measurableGoals.join(QStringLiteral("; "))));
    } else if (entry.stepKey == QLatin1String(StepKeys::Resources)) {
        QStringList titles;
        for (const PracticeResource &resource : StepDetails::resources(entry))
            titles.append(resource.title);
        parts.append(tr("Provided: %1").arg(titles.join(QStringLiteral("; "))));
    } else if (entry.stepKey == QLatin1String(StepKeys::Goals)) {
        QStringList goals;
        for (const FollowUp &followUp : m_followUps) {
            if (followUp.stepId == entry.id)
                goals.append(tr("%1 (follow up on %2)").arg(followUp.goal, dateText(followUp.due)));
        }
        parts.append(tr("Goals: %1").arg(goals.join(QStringLiteral("; "))));
    }
    return parts.join(QLatin1Char('\n'));
}

void StepHistoryWidget::showData(const IncidentDetails &detail) {
    const qint64 selected =
        m_tree->currentItem() ? m_tree->currentItem()->data(0, EntryIdRole).toLongLong() : 0;
    m_entries = detail.entries;
    m_followUps = detail.followUps;
    m_stepTitles.clear();
    for (const StepEntry &entry : detail.entries)
        m_stepTitles.insert(entry.stepKey, detail.stepTitle(entry.stepKey));
    QHash<qint64, const StepEntry *> byId;
    for (const StepEntry &entry : std::as_const(m_entries))
        byId.insert(entry.id, &entry);

    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    const auto fill = [this](QTreeWidgetItem *item, const StepEntry &entry, bool inForce) {
        item->setData(0, EntryIdRole, entry.id);
        item->setData(0, InForceRole, inForce);
        item->setText(WhenColumn, dateTimeText(entry.happenedAt));
        item->setText(StepColumn, m_stepTitles.value(entry.stepKey, entry.stepKey));
        const QString details = detailsText(entry);
        item->setText(NoteColumn, QString(details).replace(QLatin1Char('\n'), QStringLiteral(" · ")));
        item->setToolTip(NoteColumn, details);
        item->setText(RecordedColumn,
                      entry.correctsId
                          ? tr("corrected on %1 by %2").arg(dateTimeText(entry.recordedAt), entry.recordedBy)
                          : recordedText(entry.recordedAt, entry.recordedBy));
        item->setTextAlignment(WhenColumn, Qt::AlignLeft | Qt::AlignTop);
    };
    QTreeWidgetItem *toSelect = nullptr;
    for (const StepEntry &entry : detail.effectiveEntries()) {
        auto *item = new QTreeWidgetItem(m_tree);
        fill(item, entry, true);
        if (entry.id == selected)
            toSelect = item;
        // The chain of entries this one replaced, newest first, each marked as replaced.
        QTreeWidgetItem *parent = item;
        for (const StepEntry *original = byId.value(entry.correctsId); original;
             original = byId.value(original->correctsId)) {
            auto *child = new QTreeWidgetItem(parent);
            fill(child, *original, false);
            child->setText(StepColumn, tr("%1 (original, replaced)").arg(child->text(StepColumn)));
            for (int column = 0; column < m_tree->columnCount(); ++column)
                child->setForeground(column, StatusColors::text(StatusColors::Status::Muted, palette()));
            if (original->id == selected)
                toSelect = child;
        }
        item->setExpanded(true);
    }
    if (m_tree->topLevelItemCount() == 0) {
        auto *empty = new QTreeWidgetItem(m_tree);
        empty->setText(StepColumn, tr("No step recorded yet."));
        empty->setFlags(Qt::NoItemFlags);
        empty->setFirstColumnSpanned(true);
    }
    m_tree->setCurrentItem(toSelect);
    showSelected();
}

void StepHistoryWidget::setRecordingEnabled(bool enabled) {
    m_enabled = enabled;
    showSelected();
}

void StepHistoryWidget::showSelected() {
    QTreeWidgetItem *item = m_tree->currentItem();
    const qint64 id = item ? item->data(0, EntryIdRole).toLongLong() : 0;
    const auto found = std::find_if(m_entries.cbegin(), m_entries.cend(),
                                    [id](const StepEntry &entry) { return entry.id == id; });
    const StepEntry *entry = found != m_entries.cend() ? &*found : nullptr;
    const bool inForce = item && item->data(0, InForceRole).toBool();
    const bool isGoals = entry && entry->stepKey == QLatin1String(StepKeys::Goals);
    const bool isSummary = entry && entry->stepKey == QLatin1String(StepKeys::WrittenSummary);
    const bool isContract = entry && entry->stepKey == QLatin1String(StepKeys::BehaviouralContract);
    // A signed contract's text is what both signed; only the record's date and note can be corrected.
    const bool isSigned = isContract && StepDetails::contract(*entry).status == ContractStatus::Signed;
    QString hint;
    if (!m_enabled)
        hint = tr("Recorded entries are shown as they were kept; nothing can be changed here.");
    else if (!entry)
        hint =
            tr("Select an entry to correct it. A correction is a new entry; the original stays on record.");
    else if (!inForce)
        hint = tr("This entry was already replaced; correct the entry that replaced it instead.");
    else if (isGoals)
        hint = tr("Goals are corrected by recording new goals in the Goals tab, and outcomes there too.");
    else if (isSigned)
        hint =
            tr("The text of a signed contract stays as both signed it; the date and note can be corrected.");
    else
        hint = tr("Change what was wrong and record the correction. The original stays on record, marked as "
                  "replaced.");
    m_correctionHint->setText(hint);
    m_selected->setText(entry ? tr("%1, %2:\n%3")
                                    .arg(m_stepTitles.value(entry->stepKey, entry->stepKey),
                                         dateTimeText(entry->happenedAt), detailsText(*entry))
                              : QString());
    m_selected->setVisible(entry != nullptr);
    const bool editable = m_enabled && entry && inForce && !isGoals;
    if (entry) {
        m_when->setDateTime(Clock::toWallClock(entry->happenedAt));
        m_note->setPlainText(entry->note);
        m_summary->setPlainText(isSummary ? StepDetails::summaryText(*entry) : QString());
        if (isContract)
            m_contract->setContract(StepDetails::contract(*entry));
    } else {
        m_note->clear();
    }
    m_summaryLabel->setVisible(isSummary);
    m_summary->setVisible(isSummary);
    m_contract->setVisible(isContract);
    m_when->setEnabled(editable);
    m_note->setReadOnly(!editable);
    m_summary->setReadOnly(!editable);
    m_contract->setReadOnly(!editable || isSigned);
    m_record->setEnabled(editable);
}

void StepHistoryWidget::recordCorrection() {
    QTreeWidgetItem *item = m_tree->currentItem();
    const qint64 id = item ? item->data(0, EntryIdRole).toLongLong() : 0;
    const auto found = std::find_if(m_entries.cbegin(), m_entries.cend(),
                                    [id](const StepEntry &entry) { return entry.id == id; });
    if (found == m_entries.cend() || !m_enabled)
        return;
    QJsonObject details = found->details;
    if (found->stepKey == QLatin1String(StepKeys::WrittenSummary)) {
        if (m_summary->toPlainText().trimmed().isEmpty()) {
            report(tr("The written summary has no text."), QString());
            return;
        }
        details = StepDetails::writtenSummary(
            m_summary->toPlainText(), StepDetails::summaryMethod(*found).value_or(SummaryMethod::Email),
            StepDetails::summaryForClient(*found));
    } else if (found->stepKey == QLatin1String(StepKeys::BehaviouralContract)) {
        details = StepDetails::contract(m_contract->contract());
    } else if (m_note->toPlainText().trimmed().isEmpty()) {
        // Only these steps say everything in their note; an empty one would erase the record's meaning.
        report(tr("Write the corrected note; the original stays on record."), QString());
        return;
    }
    const Result<qint64> corrected = IncidentService(m_db).correctStep(
        id, Clock::fromWallClock(m_when->dateTime()), m_note->toPlainText(), details);
    if (report(corrected, tr("The correction was recorded; the original entry stays on record."))) {
        // Select the correction, which now stands where the original stood.
        for (int row = 0; row < m_tree->topLevelItemCount(); ++row) {
            if (m_tree->topLevelItem(row)->data(0, EntryIdRole).toLongLong() == corrected.value())
                m_tree->setCurrentItem(m_tree->topLevelItem(row));
        }
    }
}

} // namespace bk
