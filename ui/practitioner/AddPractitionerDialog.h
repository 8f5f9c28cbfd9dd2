// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/OpenPractice.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace bk {

/// Adds a practitioner to a practice on a server with their sign-in, role and password (typed twice); what
/// the service refuses is shown in the dialog, which keeps everything typed.
class AddPractitionerDialog : public QDialog {
    Q_OBJECT
public:
    explicit AddPractitionerDialog(OpenPractice database, QWidget *parent = nullptr);

    /// Fills `box` with the practice roles, their keys as item data, `Practitioner` chosen.
    static void addRoles(QComboBox *box);
    /// The sign-in of the practitioner added; empty until the dialog has added one.
    QString addedLogin() const { return m_added; }

    void accept() override;

private:
    const OpenPractice m_db;
    QString m_added;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace bk
