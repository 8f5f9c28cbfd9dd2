// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/practice/LadderWidget.h"

#include "app/common/DocumentLanguage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>

namespace bk {

LadderWidget::LadderWidget(QWidget *parent)
    : OrderedListEditor({QStringLiteral("ladderListWidget"), QStringLiteral("addStepPushButton"),
                         QStringLiteral("removeStepPushButton"), QStringLiteral("upStepPushButton"),
                         QStringLiteral("downStepPushButton"), tr("Escalation steps")},
                        tr("Remove"), parent) {
    setObjectName(QStringLiteral("ladderWidget"));

    auto *form = new QWidget(this);
    m_language = new QComboBox(form);
    m_language->setObjectName(QStringLiteral("stepLanguageComboBox"));
    for (const QString &code : DocumentLanguage::codes())
        m_language->addItem(DocumentLanguage::name(code), code);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] { resetItems(list()->currentRow()); });
    m_title = new QLineEdit(form);
    m_title->setObjectName(QStringLiteral("stepTitleLineEdit"));
    m_title->setPlaceholderText(tr("e.g. A conversation"));
    connect(m_title, &QLineEdit::textEdited, this, &LadderWidget::editField);
    m_description = new QPlainTextEdit(form);
    m_description->setObjectName(QStringLiteral("stepDescriptionPlainTextEdit"));
    m_description->setPlaceholderText(tr("What this step involves and when it is taken"));
    m_description->setTabChangesFocus(true);
    connect(m_description, &QPlainTextEdit::textChanged, this, &LadderWidget::editField);
    m_hints = {m_title->placeholderText(), m_description->placeholderText()};
    auto *layout = new QFormLayout(form);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addRow(tr("Texts &in:"), m_language);
    layout->addRow(tr("&Step:"), m_title);
    layout->addRow(tr("D&escription:"), m_description);
    setForm(form);
}

void LadderWidget::setDocument(const PolicyDocument &document) {
    const int selected = list()->currentRow();
    m_steps = document.ladder;
    m_mainLanguage = document.language;
    for (int index = 0; index < m_language->count(); ++index) {
        const QString code = m_language->itemData(index).toString();
        m_language->setItemText(index, code == m_mainLanguage
                                           ? tr("%1 (main language)").arg(DocumentLanguage::name(code))
                                           : DocumentLanguage::name(code));
    }
    resetItems(selected);
}

void LadderWidget::applyTo(PolicyDocument &document) const {
    document.ladder = m_steps;
}

void LadderWidget::showItem(QListWidgetItem *item, int row) const {
    const QString title = m_steps.at(row).title.trimmed();
    // Numbered: the order of the ladder is its meaning.
    const QString text =
        tr("%1. %2").arg(row + 1).arg(title.isEmpty() ? tr("(untitled)") : m_steps.at(row).title);
    const bool lacksLanguage =
        !editsMainLanguage() && m_steps.at(row).translations.value(language()).title.trimmed().isEmpty();
    item->setText(lacksLanguage ? tr("%1 (no %2 text)").arg(text, DocumentLanguage::name(language())) : text);
}

QString LadderWidget::language() const {
    return m_language->currentData().toString();
}

void LadderWidget::loadForm(int row) {
    const LadderStep step = row >= 0 ? m_steps.at(row) : LadderStep{};
    const StepTexts texts =
        editsMainLanguage() ? StepTexts{step.title, step.description} : step.translations.value(language());
    m_title->setText(texts.title);
    m_description->setPlainText(texts.description);
    // Translating, the main language's texts stay in view as placeholders.
    const QStringList placeholders =
        editsMainLanguage() ? m_hints : QStringList{step.title, step.description};
    m_title->setPlaceholderText(placeholders.at(0));
    m_description->setPlaceholderText(placeholders.at(1));
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
    if (!editsMainLanguage()) {
        const StepTexts texts{m_title->text(), m_description->toPlainText()};
        if (texts == StepTexts{})
            step.translations.remove(language());
        else
            step.translations.insert(language(), texts);
        refreshItem(row);
        Q_EMIT changed();
        return;
    }
    step.title = m_title->text();
    step.description = m_description->toPlainText();
    step.key = keyFor(row, step.title);
    refreshItem(row);
    Q_EMIT changed();
}

} // namespace bk
