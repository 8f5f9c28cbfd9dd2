// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/OpenPractice.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QProgressDialog>
#include <QString>
#include <optional>

class QAction;
class QWidget;

namespace bk {

class BackupWorker;

/// File › Back up now… and File › Restore…, and the daily backup when the window closes. A restore
/// replaces the open database, so it only checks the file and asks; the window then closes and the program
/// carries it out with nothing open (see app/main.cpp) and opens the practice again.
class BackupActions : public QObject {
    Q_OBJECT
public:
    /// A restore the user confirmed.
    struct RestoreRequest {
        QString file;
        QByteArray passphrase;
    };

    /// `demo`: the demo practice gets no daily backups.
    BackupActions(OpenPractice database, bool demo, QWidget *window);
    ~BackupActions() override;

    QAction *backUpAction() const { return m_backUpAction; }
    QAction *restoreAction() const { return m_restoreAction; }
    /// The confirmed restore, once the user confirmed one.
    const std::optional<RestoreRequest> &pendingRestore() const { return m_pendingRestore; }
    /// Drops the confirmed restore: the window stays open after all (the user kept unsaved changes).
    void dropRestore() { m_pendingRestore.reset(); }

    /// Takes the daily backup if it is due (at most once a day), when the window closes; a failure is
    /// shown, the window closes all the same.
    void backUpOnClose();

    /// Asks where to back up to (and whether to encrypt), then backs up on a thread of its own with
    /// progress.
    void backUpNow();
    /// Asks for a backup file, checks it, shows what it holds and asks to confirm.
    void chooseRestore();

Q_SIGNALS:
    /// A backup the user asked for ended: the outcome in a sentence.
    void backupFinished(bool succeeded, const QString &message);
    /// The user confirmed a restore: the window should close so that it can be carried out.
    void restoreConfirmed();

private:
    void showProgress(qint64 done, qint64 total);
    void finishBackup(bool succeeded, const QString &pathOrMessage);

    const OpenPractice m_db;
    bool m_demo = false;
    QWidget *m_window = nullptr;
    QAction *m_backUpAction = nullptr;
    QAction *m_restoreAction = nullptr;
    BackupWorker *m_worker = nullptr;
    QPointer<QProgressDialog> m_progress;
    std::optional<RestoreRequest> m_pendingRestore;
};

} // namespace bk
