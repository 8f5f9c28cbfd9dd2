// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace bk {

/// Runs one job at a time on a thread of its own, which can be asked to stop: the thread the workers of
/// long tasks (backups, imports) run on. Destroying it asks the job to stop and waits for it.
class CancellableThread {
public:
    CancellableThread();
    ~CancellableThread();
    CancellableThread(const CancellableThread &) = delete;
    CancellableThread &operator=(const CancellableThread &) = delete;

    /// Starts `job`, which is passed the flag cancel() sets; nothing while a job runs.
    void start(std::function<void(const std::atomic<bool> &cancelled)> job);
    /// Asks the running job to stop.
    void cancel();
    /// Waits for the running job to end.
    void wait();
    bool isRunning() const;

private:
    std::unique_ptr<QThread> m_thread;
    std::shared_ptr<std::atomic<bool>> m_cancelled = std::make_shared<std::atomic<bool>>(false);
};

} // namespace bk
