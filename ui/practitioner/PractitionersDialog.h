// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/OpenPractice.h"
#include "app/practitioner/PractitionerAccount.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace bk {

/// The practitioners of a practice on a server, with their sign-ins, roles and whether they are active; an
/// owner adds practitioners, changes their roles, deactivates those who leave and reactivates them here,
/// everyone else sees the list and why it is read-only. Changes made on another desktop show at once.
class PractitionersDialog : public QDialog {
    Q_OBJECT
public:
    explicit PractitionersDialog(OpenPractice database, QWidget *parent = nullptr);

    /// Reads the practitioners again, keeping the selected one selected.
    void reload();

private:
    void addPractitioner();
    void changeRole();
    /// Deactivates the selected practitioner, asking who takes over their clients when they have any.
    void deactivate();
    void reactivate();
    /// Shows a refusal under the list.
    void showProblem(const Status &status);
    /// Shows the selected practitioner's role in the role box.
    void showSelected();
    /// Change role is offered for another role than the selected practitioner has; deactivating for an
    /// active practitioner other than oneself, reactivating for an inactive one.
    void updateButtons();
    void select(const QString &login);
    const PractitionerAccount *selected() const;

    const OpenPractice m_db;
    QList<PractitionerAccount> m_practitioners;
    bool m_mayChange = false;
    qint64 m_me = 0; ///< the signed-in practitioner's id

    QLabel *m_note = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QComboBox *m_role = nullptr;
    QPushButton *m_changeRole = nullptr;
    QPushButton *m_deactivate = nullptr;
    QPushButton *m_reactivate = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace bk
