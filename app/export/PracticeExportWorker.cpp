// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/export/PracticeExportWorker.h"

#include "app/export/PracticeExport.h"
#include "app/storage/WorkerConnection.h"

#include <QDir>

namespace bk {

PracticeExportWorker::PracticeExportWorker(QObject *parent)
    : QObject(parent) {}

PracticeExportWorker::~PracticeExportWorker() = default;

bool PracticeExportWorker::isRunning() const {
    return m_thread.isRunning();
}

void PracticeExportWorker::cancel() {
    m_thread.cancel();
}

void PracticeExportWorker::start(const QString &location, const QString &folder) {
    m_thread.start([this, location, folder](const std::atomic<bool> &cancelled) {
        // The thread's destructor waits for this job, so `this` outlives every emission.
        const Result<PracticeExport::Summary> written = [&]() -> Result<PracticeExport::Summary> {
            Result<std::unique_ptr<Database>> database = openWorkerConnection(location);
            if (!database)
                return database.error();
            return PracticeExport::write(*database.value(), folder, [this, &cancelled](int done, int total) {
                Q_EMIT progress(done, total);
                return !cancelled.load();
            });
        }();
        if (written)
            Q_EMIT finished(true, PracticeExport::tr("Exported %1 and %2 to %3.")
                                      .arg(PracticeExport::tr("%n table(s)", nullptr, written.value().tables),
                                           PracticeExport::tr("%n file(s)", nullptr, written.value().files),
                                           QDir::toNativeSeparators(folder)));
        else
            Q_EMIT finished(false, written.error().message);
    });
}

} // namespace bk
