// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include <QSet>
#include <QString>
#include <QWidget>

class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace bk {

/// A list of items whose order means something (boundaries, ladder steps) beside a form for the selected
/// item, with Add, a second action (remove or retire) and Move up / Move down. Subclasses own the items and
/// the form; this class keeps the list, the buttons, read-only state and the stable keys in step.
class OrderedListEditor : public QWidget {
    Q_OBJECT
public:
    void setReadOnly(bool readOnly);

Q_SIGNALS:
    void changed();

protected:
    /// Object names of the list and the buttons, for tests and accessibility.
    struct Names {
        QString list;
        QString add;
        QString second;
        QString up;
        QString down;
        QString listName; ///< what assistive technology calls the list
    };

    OrderedListEditor(const Names &names, const QString &secondLabel, QWidget *parent);

    /// Puts `form`, the editor of the selected item, beside the list. Call once, from the constructor.
    void setForm(QWidget *form);
    QListWidget *list() const { return m_list; }
    QPushButton *secondButton() const { return m_second; }

    virtual int itemCount() const = 0;
    virtual QString itemKey(int row) const = 0;
    /// Shows item `row` in the list entry `item` (its text, and any styling).
    virtual void showItem(QListWidgetItem *item, int row) const = 0;
    /// Fills the form with item `row`, or clears it for -1.
    virtual void loadForm(int row) = 0;
    virtual void setFormReadOnly(bool readOnly) = 0;
    /// Appends a new item with `key` and returns the widget that takes its title.
    virtual QWidget *appendItem(const QString &key) = 0;
    virtual void swapItems(int row, int other) = 0;
    /// Removes, retires or restores item `row`; returns whether the list lost it.
    virtual bool secondAction(int row) = 0;
    /// Lets the subclass relabel the second button for item `row` (-1: none selected).
    virtual void updateSecondButton(int row) { Q_UNUSED(row) }

    /// Rebuilds the list from the items and selects `row` (clamped); the keys shown become fixed.
    void resetItems(int row);
    void refreshItem(int row);
    /// The selected row when it may be edited now (not loading the form, not read-only), else -1.
    int editableRow() const;
    /// The key item `row` has for `title`: its own when fixed, else one derived from the title that no other
    /// item uses.
    QString keyFor(int row, const QString &title) const;
    /// Reloads the form and the buttons for the selected row.
    void showSelected();

private:
    void add();
    void runSecondAction();
    void move(int delta);
    void updateButtons();

    bool m_readOnly = false;
    bool m_loading = false;
    /// Keys of the items when they were shown: they never change, whatever the title becomes.
    QSet<QString> m_fixedKeys;
    QListWidget *m_list = nullptr;
    QWidget *m_form = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_second = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
};

} // namespace bk
