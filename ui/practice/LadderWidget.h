// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/policy/BoundaryPolicy.h"
#include "ui/practice/OrderedListEditor.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace bk {

/// Edits the consequence ladder of a policy draft: its steps in order, each with a title and description in
/// every document language (a language selector; steps without the chosen language's texts are marked).
/// Saves nothing itself.
class LadderWidget : public OrderedListEditor {
    Q_OBJECT
public:
    explicit LadderWidget(QWidget *parent = nullptr);

    /// Shows the ladder of `document`.
    void setDocument(const PolicyDocument &document);
    /// Writes the ladder shown into `document`, leaving its boundaries alone.
    void applyTo(PolicyDocument &document) const;

protected:
    int itemCount() const override { return int(m_steps.size()); }
    QString itemKey(int row) const override { return m_steps.at(row).key; }
    void showItem(QListWidgetItem *item, int row) const override;
    void loadForm(int row) override;
    void setFormReadOnly(bool readOnly) override;
    QWidget *appendItem(const QString &key) override;
    void swapItems(int row, int other) override { m_steps.swapItemsAt(row, other); }
    bool secondAction(int row) override;

private:
    void editField();
    QString language() const;
    bool editsMainLanguage() const { return language() == m_mainLanguage; }

    QList<LadderStep> m_steps;
    QString m_mainLanguage = QStringLiteral("en");
    QComboBox *m_language = nullptr;
    QStringList m_hints; ///< the placeholders of the main language's fields
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_description = nullptr;
};

} // namespace bk
