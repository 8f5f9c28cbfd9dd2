// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/audit/AuditWorker.h"

#include "app/storage/WorkerConnection.h"

namespace bk {

AuditWorker::AuditWorker(QObject *parent)
    : QObject(parent) {}

AuditWorker::~AuditWorker() = default;

bool AuditWorker::isRunning() const {
    return m_thread.isRunning();
}

void AuditWorker::cancel() {
    m_thread.cancel();
}

void AuditWorker::start(const QString &location, const QList<AuditTrail::Anchor> &anchors) {
    m_thread.start([this, location, anchors](const std::atomic<bool> &cancelled) {
        // The thread's destructor waits for this job, so `this` outlives every emission.
        const Result<AuditTrail::Report> report = [&]() -> Result<AuditTrail::Report> {
            Result<std::unique_ptr<Database>> database = openWorkerConnection(location);
            if (!database)
                return database.error();
            return AuditTrail(*database.value())
                .verify(anchors, [this, &cancelled](qint64 done, qint64 total) {
                    Q_EMIT progress(done, total);
                    return !cancelled.load();
                });
        }();
        if (!report) {
            Q_EMIT finished(false, false, report.error().message, {});
            return;
        }
        const AuditTrail::Report &checked = report.value();
        const QString summary =
            checked.intact()
                ? AuditTrail::tr(
                      "The records are intact: %n event(s) of the audit trail are chained, and every "
                      "record is as the trail last recorded it.",
                      nullptr, int(checked.events))
                : AuditTrail::tr("The audit trail found records changed outside Boundary Keeper.");
        Q_EMIT finished(true, checked.intact(), summary, checked.problems);
    });
}

} // namespace bk
