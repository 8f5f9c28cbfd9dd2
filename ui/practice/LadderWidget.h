// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "policy/BoundaryPolicy.h"

#include <QSet>
#include <QWidget>

class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace bk {

/// Edits the consequence ladder of a policy draft: its steps in order, each with a title and description.
/// Saves nothing itself.
class LadderWidget : public QWidget {
    Q_OBJECT
public:
    explicit LadderWidget(QWidget *parent = nullptr);

    /// Shows the ladder of `document`.
    void setDocument(const PolicyDocument &document);
    /// Writes the ladder shown into `document`, leaving its boundaries alone.
    void applyTo(PolicyDocument &document) const;
    void setReadOnly(bool readOnly);

Q_SIGNALS:
    void changed();

private:
    void showSelected();
    void updateItem(int row);
    void updateButtons();
    void editField();
    void addStep();
    void removeStep();
    void move(int delta);

    bool m_readOnly = false;
    bool m_loading = false;
    QList<LadderStep> m_steps;
    QSet<QString> m_fixedKeys;

    QListWidget *m_list = nullptr;
    QWidget *m_editor = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
};

} // namespace bk
