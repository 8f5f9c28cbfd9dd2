// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/Result.h"
#include "app/practitioner/Reflection.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <optional>

namespace bk {

class Database;
class KeysetQuery;

/// The practitioner's reflection entries and redirect phrases in storage: the only place their SQL lives.
/// Writes neither validate nor announce; ReflectionService does both around them.
class ReflectionRepository {
    Q_DECLARE_TR_FUNCTIONS(ReflectionRepository)
public:
    explicit ReflectionRepository(const Database &database)
        : m_db(database) {}

    /// Inserts the entry as given (its id and client name are ignored); returns the new id.
    Result<qint64> insert(const ReflectionEntry &entry) const;
    /// Writes the entry's client, date, answers, recommendation, decision and note over entry `entry.id`
    /// (its author and when it was first recorded stay).
    Status update(const ReflectionEntry &entry) const;
    Status remove(qint64 id) const;
    Result<ReflectionEntry> get(qint64 id) const;

    Result<qint64> count(const ReflectionFilter &filter) const;
    /// Rows [offset, offset + limit) of the list, newest first.
    Result<QList<ReflectionEntry>> pageAt(const ReflectionFilter &filter, const ReflectionSort &sort,
                                          qint64 offset, int limit) const;
    /// The `limit` rows that end `offsetFromEnd` rows before the end of the list, in list order.
    Result<QList<ReflectionEntry>> pageFromEnd(const ReflectionFilter &filter, const ReflectionSort &sort,
                                               qint64 offsetFromEnd, int limit) const;
    /// The `limit` rows that follow (or, with `before`, precede) `row` in the list after skipping `skip`
    /// rows, in list order.
    Result<QList<ReflectionEntry>> pageNextTo(const ReflectionFilter &filter, const ReflectionSort &sort,
                                              const ReflectionEntry &row, bool before, int limit,
                                              qint64 skip = 0) const;
    /// The 0-based position of entry `id` in the list, or -1 when the filter hides it.
    Result<qint64> positionOf(const ReflectionFilter &filter, const ReflectionSort &sort, qint64 id) const;

    /// The phrases the practitioner saved, in order; std::nullopt when they never saved any.
    Result<std::optional<QStringList>> redirectPhrases() const;
    /// Replaces the saved phrases with `phrases` (each non-blank), in that order.
    Status saveRedirectPhrases(const QStringList &phrases) const;

    /// What the month from `fromUtc` to `toUtc` (its first and last days `first`, `last`) looked like: the
    /// practitioner's own lapses, clients with repeated incidents and the disclosure checks taken.
    Result<MonthlyReview> monthlyReview(const QDate &first, const QDate &last, const QDateTime &fromUtc,
                                        const QDateTime &toUtc) const;
    /// Records the signed-in practitioner's reflection for its month, replacing one recorded before.
    Result<qint64> saveMonthly(const MonthlyReflection &reflection) const;
    /// The signed-in practitioner's reflection for the month starting on `month`, if any.
    Result<std::optional<MonthlyReflection>> monthly(const QDate &month) const;
    /// Every monthly reflection (skipped ones included), the latest month first.
    Result<QList<MonthlyReflection>> monthlyReflections() const;
    /// Whether any client was added before `moment` (UTC): whether the practice was in use by then.
    Result<bool> inUseBefore(const QDateTime &moment) const;

private:
    KeysetQuery keyset(const ReflectionFilter &filter) const;

    const Database &m_db;
};

} // namespace bk
