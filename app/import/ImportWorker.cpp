// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/import/ImportWorker.h"

#include "app/import/ImportReader.h"
#include "app/import/ImportService.h"
#include "app/storage/WorkerConnection.h"

namespace bk {

ImportWorker::ImportWorker(QObject *parent)
    : QObject(parent) {}

ImportWorker::~ImportWorker() = default;

void ImportWorker::cancel() {
    m_thread.cancel();
}

std::function<bool(qint64, qint64)> ImportWorker::reporter(const std::atomic<bool> &cancelled) {
    // The signals are delivered in the receiver's thread; the thread's destructor waits for the job, so
    // `this` outlives every emission.
    return [this, &cancelled](qint64 done, qint64 total) {
        Q_EMIT progress(done, total);
        return !cancelled.load();
    };
}

void ImportWorker::plan(const QString &location, const QString &file, const QString &encoding,
                        const ImportMapping &mapping) {
    m_thread.cancel();
    m_thread.wait();
    const quint64 id = ++m_plans;
    m_thread.start([this, id, location, file, encoding, mapping](const std::atomic<bool> &cancelled) {
        Result<ImportPlan> planned = [&]() -> Result<ImportPlan> {
            Result<std::unique_ptr<ImportReader>> reader = ImportReader::openFile(file, {}, encoding);
            if (!reader)
                return reader.error();
            Result<std::unique_ptr<Database>> database = openWorkerConnection(location);
            if (!database)
                return database.error();
            return ImportService(*database.value()).plan(*reader.value(), mapping, reporter(cancelled));
        }();
        // Delivered in this object's thread, unless a newer plan was started meanwhile.
        QMetaObject::invokeMethod(
            this,
            [this, id, planned = std::move(planned)] {
                if (id != m_plans)
                    return;
                if (planned)
                    Q_EMIT this->planned(planned.value());
                else
                    Q_EMIT planFailed(planned.error().message,
                                      planned.error().kind == Error::Kind::Cancelled);
            },
            Qt::QueuedConnection);
    });
}

void ImportWorker::start(const QString &location, const ImportPlan &plan) {
    // The plan's job has delivered it and only has its thread left to end.
    m_thread.wait();
    m_thread.start([this, location, plan](const std::atomic<bool> &cancelled) {
        const Result<ImportOutcome> outcome = [&]() -> Result<ImportOutcome> {
            Database::Options options;
            options.checkIntegrity = false; // the window's connection checked it when opening
            options.create = false;
            Result<std::unique_ptr<Database>> database = Database::open(location, options);
            if (!database)
                return database.error();
            return ImportService(*database.value()).apply(plan, reporter(cancelled));
        }();
        if (outcome)
            Q_EMIT finished(true, outcome.value().summary());
        else
            Q_EMIT finished(false, outcome.error().message);
    });
}

void ImportWorker::saveRejected(const ImportPlan &plan, const QString &path) {
    m_thread.wait();
    m_thread.start([this, plan, path](const std::atomic<bool> &cancelled) {
        if (const Status saved = plan.saveRejected(path, reporter(cancelled)); !saved)
            Q_EMIT rejectedSaved(false, saved.error().message, saved.error().kind == Error::Kind::Cancelled);
        else
            Q_EMIT rejectedSaved(true, {}, false);
    });
}

} // namespace bk
