// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/practice/OrderedListEditor.h"

#include "app/policy/BoundaryPolicy.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace bk {

OrderedListEditor::OrderedListEditor(const Names &names, const QString &secondLabel, QWidget *parent)
    : QWidget(parent) {
    m_list = new QListWidget(this);
    m_list->setObjectName(names.list);
    m_list->setAccessibleName(names.listName);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_list, &QListWidget::currentRowChanged, this, &OrderedListEditor::showSelected);

    m_add = new QPushButton(tr("Add"), this);
    m_add->setObjectName(names.add);
    m_add->setToolTip(tr("Add at the end of the list"));
    connect(m_add, &QPushButton::clicked, this, &OrderedListEditor::add);
    m_second = new QPushButton(secondLabel, this);
    m_second->setObjectName(names.second);
    connect(m_second, &QPushButton::clicked, this, &OrderedListEditor::runSecondAction);
    m_up = new QPushButton(tr("Move up"), this);
    m_up->setObjectName(names.up);
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    m_down = new QPushButton(tr("Move down"), this);
    m_down->setObjectName(names.down);
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_add, m_second, m_up, m_down})
        buttons->addWidget(button);
    buttons->addStretch(1);

    auto *listSide = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_list, 1);
    listLayout->addLayout(buttons);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("orderedListSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(listSide);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
}

void OrderedListEditor::setForm(QWidget *form) {
    m_form = form;
    auto *splitter = findChild<QSplitter *>(QStringLiteral("orderedListSplitter"));
    splitter->addWidget(form);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    showSelected();
}

void OrderedListEditor::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    setFormReadOnly(readOnly);
    updateButtons();
}

void OrderedListEditor::resetItems(int row) {
    m_fixedKeys.clear();
    for (int index = 0; index < itemCount(); ++index)
        m_fixedKeys.insert(itemKey(index));
    {
        const QSignalBlocker block(m_list);
        m_list->clear();
        for (int index = 0; index < itemCount(); ++index) {
            m_list->addItem(QString());
            refreshItem(index);
        }
    }
    m_list->setCurrentRow(itemCount() == 0 ? -1 : std::clamp(row, 0, itemCount() - 1));
    showSelected();
}

void OrderedListEditor::refreshItem(int row) {
    showItem(m_list->item(row), row);
}

int OrderedListEditor::editableRow() const {
    const int row = m_list->currentRow();
    return m_loading || m_readOnly || row < 0 || row >= itemCount() ? -1 : row;
}

QString OrderedListEditor::keyFor(int row, const QString &title) const {
    if (m_fixedKeys.contains(itemKey(row)))
        return itemKey(row);
    QStringList taken;
    for (int other = 0; other < itemCount(); ++other) {
        if (other != row)
            taken.append(itemKey(other));
    }
    return PolicyKeys::fromTitle(title, taken);
}

void OrderedListEditor::showSelected() {
    if (!m_form)
        return;
    const int row = m_list->currentRow();
    const bool valid = row >= 0 && row < itemCount();
    m_loading = true;
    loadForm(valid ? row : -1);
    m_loading = false;
    m_form->setEnabled(valid);
    updateButtons();
}

void OrderedListEditor::updateButtons() {
    const int row = m_list->currentRow();
    const bool valid = row >= 0 && row < itemCount();
    m_add->setEnabled(!m_readOnly);
    m_second->setEnabled(!m_readOnly && valid);
    m_up->setEnabled(!m_readOnly && valid && row > 0);
    m_down->setEnabled(!m_readOnly && valid && row < itemCount() - 1);
    updateSecondButton(valid ? row : -1);
}

void OrderedListEditor::add() {
    QStringList taken;
    for (int row = 0; row < itemCount(); ++row)
        taken.append(itemKey(row));
    QWidget *title = appendItem(PolicyKeys::fromTitle(QString(), taken));
    const int row = itemCount() - 1;
    m_list->addItem(QString());
    refreshItem(row);
    m_list->setCurrentRow(row);
    title->setFocus(Qt::OtherFocusReason);
    Q_EMIT changed();
}

void OrderedListEditor::runSecondAction() {
    const int row = editableRow();
    if (row < 0)
        return;
    if (secondAction(row)) {
        delete m_list->takeItem(row);
        // Later rows may show their position (a numbered ladder).
        for (int other = row; other < itemCount(); ++other)
            refreshItem(other);
    } else {
        refreshItem(row);
    }
    showSelected();
    Q_EMIT changed();
}

void OrderedListEditor::move(int delta) {
    const int row = editableRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= itemCount())
        return;
    swapItems(row, target);
    refreshItem(row);
    refreshItem(target);
    m_list->setCurrentRow(target);
    Q_EMIT changed();
}

} // namespace bk
