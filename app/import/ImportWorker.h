// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/CancellableThread.h"
#include "app/import/ImportMapping.h"
#include "app/import/ImportPlan.h"

#include <QObject>
#include <QString>

namespace bk {

/// Plans an import file, saves its rejected rows and applies a confirmed plan on a thread of its own, with
/// its own connection to the database (opened, used and removed in that thread), so the window stays
/// responsive while a long file is read or written. Progress and the outcomes arrive by signal; cancelling
/// either writes nothing.
class ImportWorker : public QObject {
    Q_OBJECT
public:
    explicit ImportWorker(QObject *parent = nullptr);
    /// Cancels a running job and waits for its thread.
    ~ImportWorker() override;

    /// Starts reading the file at `file` in `encoding` (detected when empty) and planning its import with
    /// `mapping` into the practice at `location` (read-only). A plan still being made is cancelled and
    /// waited for first: only the latest plan's outcome arrives.
    void plan(const QString &location, const QString &file, const QString &encoding,
              const ImportMapping &mapping);
    /// Starts importing `plan` into the practice at `location` (a file's path or a server's URL without
    /// password), once the job before it (a plan that has arrived) has ended.
    void start(const QString &location, const ImportPlan &plan);
    /// Starts saving the rejected rows of `plan` to `path` (ImportPlan::saveRejected()), once the job before
    /// it has ended.
    void saveRejected(const ImportPlan &plan, const QString &path);
    /// Asks the running job to stop; planFailed(), finished() or rejectedSaved() follows, and nothing is
    /// written.
    void cancel();

Q_SIGNALS:
    /// How much of the file is read (bytes) while planning; how many clients are written while importing.
    void progress(qint64 done, qint64 total);
    /// The plan of the file, read to its end.
    void planned(const bk::ImportPlan &plan);
    /// Why the file cannot be planned, or that planning was cancelled.
    void planFailed(const QString &message, bool cancelled);
    /// The outcome in a sentence: the counts when it succeeded, otherwise why nothing was imported.
    void finished(bool succeeded, const QString &message);
    /// Whether the rejected rows were saved; if not, why, and whether it was cancelled.
    void rejectedSaved(bool saved, const QString &message, bool cancelled);

private:
    /// Reports a job's progress; false once it is cancelled.
    std::function<bool(qint64, qint64)> reporter(const std::atomic<bool> &cancelled);

    CancellableThread m_thread;
    /// The plans started so far: the outcome of an older one is not delivered.
    quint64 m_plans = 0;
};

} // namespace bk
