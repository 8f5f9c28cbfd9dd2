// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <atomic>
#include <memory>

class QThread;

namespace bk {

/// Moves a practice from its file into an empty database on a PostgreSQL server on a thread of its own, with
/// connections of its own (opened, used and closed in that thread), so that the window never waits for a
/// copy of a million rows. The copy is PracticeCopy's, as `boundary-keeper-cli migrate --to` runs it: one
/// transaction, every count and every signed document's SHA-256 checked. Progress and the outcome arrive by
/// signal; cancel() stops it at its next batch of rows and rolls everything back, leaving the server empty.
class PracticeMove : public QObject {
    Q_OBJECT
public:
    /// A copied table and its rows, counted on both sides.
    using Table = QPair<QString, qint64>;

    explicit PracticeMove(QObject *parent = nullptr);
    /// Cancels a move still running and waits until its transaction is rolled back.
    ~PracticeMove() override;

    /// Why `url` cannot be a practice's server address, in a sentence; empty when it can.
    static QString problemWithUrl(const QString &url);

    /// Starts copying the practice in the file at `filePath` to `url` (which may hold a password).
    void start(const QString &filePath, const QString &url);
    /// Stops the move; finished() then reports it cancelled.
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    /// `done` of `total` rows are on the server (uncommitted until finished()); `table` is being copied.
    void progressed(const QString &table, qint64 done, qint64 total);
    /// The move ended: with the tables and their checked row counts when `message` is empty, otherwise
    /// why not (nothing was copied). `cancelled` when cancel() stopped it.
    void finished(const QList<bk::PracticeMove::Table> &tables, const QString &message, bool cancelled);

private:
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancelled = std::make_shared<std::atomic<bool>>(false);
};

} // namespace bk
