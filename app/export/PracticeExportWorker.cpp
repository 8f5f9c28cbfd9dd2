// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/export/PracticeExportWorker.h"

#include "app/export/PracticeExport.h"
#include "app/storage/Database.h"

#include <QDir>
#include <QThread>

namespace bk {

PracticeExportWorker::PracticeExportWorker(QObject *parent)
    : QObject(parent) {}

PracticeExportWorker::~PracticeExportWorker() {
    cancel();
    if (m_thread)
        m_thread->wait();
}

bool PracticeExportWorker::isRunning() const {
    return m_thread && m_thread->isRunning();
}

void PracticeExportWorker::cancel() {
    m_cancelled->store(true);
}

void PracticeExportWorker::start(const QString &location, const QString &folder) {
    if (isRunning())
        return;
    delete m_thread;
    m_cancelled->store(false);
    m_thread = QThread::create([this, location, folder, cancelled = m_cancelled] {
        // The destructor waits for this thread, so `this` outlives every emission.
        const Result<PracticeExport::Summary> written = [&]() -> Result<PracticeExport::Summary> {
            Database::Options options;
            options.access = Database::Access::ReadOnly;
            options.checkIntegrity = false;
            options.create = false;
            Result<std::unique_ptr<Database>> database = Database::open(location, options);
            if (!database)
                return database.error();
            return PracticeExport::write(*database.value(), folder, [this, &cancelled](int done, int total) {
                Q_EMIT progress(done, total);
                return !cancelled->load();
            });
        }();
        if (written)
            Q_EMIT finished(true, PracticeExport::tr("Exported %n table(s) and %1 file(s) to %2.", nullptr,
                                                     written.value().tables)
                                      .arg(written.value().files)
                                      .arg(QDir::toNativeSeparators(folder)));
        else
            Q_EMIT finished(false, written.error().message);
    });
    m_thread->start();
}

} // namespace bk
