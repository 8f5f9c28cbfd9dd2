// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/CancellableThread.h"

#include <QObject>
#include <QString>

namespace bk {

/// The full integrity check of a practice file that opened after only the quick one (see
/// OpenPractice::fullCheckPending()): PRAGMA integrity_check, which also cross-checks every index against its
/// table, on a thread of its own with its own read-only connection, so that the window is usable meanwhile.
class IntegrityCheckWorker : public QObject {
    Q_OBJECT
public:
    explicit IntegrityCheckWorker(QObject *parent = nullptr);
    /// Stops a running check and waits for its thread.
    ~IntegrityCheckWorker() override;

    /// Starts checking the practice file at `path`. Ignored while a check runs.
    void start(const QString &path);
    bool isRunning() const;

Q_SIGNALS:
    /// The file passed the full check.
    void passed();
    /// The file is damaged: what to tell the user, and the check's findings.
    void damaged(const QString &message, const QString &details);
    /// The check could not run (the file could not be read); nothing is known about it.
    void failed(const QString &message);

private:
    CancellableThread m_thread;
};

} // namespace bk
