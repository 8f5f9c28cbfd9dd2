// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "LadderWidget.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace bk {

LadderWidget::LadderWidget(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("ladderWidget"));

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("ladderListWidget"));
    connect(m_list, &QListWidget::currentRowChanged, this, &LadderWidget::showSelected);

    m_add = new QPushButton(tr("Add"), this);
    m_add->setObjectName(QStringLiteral("addStepPushButton"));
    connect(m_add, &QPushButton::clicked, this, &LadderWidget::addStep);
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeStepPushButton"));
    connect(m_remove, &QPushButton::clicked, this, &LadderWidget::removeStep);
    m_up = new QPushButton(tr("Move up"), this);
    m_up->setObjectName(QStringLiteral("upStepPushButton"));
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    m_down = new QPushButton(tr("Move down"), this);
    m_down->setObjectName(QStringLiteral("downStepPushButton"));
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_add, m_remove, m_up, m_down})
        buttons->addWidget(button);
    buttons->addStretch(1);

    auto *listSide = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_list, 1);
    listLayout->addLayout(buttons);

    m_editor = new QWidget(this);
    m_title = new QLineEdit(m_editor);
    m_title->setObjectName(QStringLiteral("stepTitleLineEdit"));
    m_title->setPlaceholderText(tr("e.g. A conversation"));
    connect(m_title, &QLineEdit::textEdited, this, &LadderWidget::editField);
    m_description = new QPlainTextEdit(m_editor);
    m_description->setObjectName(QStringLiteral("stepDescriptionPlainTextEdit"));
    m_description->setPlaceholderText(tr("What this step involves and when it is taken"));
    m_description->setTabChangesFocus(true);
    connect(m_description, &QPlainTextEdit::textChanged, this, &LadderWidget::editField);
    auto *form = new QFormLayout(m_editor);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Step:"), m_title);
    form->addRow(tr("D&escription:"), m_description);

    auto *splitter = new QSplitter(this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(listSide);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    showSelected();
}

void LadderWidget::setDocument(const PolicyDocument &document) {
    const int selected = m_list->currentRow();
    m_steps = document.ladder;
    m_fixedKeys.clear();
    for (const LadderStep &step : m_steps)
        m_fixedKeys.insert(step.key);
    {
        const QSignalBlocker block(m_list);
        m_list->clear();
        for (int row = 0; row < m_steps.size(); ++row) {
            m_list->addItem(QString());
            updateItem(row);
        }
    }
    m_list->setCurrentRow(m_steps.isEmpty() ? -1 : std::clamp(selected, 0, int(m_steps.size()) - 1));
    showSelected();
}

void LadderWidget::applyTo(PolicyDocument &document) const {
    document.ladder = m_steps;
}

void LadderWidget::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    m_title->setReadOnly(readOnly);
    m_description->setReadOnly(readOnly);
    updateButtons();
}

void LadderWidget::showSelected() {
    const int row = m_list->currentRow();
    const bool valid = row >= 0 && row < m_steps.size();
    const LadderStep step = valid ? m_steps.at(row) : LadderStep{};
    m_loading = true;
    m_title->setText(step.title);
    m_description->setPlainText(step.description);
    m_loading = false;
    m_editor->setEnabled(valid);
    updateButtons();
}

void LadderWidget::updateItem(int row) {
    const QString title = m_steps.at(row).title.trimmed();
    // Numbered: the order of the ladder is its meaning.
    m_list->item(row)->setText(
        tr("%1. %2").arg(row + 1).arg(title.isEmpty() ? tr("(untitled)") : m_steps.at(row).title));
}

void LadderWidget::updateButtons() {
    const int row = m_list->currentRow();
    const bool valid = row >= 0 && row < m_steps.size();
    m_add->setEnabled(!m_readOnly);
    m_remove->setEnabled(!m_readOnly && valid);
    m_up->setEnabled(!m_readOnly && valid && row > 0);
    m_down->setEnabled(!m_readOnly && valid && row < m_steps.size() - 1);
}

void LadderWidget::editField() {
    const int row = m_list->currentRow();
    if (m_loading || m_readOnly || row < 0 || row >= m_steps.size())
        return;
    LadderStep &step = m_steps[row];
    step.title = m_title->text();
    step.description = m_description->toPlainText();
    if (!m_fixedKeys.contains(step.key)) {
        QStringList taken;
        for (int other = 0; other < m_steps.size(); ++other) {
            if (other != row)
                taken.append(m_steps.at(other).key);
        }
        step.key = PolicyKeys::fromTitle(step.title, taken);
    }
    updateItem(row);
    Q_EMIT changed();
}

void LadderWidget::addStep() {
    QStringList taken;
    for (const LadderStep &step : std::as_const(m_steps))
        taken.append(step.key);
    m_steps.append({PolicyKeys::fromTitle(QString(), taken), QString(), QString()});
    m_list->addItem(QString());
    updateItem(int(m_steps.size()) - 1);
    m_list->setCurrentRow(int(m_steps.size()) - 1);
    m_title->setFocus(Qt::OtherFocusReason);
    Q_EMIT changed();
}

void LadderWidget::removeStep() {
    const int row = m_list->currentRow();
    if (m_readOnly || row < 0 || row >= m_steps.size())
        return;
    m_steps.removeAt(row);
    delete m_list->takeItem(row);
    for (int other = row; other < m_steps.size(); ++other)
        updateItem(other);
    showSelected();
    Q_EMIT changed();
}

void LadderWidget::move(int delta) {
    const int row = m_list->currentRow();
    const int target = row + delta;
    if (m_readOnly || row < 0 || target < 0 || target >= m_steps.size())
        return;
    m_steps.swapItemsAt(row, target);
    updateItem(row);
    updateItem(target);
    m_list->setCurrentRow(target);
    Q_EMIT changed();
}

} // namespace bk
