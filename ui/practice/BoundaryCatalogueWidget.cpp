// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/practice/BoundaryCatalogueWidget.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>

namespace bk {

BoundaryCatalogueWidget::BoundaryCatalogueWidget(QWidget *parent)
    : OrderedListEditor({QStringLiteral("boundariesListWidget"), QStringLiteral("addBoundaryPushButton"),
                         QStringLiteral("retireBoundaryPushButton"), QStringLiteral("upBoundaryPushButton"),
                         QStringLiteral("downBoundaryPushButton")},
                        tr("Retire"), parent) {
    setObjectName(QStringLiteral("boundaryCatalogueWidget"));

    auto *form = new QWidget(this);
    m_title = new QLineEdit(form);
    m_title->setObjectName(QStringLiteral("boundaryTitleLineEdit"));
    m_title->setPlaceholderText(tr("A short name, e.g. Contact outside working hours"));
    connect(m_title, &QLineEdit::textEdited, this, &BoundaryCatalogueWidget::editField);
    m_key = new QLineEdit(form);
    m_key->setObjectName(QStringLiteral("boundaryKeyLineEdit"));
    m_key->setReadOnly(true);
    m_key->setFrame(false);
    m_key->setForegroundRole(QPalette::PlaceholderText);
    m_key->setToolTip(tr("The stable identifier of the boundary across versions; it never changes once "
                         "saved"));
    m_retiredNote = new QLabel(
        tr("Retired: kept in earlier versions, left out of the next one. Restore it to publish it again."),
        form);
    m_retiredNote->setObjectName(QStringLiteral("retiredNoteLabel"));
    m_retiredNote->setWordWrap(true);
    m_retiredNote->setForegroundRole(QPalette::PlaceholderText);
    m_description = addEditor(form, QStringLiteral("boundaryDescriptionPlainTextEdit"),
                              tr("The boundary in plain language, as the client will read it"));
    m_appropriate = addEditor(form, QStringLiteral("boundaryAppropriatePlainTextEdit"),
                              tr("What respecting it looks like, for both of you"));
    m_consequence = addEditor(form, QStringLiteral("boundaryConsequencePlainTextEdit"),
                              tr("What happens when it is crossed, e.g. a conversation first, then a written "
                                 "summary"));
    auto *layout = new QFormLayout(form);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addRow(tr("&Title:"), m_title);
    layout->addRow(tr("Key:"), m_key);
    layout->addRow(m_retiredNote);
    layout->addRow(tr("&Description:"), m_description);
    layout->addRow(tr("&Appropriate behaviour:"), m_appropriate);
    layout->addRow(tr("&Consequence:"), m_consequence);
    setForm(form);
}

QPlainTextEdit *BoundaryCatalogueWidget::addEditor(QWidget *form, const QString &name,
                                                   const QString &placeholder) {
    auto *editor = new QPlainTextEdit(form);
    editor->setObjectName(name);
    editor->setPlaceholderText(placeholder);
    editor->setTabChangesFocus(true);
    editor->setMinimumHeight(fontMetrics().height() * 4);
    connect(editor, &QPlainTextEdit::textChanged, this, &BoundaryCatalogueWidget::editField);
    return editor;
}

void BoundaryCatalogueWidget::setDocument(const PolicyDocument &document) {
    const int current = list()->currentRow();
    const QString selectedKey =
        current >= 0 && current < m_boundaries.size() ? m_boundaries.at(current).key : QString();
    m_boundaries = document.boundaries;
    resetItems(0);
    selectBoundary(selectedKey);
}

void BoundaryCatalogueWidget::applyTo(PolicyDocument &document) const {
    document.boundaries = m_boundaries;
}

void BoundaryCatalogueWidget::selectBoundary(const QString &key) {
    for (int row = 0; row < m_boundaries.size(); ++row) {
        if (m_boundaries.at(row).key == key)
            list()->setCurrentRow(row);
    }
}

void BoundaryCatalogueWidget::showItem(QListWidgetItem *item, int row) const {
    const Boundary &boundary = m_boundaries.at(row);
    const QString title = boundary.title.trimmed().isEmpty() ? tr("(untitled)") : boundary.title;
    item->setText(boundary.retired ? tr("%1 (retired)").arg(title) : title);
    item->setForeground(boundary.retired ? palette().brush(QPalette::Disabled, QPalette::Text)
                                         : palette().brush(QPalette::Text));
    QFont font = item->font();
    font.setItalic(boundary.retired);
    item->setFont(font);
}

void BoundaryCatalogueWidget::loadForm(int row) {
    const Boundary boundary = row >= 0 ? m_boundaries.at(row) : Boundary{};
    m_title->setText(boundary.title);
    m_key->setText(boundary.key);
    m_description->setPlainText(boundary.description);
    m_appropriate->setPlainText(boundary.appropriate);
    m_consequence->setPlainText(boundary.consequence);
    m_retiredNote->setVisible(boundary.retired);
}

void BoundaryCatalogueWidget::setFormReadOnly(bool readOnly) {
    m_title->setReadOnly(readOnly);
    for (QPlainTextEdit *editor : {m_description, m_appropriate, m_consequence})
        editor->setReadOnly(readOnly);
}

QWidget *BoundaryCatalogueWidget::appendItem(const QString &key) {
    Boundary boundary;
    boundary.key = key;
    m_boundaries.append(boundary);
    return m_title;
}

bool BoundaryCatalogueWidget::secondAction(int row) {
    m_boundaries[row].retired = !m_boundaries.at(row).retired;
    return false;
}

void BoundaryCatalogueWidget::updateSecondButton(int row) {
    secondButton()->setText(row >= 0 && m_boundaries.at(row).retired ? tr("Restore") : tr("Retire"));
}

void BoundaryCatalogueWidget::editField() {
    const int row = editableRow();
    if (row < 0)
        return;
    Boundary &boundary = m_boundaries[row];
    boundary.title = m_title->text();
    boundary.description = m_description->toPlainText();
    boundary.appropriate = m_appropriate->toPlainText();
    boundary.consequence = m_consequence->toPlainText();
    boundary.key = keyFor(row, boundary.title);
    m_key->setText(boundary.key);
    refreshItem(row);
    Q_EMIT changed();
}

} // namespace bk
