// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/CancellableThread.h"

#include <QObject>
#include <QString>

namespace bk {

/// Exports the whole practice (PracticeExport) on a thread of its own with its own read-only connection, so
/// the window stays responsive. Progress and the outcome arrive by signal; the export can be cancelled.
class PracticeExportWorker : public QObject {
    Q_OBJECT
public:
    explicit PracticeExportWorker(QObject *parent = nullptr);
    /// Cancels a running export and waits for its thread.
    ~PracticeExportWorker() override;

    /// Starts exporting the practice at `location` (a file's path or a server's URL) into `folder`. Ignored
    /// while an export runs.
    void start(const QString &location, const QString &folder);
    /// Asks the running export to stop; finished() follows.
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    /// How many of the tables are written.
    void progress(int done, int total);
    /// The outcome: a sentence saying what was written, or why it failed.
    void finished(bool succeeded, const QString &message);

private:
    CancellableThread m_thread;
};

} // namespace bk
