// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/dashboard/DashboardWorker.h"

#include "app/dashboard/DashboardService.h"
#include "app/storage/Database.h"

#include <QThread>

namespace bk {

/// Lives in the worker's thread: owns the thread's connection and computes there.
class DashboardComputer : public QObject {
    Q_OBJECT
public:
    DashboardComputer(QString path, std::shared_ptr<std::atomic<quint64>> latest)
        : m_path(std::move(path))
        , m_latest(std::move(latest)) {}

    void compute(quint64 requestId, const DashboardRequest &request) {
        // A request that is already superseded is skipped; the newer one is queued behind it.
        if (m_latest->load() != requestId)
            return;
        if (!m_database) {
            Result<std::unique_ptr<Database>> opened =
                Database::open(m_path, Database::Options{Database::Access::ReadOnly, false});
            if (!opened) {
                Q_EMIT failed(requestId, opened.error().message);
                return;
            }
            m_database = std::move(opened).value();
        }
        const std::shared_ptr<std::atomic<quint64>> latest = m_latest;
        Result<DashboardFigures> figures =
            DashboardService(*m_database).compute(request, [latest, requestId] {
                return latest->load() != requestId;
            });
        if (m_latest->load() != requestId)
            return;
        if (figures)
            Q_EMIT computed(requestId, figures.value());
        else
            Q_EMIT failed(requestId, figures.error().message);
    }

Q_SIGNALS:
    void computed(quint64 requestId, const bk::DashboardFigures &figures);
    void failed(quint64 requestId, const QString &message);

private:
    QString m_path;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    std::unique_ptr<Database> m_database; ///< created and destroyed in the worker's thread
};

DashboardWorker::DashboardWorker(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this)) {
    qRegisterMetaType<DashboardFigures>();
    qRegisterMetaType<DashboardRequest>();
    m_thread->setObjectName(QStringLiteral("dashboardThread"));
    m_computer = new DashboardComputer(databasePath, m_latest);
    m_computer->moveToThread(m_thread);
    // The computer (and with it the thread's connection) is deleted in its thread when the thread ends.
    connect(m_thread, &QThread::finished, m_computer, &QObject::deleteLater);
    connect(m_computer, &DashboardComputer::computed, this, &DashboardWorker::deliver);
    connect(m_computer, &DashboardComputer::failed, this, &DashboardWorker::deliverFailure);
    m_thread->start();
}

DashboardWorker::~DashboardWorker() {
    // Stops the running computation at its next statement, then waits for the thread to end.
    m_latest->fetch_add(1);
    m_thread->quit();
    m_thread->wait();
}

quint64 DashboardWorker::request(const DashboardRequest &request) {
    const quint64 id = m_latest->fetch_add(1) + 1;
    DashboardComputer *computer = m_computer;
    QMetaObject::invokeMethod(
        m_computer, [computer, id, request] { computer->compute(id, request); }, Qt::QueuedConnection);
    return id;
}

void DashboardWorker::deliver(quint64 requestId, const DashboardFigures &figures) {
    if (requestId == m_latest->load())
        Q_EMIT figuresReady(requestId, figures);
}

void DashboardWorker::deliverFailure(quint64 requestId, const QString &message) {
    if (requestId == m_latest->load())
        Q_EMIT failed(requestId, message);
}

} // namespace bk

#include "DashboardWorker.moc"
