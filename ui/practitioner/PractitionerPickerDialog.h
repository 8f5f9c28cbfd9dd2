// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/practitioner/PractitionerAccount.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace bk {

/// Picks one practitioner from a short list (name, sign-in, role), narrowed as one types a part of the name
/// or sign-in; the arrow keys move through the list from the filter, Enter takes the selected one. The
/// caller offers only those the choice makes sense for.
class PractitionerPickerDialog : public QDialog {
    Q_OBJECT
public:
    PractitionerPickerDialog(const QString &title, const QString &question,
                             const QList<PractitionerAccount> &choices, QWidget *parent = nullptr);

    /// The login of the practitioner chosen; empty when none is selected.
    QString chosenLogin() const;
    /// Shows the dialog and returns the login chosen, or an empty string when cancelled.
    static QString pick(QWidget *parent, const QString &title, const QString &question,
                        const QList<PractitionerAccount> &choices);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Hides the rows the filter does not match and keeps a visible row selected.
    void applyFilter();
    void updateOk();

    const QList<PractitionerAccount> m_choices;
    QLineEdit *m_filter = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_none = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace bk
