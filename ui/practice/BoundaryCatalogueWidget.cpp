// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "BoundaryCatalogueWidget.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace bk {

BoundaryCatalogueWidget::BoundaryCatalogueWidget(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("boundaryCatalogueWidget"));

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("boundariesListWidget"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_list, &QListWidget::currentRowChanged, this, &BoundaryCatalogueWidget::showSelected);

    m_add = new QPushButton(tr("Add"), this);
    m_add->setObjectName(QStringLiteral("addBoundaryPushButton"));
    m_add->setToolTip(tr("Add a boundary at the end of the list"));
    connect(m_add, &QPushButton::clicked, this, &BoundaryCatalogueWidget::addBoundary);
    m_retire = new QPushButton(tr("Retire"), this);
    m_retire->setObjectName(QStringLiteral("retireBoundaryPushButton"));
    connect(m_retire, &QPushButton::clicked, this, &BoundaryCatalogueWidget::toggleRetired);
    m_up = new QPushButton(tr("Move up"), this);
    m_up->setObjectName(QStringLiteral("upBoundaryPushButton"));
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    m_down = new QPushButton(tr("Move down"), this);
    m_down->setObjectName(QStringLiteral("downBoundaryPushButton"));
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_add, m_retire, m_up, m_down})
        buttons->addWidget(button);
    buttons->addStretch(1);

    auto *listSide = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_list, 1);
    listLayout->addLayout(buttons);

    m_editor = new QWidget(this);
    m_title = new QLineEdit(m_editor);
    m_title->setObjectName(QStringLiteral("boundaryTitleLineEdit"));
    m_title->setPlaceholderText(tr("A short name, e.g. Contact outside working hours"));
    connect(m_title, &QLineEdit::textEdited, this, &BoundaryCatalogueWidget::editField);
    m_key = new QLineEdit(m_editor);
    m_key->setObjectName(QStringLiteral("boundaryKeyLineEdit"));
    m_key->setReadOnly(true);
    m_key->setFrame(false);
    m_key->setForegroundRole(QPalette::PlaceholderText);
    m_key->setToolTip(tr("The stable identifier of the boundary across versions; it never changes once "
                         "saved"));
    m_retiredNote = new QLabel(
        tr("Retired: kept in earlier versions, left out of the next one. Restore it to publish it again."),
        m_editor);
    m_retiredNote->setObjectName(QStringLiteral("retiredNoteLabel"));
    m_retiredNote->setWordWrap(true);
    m_retiredNote->setForegroundRole(QPalette::PlaceholderText);
    m_description = addEditor(QStringLiteral("boundaryDescriptionPlainTextEdit"),
                              tr("The boundary in plain language, as the client will read it"));
    m_appropriate = addEditor(QStringLiteral("boundaryAppropriatePlainTextEdit"),
                              tr("What respecting it looks like, for both of you"));
    m_consequence = addEditor(QStringLiteral("boundaryConsequencePlainTextEdit"),
                              tr("What happens when it is crossed, e.g. a conversation first, then a written "
                                 "summary"));
    auto *form = new QFormLayout(m_editor);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("Key:"), m_key);
    form->addRow(m_retiredNote);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Appropriate behaviour:"), m_appropriate);
    form->addRow(tr("&Consequence:"), m_consequence);

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

QPlainTextEdit *BoundaryCatalogueWidget::addEditor(const QString &name, const QString &placeholder) {
    auto *editor = new QPlainTextEdit(m_editor);
    editor->setObjectName(name);
    editor->setPlaceholderText(placeholder);
    editor->setTabChangesFocus(true);
    editor->setMinimumHeight(fontMetrics().height() * 4);
    connect(editor, &QPlainTextEdit::textChanged, this, &BoundaryCatalogueWidget::editField);
    return editor;
}

void BoundaryCatalogueWidget::setDocument(const PolicyDocument &document) {
    const QString selectedKey = m_list->currentRow() >= 0 && m_list->currentRow() < m_boundaries.size()
                                    ? m_boundaries.at(m_list->currentRow()).key
                                    : QString();
    m_boundaries = document.boundaries;
    m_fixedKeys.clear();
    for (const Boundary &boundary : m_boundaries)
        m_fixedKeys.insert(boundary.key);
    {
        const QSignalBlocker block(m_list);
        m_list->clear();
        for (int row = 0; row < m_boundaries.size(); ++row) {
            m_list->addItem(QString());
            updateItem(row);
        }
    }
    m_list->setCurrentRow(m_boundaries.isEmpty() ? -1 : 0);
    selectBoundary(selectedKey);
    showSelected();
}

void BoundaryCatalogueWidget::applyTo(PolicyDocument &document) const {
    document.boundaries = m_boundaries;
}

void BoundaryCatalogueWidget::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    m_title->setReadOnly(readOnly);
    for (QPlainTextEdit *editor : {m_description, m_appropriate, m_consequence})
        editor->setReadOnly(readOnly);
    updateButtons();
}

void BoundaryCatalogueWidget::selectBoundary(const QString &key) {
    for (int row = 0; row < m_boundaries.size(); ++row) {
        if (m_boundaries.at(row).key == key)
            m_list->setCurrentRow(row);
    }
}

void BoundaryCatalogueWidget::showSelected() {
    const int row = m_list->currentRow();
    const bool valid = row >= 0 && row < m_boundaries.size();
    const Boundary boundary = valid ? m_boundaries.at(row) : Boundary{};
    m_loading = true;
    m_title->setText(boundary.title);
    m_key->setText(boundary.key);
    m_description->setPlainText(boundary.description);
    m_appropriate->setPlainText(boundary.appropriate);
    m_consequence->setPlainText(boundary.consequence);
    m_loading = false;
    m_retiredNote->setVisible(boundary.retired);
    m_editor->setEnabled(valid);
    updateButtons();
}

void BoundaryCatalogueWidget::updateItem(int row) {
    QListWidgetItem *item = m_list->item(row);
    const Boundary &boundary = m_boundaries.at(row);
    const QString title = boundary.title.trimmed().isEmpty() ? tr("(untitled)") : boundary.title;
    item->setText(boundary.retired ? tr("%1 (retired)").arg(title) : title);
    item->setForeground(boundary.retired ? palette().brush(QPalette::Disabled, QPalette::Text)
                                         : palette().brush(QPalette::Text));
    QFont font = item->font();
    font.setItalic(boundary.retired);
    item->setFont(font);
}

void BoundaryCatalogueWidget::updateButtons() {
    const int row = m_list->currentRow();
    const bool valid = row >= 0 && row < m_boundaries.size();
    m_add->setEnabled(!m_readOnly);
    m_retire->setEnabled(!m_readOnly && valid);
    m_retire->setText(valid && m_boundaries.at(row).retired ? tr("Restore") : tr("Retire"));
    m_up->setEnabled(!m_readOnly && valid && row > 0);
    m_down->setEnabled(!m_readOnly && valid && row < m_boundaries.size() - 1);
}

void BoundaryCatalogueWidget::editField() {
    const int row = m_list->currentRow();
    if (m_loading || m_readOnly || row < 0 || row >= m_boundaries.size())
        return;
    Boundary &boundary = m_boundaries[row];
    boundary.title = m_title->text();
    boundary.description = m_description->toPlainText();
    boundary.appropriate = m_appropriate->toPlainText();
    boundary.consequence = m_consequence->toPlainText();
    if (!m_fixedKeys.contains(boundary.key)) {
        QStringList taken;
        for (int other = 0; other < m_boundaries.size(); ++other) {
            if (other != row)
                taken.append(m_boundaries.at(other).key);
        }
        boundary.key = PolicyKeys::fromTitle(boundary.title, taken);
        m_key->setText(boundary.key);
    }
    updateItem(row);
    Q_EMIT changed();
}

void BoundaryCatalogueWidget::addBoundary() {
    QStringList taken;
    for (const Boundary &boundary : std::as_const(m_boundaries))
        taken.append(boundary.key);
    Boundary boundary;
    boundary.key = PolicyKeys::fromTitle(QString(), taken);
    m_boundaries.append(boundary);
    m_list->addItem(QString());
    updateItem(int(m_boundaries.size()) - 1);
    m_list->setCurrentRow(int(m_boundaries.size()) - 1);
    m_title->setFocus(Qt::OtherFocusReason);
    Q_EMIT changed();
}

void BoundaryCatalogueWidget::toggleRetired() {
    const int row = m_list->currentRow();
    if (m_readOnly || row < 0 || row >= m_boundaries.size())
        return;
    m_boundaries[row].retired = !m_boundaries.at(row).retired;
    updateItem(row);
    showSelected();
    Q_EMIT changed();
}

void BoundaryCatalogueWidget::move(int delta) {
    const int row = m_list->currentRow();
    const int target = row + delta;
    if (m_readOnly || row < 0 || target < 0 || target >= m_boundaries.size())
        return;
    m_boundaries.swapItemsAt(row, target);
    updateItem(row);
    updateItem(target);
    m_list->setCurrentRow(target);
    Q_EMIT changed();
}

} // namespace bk
