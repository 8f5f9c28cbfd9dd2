// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/incidents/ContractFormWidget.h"

#include "app/common/Clock.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QPlainTextEdit>

namespace bk {

ContractFormWidget::ContractFormWidget(const QString &prefix, QWidget *parent)
    : QWidget(parent) {
    setObjectName(prefix + QStringLiteral("FormWidget"));
    const auto textEdit = [this, &prefix](const char *name, const QString &placeholder, int lines) {
        auto *edit = new QPlainTextEdit(this);
        edit->setObjectName(prefix + QLatin1String(name) + QStringLiteral("PlainTextEdit"));
        edit->setPlaceholderText(placeholder);
        edit->setTabChangesFocus(true);
        // Sized to their usual content, so the whole contract reads on one page.
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 2 * edit->frameWidth() + 10);
        return edit;
    };
    m_appropriate = textEdit("Appropriate", tr("What appropriate behaviour is, in plain words"), 3);
    m_replacement = textEdit("Replacement", tr("What the client does instead"), 2);
    m_goals = textEdit("Goals", tr("One measurable goal a line"), 3);
    m_consequences = textEdit("Consequences", tr("What happens if the contract is not kept"), 3);
    m_review = new QDateEdit(Clock::todayLocal().addDays(28), this);
    m_review->setObjectName(prefix + QStringLiteral("ReviewDateEdit"));
    m_review->setCalendarPopup(true);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("A&ppropriate:"), m_appropriate);
    form->addRow(tr("Rep&lacement:"), m_replacement);
    form->addRow(tr("&Measurable goals:"), m_goals);
    form->addRow(tr("C&onsequences:"), m_consequences);
    form->addRow(tr("Re&view on:"), m_review);
}

void ContractFormWidget::setContract(const BehaviouralContract &contract) {
    m_shown = contract;
    m_appropriate->setPlainText(contract.appropriate);
    m_replacement->setPlainText(contract.replacement);
    m_goals->setPlainText(contract.measurableGoals.join(QLatin1Char('\n')));
    m_consequences->setPlainText(contract.consequences);
    m_review->setDate(contract.reviewDate.isValid() ? contract.reviewDate : Clock::todayLocal().addDays(28));
}

BehaviouralContract ContractFormWidget::contract() const {
    BehaviouralContract contract = m_shown;
    contract.appropriate = m_appropriate->toPlainText().trimmed();
    contract.replacement = m_replacement->toPlainText().trimmed();
    contract.measurableGoals.clear();
    for (const QString &line : m_goals->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            contract.measurableGoals.append(line.trimmed());
    }
    contract.consequences = m_consequences->toPlainText().trimmed();
    contract.reviewDate = m_review->date();
    return contract;
}

void ContractFormWidget::setReadOnly(bool readOnly) {
    for (QPlainTextEdit *edit : {m_appropriate, m_replacement, m_goals, m_consequences})
        edit->setReadOnly(readOnly);
    m_review->setReadOnly(readOnly);
}

} // namespace bk
