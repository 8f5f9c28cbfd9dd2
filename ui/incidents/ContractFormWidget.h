// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/incidents/Incident.h"

#include <QWidget>

class QDateEdit;
class QPlainTextEdit;

namespace bk {

/// Edits the text of a behavioural contract: what is appropriate, the replacement behaviour, measurable
/// goals (one a line), the consequences and the review date. Saves nothing itself.
class ContractFormWidget : public QWidget {
    Q_OBJECT
public:
    /// `prefix` starts the object names of the fields ("contract" gives contractAppropriatePlainTextEdit), so
    /// two forms in one window stay apart.
    explicit ContractFormWidget(const QString &prefix, QWidget *parent = nullptr);

    void setContract(const BehaviouralContract &contract);
    /// The contract as the fields describe it; `status` is kept from the last setContract().
    BehaviouralContract contract() const;
    void setReadOnly(bool readOnly);

private:
    BehaviouralContract m_shown;
    QPlainTextEdit *m_appropriate = nullptr;
    QPlainTextEdit *m_replacement = nullptr;
    QPlainTextEdit *m_goals = nullptr;
    QPlainTextEdit *m_consequences = nullptr;
    QDateEdit *m_review = nullptr;
};

} // namespace bk
