// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include <QByteArray>
#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace bk {

/// Asks for a backup's passphrase: for a new backup whether to encrypt it and the passphrase twice, for the
/// daily backups the passphrase twice, for an encrypted backup being restored the passphrase once.
class PassphraseDialog : public QDialog {
    Q_OBJECT
public:
    enum class Purpose { NewBackup, DailyBackups, OpenBackup };

    explicit PassphraseDialog(Purpose purpose, QWidget *parent = nullptr);

    /// The passphrase given, UTF-8; empty when a new backup is not to be encrypted.
    QByteArray passphrase() const;

private:
    void updateState();

    Purpose m_purpose;
    QCheckBox *m_encrypt = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLineEdit *m_confirmation = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace bk
