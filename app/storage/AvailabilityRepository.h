// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/Result.h"
#include "app/practitioner/Availability.h"

#include <QCoreApplication>
#include <QList>

namespace bk {

class Database;

/// Periods of reduced availability, the clients they affect and the notices sent, in storage: the only place
/// their SQL lives. Writes neither validate nor announce; AvailabilityService does both around them.
class AvailabilityRepository {
    Q_DECLARE_TR_FUNCTIONS(AvailabilityRepository)
public:
    explicit AvailabilityRepository(const Database &database)
        : m_db(database) {}

    /// Inserts the period as given (its id is ignored); returns the new id.
    Result<qint64> insert(const AvailabilityPeriod &period) const;
    Result<AvailabilityPeriod> get(qint64 id) const;
    /// Every period, the latest start first.
    Result<QList<AvailabilityPeriod>> list() const;
    /// The periods that cover any day from `from` to `to`, the earliest first.
    Result<QList<AvailabilityPeriod>> overlapping(const QDate &from, const QDate &to) const;

    /// The clients (not archived) with something due from `from` to `to`: open incidents' follow-ups,
    /// behavioural contracts' reviews and goals without an outcome; by name, each client's items earliest
    /// first. `periodId` > 0 fills in the latest notice recorded as sent for that period.
    Result<QList<AffectedClient>> affectedClients(const QDate &from, const QDate &to, qint64 periodId) const;

    Result<qint64> insertNotice(const SentNotice &notice) const;
    /// The notices recorded for the period, in recording order.
    Result<QList<SentNotice>> notices(qint64 periodId) const;

private:
    const Database &m_db;
};

} // namespace bk
