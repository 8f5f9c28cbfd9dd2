// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/backup/BackupWorker.h"

#include "app/backup/BackupService.h"
#include "app/storage/Database.h"

#include <QThread>

namespace bk {

BackupWorker::BackupWorker(QObject *parent)
    : QObject(parent) {}

BackupWorker::~BackupWorker() {
    cancel();
    if (m_thread)
        m_thread->wait();
}

bool BackupWorker::isRunning() const {
    return m_thread && m_thread->isRunning();
}

void BackupWorker::cancel() {
    m_cancelled->store(true);
}

void BackupWorker::start(const QString &location, const QString &file, const QByteArray &passphrase) {
    if (isRunning())
        return;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    m_cancelled->store(false);
    m_thread = QThread::create([this, location, file, passphrase, cancelled = m_cancelled] {
        // The signals are delivered in the receiver's thread; the destructor waits for this thread, so
        // `this` outlives every emission.
        const Result<BackupEntry> written = [&]() -> Result<BackupEntry> {
            Database::Options options;
            options.access = Database::Access::ReadOnly;
            options.checkIntegrity = false; // the copy is checked instead
            options.create = false;
            Result<std::unique_ptr<Database>> database = Database::open(location, options);
            if (!database)
                return database.error();
            return BackupService(*database.value())
                .backUpTo(file, passphrase, [this, &cancelled](qint64 done, qint64 total) {
                    Q_EMIT progress(done, total);
                    return !cancelled->load();
                });
        }();
        if (written)
            Q_EMIT finished(true, written.value().path);
        else
            Q_EMIT finished(false, written.error().message);
    });
    m_thread->start();
}

} // namespace bk
