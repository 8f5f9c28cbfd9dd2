// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/practice/BoundaryCatalogueWidget.h"

#include "app/common/DocumentLanguage.h"
#include "ui/common/StatusPalette.h"

#include <QComboBox>
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
                         QStringLiteral("downBoundaryPushButton"), tr("Boundaries")},
                        tr("Retire"), parent) {
    setObjectName(QStringLiteral("boundaryCatalogueWidget"));

    auto *form = new QWidget(this);
    m_language = new QComboBox(form);
    m_language->setObjectName(QStringLiteral("boundaryLanguageComboBox"));
    m_language->setToolTip(tr("The language whose texts you see and edit: clients receive their documents "
                              "in their own language, so each boundary needs its texts in it"));
    for (const QString &code : DocumentLanguage::codes())
        m_language->addItem(DocumentLanguage::name(code), code);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        resetItems(list()->currentRow());
        showMissing();
    });
    m_missing = new QLabel(form);
    m_missing->setObjectName(QStringLiteral("missingTextsLabel"));
    m_missing->setWordWrap(true);
    m_title = new QLineEdit(form);
    m_title->setObjectName(QStringLiteral("boundaryTitleLineEdit"));
    m_title->setPlaceholderText(tr("A short name, e.g. Contact outside working hours"));
    connect(m_title, &QLineEdit::textEdited, this, &BoundaryCatalogueWidget::editField);
    m_retiredNote = new QLabel(
        tr("Retired: kept in earlier versions, left out of the next one. Restore it to publish it again."),
        form);
    m_retiredNote->setObjectName(QStringLiteral("retiredNoteLabel"));
    m_retiredNote->setWordWrap(true);
    setStatusColor(m_retiredNote, StatusColors::Status::Muted);
    m_description = addEditor(form, QStringLiteral("boundaryDescriptionPlainTextEdit"),
                              tr("The boundary in plain language, as the client will read it"));
    m_appropriate = addEditor(form, QStringLiteral("boundaryAppropriatePlainTextEdit"),
                              tr("What respecting it looks like, for both of you"));
    m_consequence = addEditor(form, QStringLiteral("boundaryConsequencePlainTextEdit"),
                              tr("What happens when it is crossed, e.g. a conversation first, then a written "
                                 "summary"));
    m_hints = {m_title->placeholderText(), m_description->placeholderText(), m_appropriate->placeholderText(),
               m_consequence->placeholderText()};
    auto *layout = new QFormLayout(form);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addRow(tr("Te&xts in:"), m_language);
    layout->addRow(m_missing);
    layout->addRow(tr("&Title:"), m_title);
    layout->addRow(m_retiredNote);
    layout->addRow(tr("&Description:"), m_description);
    layout->addRow(tr("&Appropriate behaviour:"), m_appropriate);
    layout->addRow(tr("Co&nsequence:"), m_consequence);
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
    m_mainLanguage = document.language;
    for (int index = 0; index < m_language->count(); ++index) {
        const QString code = m_language->itemData(index).toString();
        m_language->setItemText(index, code == m_mainLanguage
                                           ? tr("%1 (main language)").arg(DocumentLanguage::name(code))
                                           : DocumentLanguage::name(code));
    }
    resetItems(0);
    selectBoundary(selectedKey);
    showMissing();
}

void BoundaryCatalogueWidget::setLanguage(const QString &language) {
    m_language->setCurrentIndex(m_language->findData(language));
}

QString BoundaryCatalogueWidget::language() const {
    return m_language->currentData().toString();
}

void BoundaryCatalogueWidget::showMissing() {
    if (editsMainLanguage()) {
        m_missing->clear();
        m_missing->hide();
        return;
    }
    int missing = 0;
    for (const Boundary &boundary : m_boundaries) {
        if (!boundary.retired && boundary.translations.value(language()).title.trimmed().isEmpty())
            ++missing;
    }
    m_missing->setText(missing == 0
                           ? tr("Every boundary has its %1 texts.").arg(DocumentLanguage::name(language()))
                           : tr("Boundaries without %1 texts: %2. Agreements in %1 need them.")
                                 .arg(DocumentLanguage::name(language()))
                                 .arg(missing));
    m_missing->show();
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
    const bool lacksLanguage = !editsMainLanguage() && !boundary.retired &&
                               boundary.translations.value(language()).title.trimmed().isEmpty();
    item->setText(boundary.retired ? tr("%1 (retired)").arg(title)
                  : lacksLanguage  ? tr("%1 (no %2 text)").arg(title, DocumentLanguage::name(language()))
                                   : title);
    item->setForeground(boundary.retired ? palette().brush(QPalette::Disabled, QPalette::Text)
                                         : palette().brush(QPalette::Text));
    QFont font = item->font();
    font.setItalic(boundary.retired);
    item->setFont(font);
}

void BoundaryCatalogueWidget::loadForm(int row) {
    const Boundary boundary = row >= 0 ? m_boundaries.at(row) : Boundary{};
    if (editsMainLanguage()) {
        m_title->setText(boundary.title);
        m_description->setPlainText(boundary.description);
        m_appropriate->setPlainText(boundary.appropriate);
        m_consequence->setPlainText(boundary.consequence);
    } else {
        // The main language's texts stay in view as placeholders: what there is to translate.
        const BoundaryTexts texts = boundary.translations.value(language());
        m_title->setText(texts.title);
        m_description->setPlainText(texts.description);
        m_appropriate->setPlainText(texts.appropriate);
        m_consequence->setPlainText(texts.consequence);
    }
    const QStringList placeholders =
        editsMainLanguage()
            ? m_hints
            : QStringList{boundary.title, boundary.description, boundary.appropriate, boundary.consequence};
    m_title->setPlaceholderText(placeholders.at(0));
    m_description->setPlaceholderText(placeholders.at(1));
    m_appropriate->setPlaceholderText(placeholders.at(2));
    m_consequence->setPlaceholderText(placeholders.at(3));
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
    if (!editsMainLanguage()) {
        const BoundaryTexts texts{m_title->text(), m_description->toPlainText(), m_appropriate->toPlainText(),
                                  m_consequence->toPlainText()};
        if (texts == BoundaryTexts{})
            boundary.translations.remove(language());
        else
            boundary.translations.insert(language(), texts);
        refreshItem(row);
        showMissing();
        Q_EMIT changed();
        return;
    }
    boundary.title = m_title->text();
    boundary.description = m_description->toPlainText();
    boundary.appropriate = m_appropriate->toPlainText();
    boundary.consequence = m_consequence->toPlainText();
    boundary.key = keyFor(row, boundary.title);
    refreshItem(row);
    Q_EMIT changed();
}

} // namespace bk
