// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/common/PracticeMove.h"

#include "app/storage/Database.h"
#include "app/storage/PracticeCopy.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

namespace bk {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(PracticeMove)
};

} // namespace

PracticeMove::PracticeMove(QObject *parent)
    : QObject(parent) {}

PracticeMove::~PracticeMove() {
    if (m_thread) {
        m_cancelled->store(true);
        m_thread->wait();
    }
}

QString PracticeMove::problemWithUrl(const QString &url) {
    if (url.trimmed().isEmpty())
        return Tr::tr(
            "Enter the address of the server's database, e.g. postgresql://anna@db.example.org/practice.");
    if (!Database::isServerUrl(url.trimmed()))
        return Tr::tr(
            "A server address begins with postgresql://, e.g. postgresql://anna@db.example.org/practice.");
    return {};
}

bool PracticeMove::isRunning() const {
    return m_thread && m_thread->isRunning();
}

void PracticeMove::cancel() {
    m_cancelled->store(true);
}

void PracticeMove::start(const QString &filePath, const QString &url) {
    if (isRunning())
        return;
    m_cancelled->store(false);
    // The thread owns copies of everything it uses: the move object may go before the thread ends.
    m_thread = QThread::create([this, filePath, url = url.trimmed(), cancelled = m_cancelled]() {
        QList<Table> tables;
        QString message;
        {
            // The file is only read; its integrity was checked when the window opened it.
            Result<std::unique_ptr<Database>> from =
                Database::open(filePath, Database::Options{Database::Access::ReadOnly, false});
            Result<std::unique_ptr<Database>> to =
                from ? Database::open(url) : Result<std::unique_ptr<Database>>(from.error());
            if (!to) {
                message = to.error().message;
            } else {
                // Progress at most every 50 ms: a million rows would otherwise queue a thousand repaints.
                QElapsedTimer shown;
                const Result<QList<PracticeCopy::Table>> copied = PracticeCopy::copy(
                    *from.value(), *to.value(), [&](const QString &table, qint64 done, qint64 total) {
                        if (!shown.isValid() || shown.elapsed() >= 50 || done == total) {
                            shown.start();
                            Q_EMIT progressed(table, done, total);
                        }
                        return !cancelled->load();
                    });
                if (copied) {
                    for (const PracticeCopy::Table &table : copied.value())
                        tables.append(Table{table.name, table.rows});
                } else {
                    message = copied.error().message;
                }
            }
        } // both connections are closed in this thread
        const bool wasCancelled = cancelled->load() && !message.isEmpty();
        if (wasCancelled)
            message = Tr::tr("The move was cancelled; nothing was copied and the server's database is still "
                             "empty.");
        Q_EMIT finished(tables, message, wasCancelled);
    });
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    connect(m_thread, &QThread::finished, this, [this, thread = m_thread]() {
        if (m_thread == thread)
            m_thread = nullptr;
    });
    m_thread->start();
}

} // namespace bk
