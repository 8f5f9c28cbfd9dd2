// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/backup/BackupWorker.h"

#include "app/backup/BackupService.h"
#include "app/storage/WorkerConnection.h"

namespace bk {

BackupWorker::BackupWorker(QObject *parent)
    : QObject(parent) {}

BackupWorker::~BackupWorker() = default;

bool BackupWorker::isRunning() const {
    return m_thread.isRunning();
}

void BackupWorker::cancel() {
    m_thread.cancel();
}

void BackupWorker::start(const QString &location, const QString &file, const QByteArray &passphrase) {
    m_thread.start([this, location, file, passphrase](const std::atomic<bool> &cancelled) {
        // The signals are delivered in the receiver's thread; the thread's destructor waits for it, so
        // `this` outlives every emission.
        const Result<BackupEntry> written = [&]() -> Result<BackupEntry> {
            Result<std::unique_ptr<Database>> database = openWorkerConnection(location);
            if (!database)
                return database.error();
            return BackupService(*database.value())
                .backUpTo(file, passphrase, [this, &cancelled](qint64 done, qint64 total) {
                    Q_EMIT progress(done, total);
                    return !cancelled.load();
                });
        }();
        if (written)
            Q_EMIT finished(true, written.value().path);
        else
            Q_EMIT finished(false, written.error().message);
    });
}

} // namespace bk
