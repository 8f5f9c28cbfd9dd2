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
    Result<ReflectionEntry> get(qint64 id) const;

    Result<qint64> count(const ReflectionFilter &filter) const;
    /// Rows [offset, offset + limit) of the list, newest first.
    Result<QList<ReflectionEntry>> pageAt(const ReflectionFilter &filter, const ReflectionSort &sort,
                                          qint64 offset, int limit) const;
    /// The `limit` rows that end `offsetFromEnd` rows before the end of the list, in list order.
    Result<QList<ReflectionEntry>> pageFromEnd(const ReflectionFilter &filter, const ReflectionSort &sort,
                                               qint64 offsetFromEnd, int limit) const;
    /// The `limit` rows that follow (or, with `before`, precede) `row` in the list, in list order.
    Result<QList<ReflectionEntry>> pageNextTo(const ReflectionFilter &filter, const ReflectionSort &sort,
                                              const ReflectionEntry &row, bool before, int limit) const;
    /// The 0-based position of entry `id` in the list, or -1 when the filter hides it.
    Result<qint64> positionOf(const ReflectionFilter &filter, const ReflectionSort &sort, qint64 id) const;

    /// The phrases the practitioner saved, in order; std::nullopt when they never saved any.
    Result<std::optional<QStringList>> redirectPhrases() const;
    /// Replaces the saved phrases with `phrases` (each non-blank), in that order.
    Status saveRedirectPhrases(const QStringList &phrases) const;

private:
    KeysetQuery keyset(const ReflectionFilter &filter) const;

    const Database &m_db;
};

} // namespace bk
