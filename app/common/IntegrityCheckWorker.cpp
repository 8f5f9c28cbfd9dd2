// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/common/IntegrityCheckWorker.h"

#include "app/storage/Database.h"

#include <limits>

namespace bk {

IntegrityCheckWorker::IntegrityCheckWorker(QObject *parent)
    : QObject(parent) {}

IntegrityCheckWorker::~IntegrityCheckWorker() = default;

bool IntegrityCheckWorker::isRunning() const {
    return m_thread.isRunning();
}

void IntegrityCheckWorker::start(const QString &path) {
    m_thread.start([this, path](const std::atomic<bool> &cancelled) {
        // The signals are delivered in the receiver's thread; the thread's destructor waits for it, so
        // `this` outlives every emission.
        Database::Options options;
        options.access = Database::Access::ReadOnly;
        options.create = false;
        options.trustUnchangedFromBytes = std::numeric_limits<qint64>::max();
        options.checking = [&cancelled] {
            return !cancelled.load();
        };
        const Result<std::unique_ptr<Database>> checked = Database::open(path, options);
        if (checked)
            Q_EMIT passed();
        else if (checked.error().kind == Error::Kind::Damaged)
            Q_EMIT damaged(checked.error().message, checked.error().details);
        else if (checked.error().kind != Error::Kind::Cancelled)
            Q_EMIT failed(checked.error().message);
    });
}

} // namespace bk
