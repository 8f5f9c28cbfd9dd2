// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/audit/AuditTrail.h"
#include "app/common/CancellableThread.h"

#include <QObject>
#include <QString>
#include <QStringList>

namespace bk {

/// Checks a practice's audit trail (AuditTrail::verify) on a thread of its own, with its own read-only
/// connection, so the window stays responsive. Progress and the outcome arrive by signal; it can be
/// cancelled.
class AuditWorker : public QObject {
    Q_OBJECT
public:
    explicit AuditWorker(QObject *parent = nullptr);
    /// Cancels a running check and waits for its thread.
    ~AuditWorker() override;

    /// Starts checking the practice at `location` (a file's path or a server's URL without password), and
    /// the heads noted in `anchors` besides those it holds itself. Ignored while a check runs.
    void start(const QString &location, const QList<AuditTrail::Anchor> &anchors = {});
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    /// The outcome: whether the check ran, whether the trail is intact, a one-sentence summary (or why the
    /// check failed) and the problems found.
    void finished(bool checked, bool intact, const QString &summary, const QStringList &problems);

private:
    CancellableThread m_thread;
};

} // namespace bk
