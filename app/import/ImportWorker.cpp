// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/import/ImportWorker.h"

#include "app/import/ImportService.h"
#include "app/storage/Database.h"

namespace bk {

ImportWorker::ImportWorker(QObject *parent)
    : QObject(parent) {}

ImportWorker::~ImportWorker() = default;

bool ImportWorker::isRunning() const {
    return m_thread.isRunning();
}

void ImportWorker::cancel() {
    m_thread.cancel();
}

void ImportWorker::start(const QString &location, const ImportPlan &plan) {
    m_thread.start([this, location, plan](const std::atomic<bool> &cancelled) {
        // The signals are delivered in the receiver's thread; the thread's destructor waits for it, so
        // `this` outlives every emission.
        const Result<ImportOutcome> outcome = [&]() -> Result<ImportOutcome> {
            Database::Options options;
            options.checkIntegrity = false; // the window's connection checked it when opening
            options.create = false;
            Result<std::unique_ptr<Database>> database = Database::open(location, options);
            if (!database)
                return database.error();
            return ImportService(*database.value())
                .apply(plan, [this, &cancelled](qint64 done, qint64 total) {
                    Q_EMIT progress(done, total);
                    return !cancelled.load();
                });
        }();
        if (outcome)
            Q_EMIT finished(true, outcome.value().summary());
        else
            Q_EMIT finished(false, outcome.error().message);
    });
}

} // namespace bk
