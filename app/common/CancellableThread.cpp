// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/common/CancellableThread.h"

#include <QThread>

namespace bk {

CancellableThread::CancellableThread() = default;

CancellableThread::~CancellableThread() {
    cancel();
    wait();
}

void CancellableThread::wait() {
    if (m_thread)
        m_thread->wait();
}

bool CancellableThread::isRunning() const {
    return m_thread && m_thread->isRunning();
}

void CancellableThread::cancel() {
    m_cancelled->store(true);
}

void CancellableThread::start(std::function<void(const std::atomic<bool> &cancelled)> job) {
    if (isRunning())
        return;
    wait();
    m_cancelled->store(false);
    m_thread.reset(QThread::create([job = std::move(job), cancelled = m_cancelled] { job(*cancelled); }));
    m_thread->start();
}

} // namespace bk
