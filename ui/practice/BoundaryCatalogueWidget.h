// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "policy/BoundaryPolicy.h"

#include <QSet>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace bk {

/// Edits the boundaries of a policy draft: add, retire or restore, reorder, and the texts of each. Saves
/// nothing itself.
class BoundaryCatalogueWidget : public QWidget {
    Q_OBJECT
public:
    explicit BoundaryCatalogueWidget(QWidget *parent = nullptr);

    /// Shows the boundaries of `document`; their keys are fixed from now on, new ones follow their title.
    void setDocument(const PolicyDocument &document);
    /// Writes the boundaries shown into `document`, leaving its ladder alone.
    void applyTo(PolicyDocument &document) const;
    void setReadOnly(bool readOnly);

    /// Selects the boundary with `key`, if there is one.
    void selectBoundary(const QString &key);

Q_SIGNALS:
    void changed();

private:
    void showSelected();
    void updateItem(int row);
    void updateButtons();
    void editField();
    void addBoundary();
    void toggleRetired();
    void move(int delta);
    QPlainTextEdit *addEditor(const QString &name, const QString &placeholder);

    bool m_readOnly = false;
    bool m_loading = false;
    QList<Boundary> m_boundaries;
    /// Keys that existed when the document was shown: they never change, whatever the title becomes.
    QSet<QString> m_fixedKeys;

    QListWidget *m_list = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_key = nullptr;
    QLabel *m_retiredNote = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QPlainTextEdit *m_appropriate = nullptr;
    QPlainTextEdit *m_consequence = nullptr;
    QWidget *m_editor = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_retire = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
};

} // namespace bk
