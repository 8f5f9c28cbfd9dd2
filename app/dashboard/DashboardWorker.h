// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/dashboard/DashboardFigures.h"

#include <QObject>
#include <QString>
#include <atomic>
#include <memory>

class QThread;

namespace bk {

class DashboardComputer;

/// Computes dashboard figures on a thread of its own, with its own read-only connection to the database
/// (opened, used and removed in that thread), so the window never waits for the database. Results arrive by
/// signal; a newer request supersedes the older ones, whose work stops between statements and whose results
/// are never delivered.
class DashboardWorker : public QObject {
    Q_OBJECT
public:
    explicit DashboardWorker(const QString &databasePath, QObject *parent = nullptr);
    ~DashboardWorker() override;

    /// Asks for the figures of `request`; returns the number figuresReady() or failed() will carry.
    quint64 request(const DashboardRequest &request);
    /// The number of the latest request (0 before the first).
    quint64 latestRequest() const { return m_latest->load(); }

Q_SIGNALS:
    /// The figures of the latest request.
    void figuresReady(quint64 requestId, const bk::DashboardFigures &figures);
    /// Why the latest request could not be answered, in a sentence.
    void failed(quint64 requestId, const QString &message);

private:
    void deliver(quint64 requestId, const DashboardFigures &figures);
    void deliverFailure(quint64 requestId, const QString &message);

    std::shared_ptr<std::atomic<quint64>> m_latest = std::make_shared<std::atomic<quint64>>(0);
    QThread *m_thread = nullptr;
    DashboardComputer *m_computer = nullptr;
};

} // namespace bk
