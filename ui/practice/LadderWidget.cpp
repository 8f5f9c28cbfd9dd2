// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/practice/LadderWidget.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>

namespace bk {

LadderWidget::LadderWidget(QWidget *parent)
    : OrderedListEditor({QStringLiteral("ladderListWidget"), QStringLiteral("addStepPushButton"),
                         QStringLiteral("removeStepPushButton"), QStringLiteral("upStepPushButton"),
                         QStringLiteral("downStepPushButton")},
                        tr("Remove"), parent) {
    setObjectName(QStringLiteral("ladderWidget"));

    auto *form = new QWidget(this);
    m_title = new QLineEdit(form);
    m_title->setObjectName(QStringLiteral("stepTitleLineEdit"));
    m_title->setPlaceholderText(tr("e.g. A conversation"));
    connect(m_title, &QLineEdit::textEdited, this, &LadderWidget::editField);
    m_description = new QPlainTextEdit(form);
    m_description->setObjectName(QStringLiteral("stepDescriptionPlainTextEdit"));
    m_description->setPlaceholderText(tr("What this step involves and when it is taken"));
    m_description->setTabChangesFocus(true);
    connect(m_description, &QPlainTextEdit::textChanged, this, &LadderWidget::editField);
    auto *layout = new QFormLayout(form);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addRow(tr("&Step:"), m_title);
    layout->addRow(tr("D&escription:"), m_description);
    setForm(form);
}

void LadderWidget::setDocument(const PolicyDocument &document) {
    const int selected = list()->currentRow();
    m_steps = document.ladder;
    resetItems(selected);
}

void LadderWidget::applyTo(PolicyDocument &document) const {
    document.ladder = m_steps;
}

void LadderWidget::showItem(QListWidgetItem *item, int row) const {
    const QString title = m_steps.at(row).title.trimmed();
    // Numbered: the order of the ladder is its meaning.
    item->setText(tr("%1. %2").arg(row + 1).arg(title.isEmpty() ? tr("(untitled)") : m_steps.at(row).title));
}

void LadderWidget::loadForm(int row) {
    const LadderStep step = row >= 0 ? m_steps.at(row) : LadderStep{};
    m_title->setText(step.title);
    m_description->setPlainText(step.description);
}

void LadderWidget::setFormReadOnly(bool readOnly) {
    m_title->setReadOnly(readOnly);
    m_description->setReadOnly(readOnly);
}

QWidget *LadderWidget::appendItem(const QString &key) {
    m_steps.append({key, QString(), QString()});
    return m_title;
}

bool LadderWidget::secondAction(int row) {
    m_steps.removeAt(row);
    return true;
}

void LadderWidget::editField() {
    const int row = editableRow();
    if (row < 0)
        return;
    LadderStep &step = m_steps[row];
    step.title = m_title->text();
    step.description = m_description->toPlainText();
    step.key = keyFor(row, step.title);
    refreshItem(row);
    Q_EMIT changed();
}

} // namespace bk
