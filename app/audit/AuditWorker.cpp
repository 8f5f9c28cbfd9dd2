// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/audit/AuditWorker.h"

#include "app/audit/AuditTrail.h"
#include "app/storage/Database.h"

#include <QThread>

namespace bk {

AuditWorker::AuditWorker(QObject *parent)
    : QObject(parent) {}

AuditWorker::~AuditWorker() {
    cancel();
    if (m_thread)
        m_thread->wait();
}

bool AuditWorker::isRunning() const {
    return m_thread && m_thread->isRunning();
}

void AuditWorker::cancel() {
    m_cancelled->store(true);
}

void AuditWorker::start(const QString &location) {
    if (isRunning())
        return;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    m_cancelled->store(false);
    m_thread = QThread::create([this, location, cancelled = m_cancelled] {
        // The destructor waits for this thread, so `this` outlives every emission.
        const Result<AuditTrail::Report> report = [&]() -> Result<AuditTrail::Report> {
            Database::Options options;
            options.access = Database::Access::ReadOnly;
            options.checkIntegrity = false;
            options.create = false;
            Result<std::unique_ptr<Database>> database = Database::open(location, options);
            if (!database)
                return database.error();
            return AuditTrail(*database.value()).verify({}, [this, &cancelled](qint64 done, qint64 total) {
                Q_EMIT progress(done, total);
                return !cancelled->load();
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
    m_thread->start();
}

} // namespace bk
