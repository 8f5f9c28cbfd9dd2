// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/CancellableThread.h"

#include <QByteArray>
#include <QObject>
#include <QString>

namespace bk {

/// Backs up a practice to a chosen file on a thread of its own, with its own read-only connection to the
/// database (opened, used and removed in that thread), so the window stays responsive. Progress and the
/// outcome arrive by signal; the backup can be cancelled, and then leaves nothing behind.
class BackupWorker : public QObject {
    Q_OBJECT
public:
    explicit BackupWorker(QObject *parent = nullptr);
    /// Cancels a running backup and waits for its thread.
    ~BackupWorker() override;

    /// Starts backing up the practice at `location` (a file's path or a server's URL without password) to
    /// `file`, encrypted when `passphrase` is not empty. Ignored while a backup runs.
    void start(const QString &location, const QString &file, const QByteArray &passphrase);
    /// Asks the running backup to stop; finished() follows.
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    /// How much is copied of the whole (pages); `total` is 0 when unknown (a server).
    void progress(qint64 done, qint64 total);
    /// The outcome: the backup's path when it succeeded, otherwise why it failed, in a sentence.
    void finished(bool succeeded, const QString &pathOrMessage);

private:
    CancellableThread m_thread;
};

} // namespace bk
