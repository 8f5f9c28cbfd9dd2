// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/CancellableThread.h"
#include "app/import/ImportPlan.h"

#include <QObject>
#include <QString>

namespace bk {

/// Applies a confirmed import plan on a thread of its own, with its own connection to the database (opened,
/// used and removed in that thread), so the window stays responsive. Progress and the outcome arrive by
/// signal; a cancelled import writes nothing.
class ImportWorker : public QObject {
    Q_OBJECT
public:
    explicit ImportWorker(QObject *parent = nullptr);
    /// Cancels a running import and waits for its thread.
    ~ImportWorker() override;

    /// Starts importing `plan` into the practice at `location` (a file's path or a server's URL without
    /// password). Ignored while an import runs.
    void start(const QString &location, const ImportPlan &plan);
    /// Asks the running import to stop; finished() follows, and nothing is written.
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    /// How many clients are written of the whole.
    void progress(qint64 done, qint64 total);
    /// The outcome in a sentence: the counts when it succeeded, otherwise why nothing was imported.
    void finished(bool succeeded, const QString &message);

private:
    CancellableThread m_thread;
};

} // namespace bk
