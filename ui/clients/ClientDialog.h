// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "clients/Client.h"
#include "clients/ClientValidator.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace bk {

class Database;

/// Adds a client to the register or edits one, showing each problem next to the field it concerns.
///
/// On a read-only database it shows the client without letting anything be changed.
class ClientDialog : public QDialog {
    Q_OBJECT
public:
    /// A dialog for a new client.
    explicit ClientDialog(const Database &database, QWidget *parent = nullptr);
    /// A dialog for an existing client.
    ClientDialog(const Database &database, const Client &client, QWidget *parent = nullptr);

    /// The client as the fields describe it now.
    Client client() const;
    /// The id of the client saved by the dialog; 0 until it has saved.
    qint64 savedClientId() const { return m_savedId; }

    /// Validates and saves; with problems the dialog stays open and keeps everything typed.
    void accept() override;

private:
    void buildForm();
    void showClient(const Client &client);
    /// Shows the validator's problems next to their fields, and returns them.
    QList<ClientValidator::Problem> showProblems();
    QWidget *withErrorLabel(QWidget *field, ClientValidator::Field which, const QString &name);

    const Database &m_db;
    Client m_original;
    bool m_editing = false;
    bool m_problemsShown = false;
    qint64 m_savedId = 0;

    QLineEdit *m_fullName = nullptr;
    QLineEdit *m_preferredName = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_status = nullptr;
    QCheckBox *m_startDateKnown = nullptr;
    QDateEdit *m_startDate = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_times = nullptr;
    QLabel *m_saveError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QHash<ClientValidator::Field, QLabel *> m_errorLabels;
    QHash<ClientValidator::Field, QWidget *> m_fieldWidgets;
};

} // namespace bk
