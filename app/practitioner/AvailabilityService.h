// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/Result.h"
#include "app/incidents/Incident.h"
#include "app/practitioner/Availability.h"

#include <QCoreApplication>
#include <QList>

namespace bk {

class Database;

/// When something personal affects the service: periods of reduced availability, the clients each affects,
/// moving their follow-ups out of it, and the notices that tell them what changes. Every change refuses a
/// read-only practice, is validated, written in one transaction and announced once committed
/// ("availability_periods", "availability_notices", "incidents"). The reason of a period stays private: no
/// notice and nothing a client receives names it.
class AvailabilityService {
    Q_DECLARE_TR_FUNCTIONS(AvailabilityService)
public:
    static constexpr int MaxTextLength = 300;
    static constexpr int MaxPeriodDays = 366;

    explicit AvailabilityService(const Database &database)
        : m_db(database) {}

    /// Records a period (its id and creation time are ignored); returns the new id. Refused with a sentence
    /// saying why when a date is missing, the end is before the start, the period is longer than a year,
    /// nothing changes for clients (no sessions, slower replies or a colleague covering), or a text is too
    /// long or holds a control character.
    Result<qint64> add(const AvailabilityPeriod &period) const;
    Result<AvailabilityPeriod> get(qint64 id) const;
    /// Every period, the latest first.
    Result<QList<AvailabilityPeriod>> list() const;
    /// The periods that cover any day from `from` to `to`, the earliest first.
    Result<QList<AvailabilityPeriod>> overlapping(const QDate &from, const QDate &to) const;
    /// The period covering `date`, if any (the one that started first).
    Result<std::optional<AvailabilityPeriod>> covering(const QDate &date) const;

    /// The clients with a follow-up, a contract review or a goal due in the period (and those whose
    /// follow-ups were moved out of it), by name.
    Result<QList<AffectedClient>> affectedClients(qint64 periodId) const;
    /// Moves every open incident's follow-up due in the period to `movedTo` (the day after the period when
    /// invalid), in one transaction; each move is recorded with the original date. Returns how many moved.
    /// Refused when `movedTo` falls in the period.
    Result<int> moveFollowUps(qint64 periodId, const QDate &movedTo = {}) const;

    /// The notice for one affected client, in their document language (AvailabilityNotice::text()).
    Result<QString> noticeText(qint64 periodId, qint64 clientId) const;
    /// Records the notice as sent to the client, with its text exactly as sent; returns the new id.
    Result<qint64> recordNoticeSent(qint64 periodId, qint64 clientId, const QDateTime &sentAt,
                                    const QString &text, SummaryMethod method) const;
    /// The notices recorded for the period, in recording order.
    Result<QList<SentNotice>> notices(qint64 periodId) const;

private:
    const Database &m_db;
};

} // namespace bk
