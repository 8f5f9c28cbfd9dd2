// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/policy/BoundaryPolicy.h"
#include "ui/practice/OrderedListEditor.h"

class QLabel;
class QLineEdit;
class QComboBox;
class QPlainTextEdit;

namespace bk {

/// Edits the boundaries of a policy draft: add, retire or restore, reorder, and the texts of each in every
/// document language (a language selector; the list marks the boundaries that lack the chosen language's
/// texts). Saves nothing itself.
class BoundaryCatalogueWidget : public OrderedListEditor {
    Q_OBJECT
public:
    explicit BoundaryCatalogueWidget(QWidget *parent = nullptr);

    /// Shows the boundaries of `document`; their keys are fixed from now on, new ones follow their title.
    void setDocument(const PolicyDocument &document);
    /// Writes the boundaries shown into `document`, leaving its ladder alone.
    void applyTo(PolicyDocument &document) const;

    /// Selects the boundary with `key`, if there is one.
    void selectBoundary(const QString &key);
    /// Shows and edits the texts in `language` (a DocumentLanguage code).
    void setLanguage(const QString &language);

protected:
    int itemCount() const override { return int(m_boundaries.size()); }
    QString itemKey(int row) const override { return m_boundaries.at(row).key; }
    void showItem(QListWidgetItem *item, int row) const override;
    void loadForm(int row) override;
    void setFormReadOnly(bool readOnly) override;
    QWidget *appendItem(const QString &key) override;
    void swapItems(int row, int other) override { m_boundaries.swapItemsAt(row, other); }
    /// Retires or restores the boundary: it stays in the list either way.
    bool secondAction(int row) override;
    void updateSecondButton(int row) override;

private:
    void editField();
    /// The language whose texts the form shows.
    QString language() const;
    bool editsMainLanguage() const { return language() == m_mainLanguage; }
    void showMissing();
    QPlainTextEdit *addEditor(QWidget *form, const QString &name, const QString &placeholder);

    QList<Boundary> m_boundaries;
    QString m_mainLanguage = QStringLiteral("en");
    QComboBox *m_language = nullptr;
    QLabel *m_missing = nullptr;
    QStringList m_hints; ///< the placeholders of the main language's fields
    QLineEdit *m_title = nullptr;
    QLabel *m_retiredNote = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QPlainTextEdit *m_appropriate = nullptr;
    QPlainTextEdit *m_consequence = nullptr;
};

} // namespace bk
