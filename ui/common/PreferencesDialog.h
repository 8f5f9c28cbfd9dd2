// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/OpenPractice.h"
#include "app/policy/PracticeProfile.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;

namespace bk {

/// File ▸ Preferences: the language the window speaks (this user's, kept in the settings file; used from
/// the next start), the tray reminders of follow-ups falling due (this user's), the paper size of the
/// practice's documents (the practice's, kept in its profile) and,
/// for a practice file, where daily backups go and whether they are encrypted (BackupPassphrase).
class PreferencesDialog : public QDialog {
    Q_OBJECT

public:
    explicit PreferencesDialog(OpenPractice database, QWidget *parent = nullptr);

    void accept() override;

private:
    void updateRestartNote();
    QGroupBox *buildBackupBox();
    /// The encryption box was ticked: asks for the passphrase (unticks it when cancelled).
    void askBackupPassphrase(bool encrypt);
    /// Keeps or forgets the daily backups' passphrase as the box says; false when the keyring refused.
    bool saveBackupEncryption();

    const OpenPractice m_db;
    QString m_startLanguage;
    std::optional<PaperSize> m_startPaperSize;
    QComboBox *m_language = nullptr;
    QLabel *m_restartNote = nullptr;
    QCheckBox *m_trayReminders = nullptr;
    QComboBox *m_paperSize = nullptr;
    QLabel *m_paperNote = nullptr;
    QCheckBox *m_encryptBackups = nullptr;
    bool m_startEncryptBackups = false;
    QByteArray m_backupPassphrase; ///< a new one, given since the dialog opened
};

} // namespace bk
