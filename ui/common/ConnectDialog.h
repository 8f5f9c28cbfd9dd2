// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace bk {

/// File › Connect to practice server…: where the practice's PostgreSQL server is (host, port, database, user
/// name and TLS mode, or a whole URL pasted), and the password, from the system keyring when one is
/// available. Connecting is tried off the GUI thread and can be cancelled; a failure is told in words, and
/// the dialog closes only once the practice could be opened.
class ConnectDialog : public QDialog {
    Q_OBJECT
public:
    /// `address`: a server's URL (without its password) to start from; `reason`: why the dialog is shown
    /// (for instance that the server refused the password), shown as if a connection had just failed.
    explicit ConnectDialog(QWidget *parent = nullptr, const QString &address = {},
                           const QString &reason = {});
    ~ConnectDialog() override;

    /// After accept(): the server's URL without its password (what is shown and remembered).
    QString location() const { return m_location; }
    /// After accept(): the password that connected (typed, from the keyring, or the URL's); may be empty
    /// when libpq found one itself (PGPASSWORD, the password file) or the server needs none.
    QString password() const { return m_password; }

private:
    /// The URL the fields describe, or the one pasted (which wins when given).
    QString enteredUrl() const;
    void startAttempt();
    void attemptFinished(int attempt, bool ok, const QString &message, const QString &details, bool denied);
    void setBusy(bool busy);

    QLineEdit *m_url = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_tlsMode = nullptr;
    QLineEdit *m_passwordEdit = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_keyringNote = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_keyringAvailable = false;
    /// Counts attempts, so that the answer of a cancelled one is ignored.
    int m_attempt = 0;
    bool m_busy = false;
    QString m_location;
    QString m_password;
    QString m_tried;
    QString m_triedPassword;
};

} // namespace bk
