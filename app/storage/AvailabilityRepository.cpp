// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/storage/AvailabilityRepository.h"

#include "app/incidents/Incident.h"
#include "app/storage/Database.h"
#include "app/storage/SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace bk {

namespace {

const QString PeriodColumns = QStringLiteral("p.id, p.starts_on, p.ends_on, p.no_sessions, p.slower_replies, "
                                             "p.covered_by, p.covered_contact, p.reason, p.created_at");

AvailabilityPeriod periodFrom(const QSqlQuery &query) {
    AvailabilityPeriod period;
    period.id = query.value(0).toLongLong();
    period.from = SqlValues::toDate(query.value(1));
    period.to = SqlValues::toDate(query.value(2));
    period.noSessions = query.value(3).toBool();
    period.slowerReplies = query.value(4).toBool();
    period.coveredBy = query.value(5).toString();
    period.coveredContact = query.value(6).toString();
    period.reason =
        AvailabilityReasons::fromKey(query.value(7).toString()).value_or(AvailabilityReason::Other);
    period.createdAt = SqlValues::toUtc(query.value(8));
    return period;
}

QVariant textOrNull(const QString &text) {
    return text.trimmed().isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text.trimmed());
}

// Everything due in a period, one row per item: open incidents' next follow-ups (the partial index
// incidents_open_by_due), the reviews of their behavioural contracts, their goals without an outcome, and the
// follow-ups moved out of the period (by their original date, with the date they were moved to).
const QString DueInPeriodSql = QStringLiteral(
    "SELECT i.client_id AS client_id, 'follow_up' AS kind, i.id AS incident_id, i.next_due AS due, "
    "i.next_action AS what, CAST(NULL AS DATE) AS moved_to FROM incidents i WHERE i.status = %1 AND "
    "i.next_due >= :from1 "
    "AND i.next_due <= :to1 "
    "UNION ALL "
    "SELECT k.client_id, 'contract_review', k.incident_id, k.review_date, '', NULL FROM contracts k "
    "JOIN incidents i ON i.id = k.incident_id WHERE i.status = %1 AND k.review_date >= :from2 "
    "AND k.review_date <= :to2 "
    "UNION ALL "
    "SELECT i.client_id, 'goal', f.incident_id, f.due_date, f.goal, NULL FROM incident_follow_ups f "
    "JOIN incidents i ON i.id = f.incident_id WHERE i.status = %1 AND f.due_date >= :from3 "
    "AND f.due_date <= :to3 AND NOT EXISTS (SELECT 1 FROM incident_follow_up_outcomes o "
    "WHERE o.follow_up_id = f.id) "
    "UNION ALL "
    "SELECT i.client_id, 'follow_up', m.incident_id, m.original_due, i.next_action, m.moved_to "
    "FROM incident_due_moves m JOIN incidents i ON i.id = m.incident_id WHERE i.status = %1 "
    "AND m.period_id = :moved_period");

// Leaves out a goal or a contract review that is the follow-up listed for the same incident and day.
void dropRepeated(QList<DueInPeriod> &due) {
    const QList<DueInPeriod> all = due;
    due.removeIf([&all](const DueInPeriod &item) {
        return item.kind != DueKind::FollowUp &&
               std::any_of(all.begin(), all.end(), [&item](const DueInPeriod &other) {
                   return other.kind == DueKind::FollowUp && other.incidentId == item.incidentId &&
                          other.due == item.due;
               });
    });
}

} // namespace

Result<qint64> AvailabilityRepository::insert(const AvailabilityPeriod &period) const {
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "INSERT INTO availability_periods (starts_on, ends_on, no_sessions, slower_replies, covered_by, "
        "covered_contact, reason, created_at, created_by) VALUES (:from, :to, :no_sessions, :slower, "
        ":covered_by, "
        ":contact, :reason, :created, :me) RETURNING id"));
    query.bindValue(QStringLiteral(":from"), SqlValues::fromDate(period.from));
    query.bindValue(QStringLiteral(":to"), SqlValues::fromDate(period.to));
    query.bindValue(QStringLiteral(":no_sessions"), period.noSessions);
    query.bindValue(QStringLiteral(":slower"), period.slowerReplies);
    query.bindValue(QStringLiteral(":covered_by"), textOrNull(period.coveredBy));
    query.bindValue(QStringLiteral(":contact"), textOrNull(period.coveredContact));
    query.bindValue(QStringLiteral(":reason"), AvailabilityReasons::key(period.reason));
    query.bindValue(QStringLiteral(":created"), SqlValues::fromUtc(period.createdAt));
    // The period and its reason are private: on a server only its author (and an owner) reads it.
    query.bindValue(QStringLiteral(":me"), SqlValues::idOrNull(m_db.practitionerId()));
    return m_db.execReturningId(query, tr("the period of reduced availability"));
}

Result<AvailabilityPeriod> AvailabilityRepository::get(qint64 id) const {
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT ") + PeriodColumns +
                                   QStringLiteral(" FROM availability_periods p WHERE p.id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), tr("reading the period of reduced availability"));
    if (!query.next())
        return Error{Error::Kind::NotFound,
                     tr("There is no period of reduced availability with id %1.").arg(id)};
    return periodFrom(query);
}

Result<QList<AvailabilityPeriod>> AvailabilityRepository::list() const {
    QSqlQuery query =
        m_db.prepare(QStringLiteral("SELECT ") + PeriodColumns +
                     QStringLiteral(" FROM availability_periods p ORDER BY p.starts_on DESC, p.id DESC"));
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), tr("listing the periods of reduced availability"));
    QList<AvailabilityPeriod> periods;
    while (query.next())
        periods.append(periodFrom(query));
    return periods;
}

Result<QList<AvailabilityPeriod>> AvailabilityRepository::overlapping(const QDate &from,
                                                                      const QDate &to) const {
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT ") + PeriodColumns +
                                   QStringLiteral(" FROM availability_periods p WHERE p.starts_on <= :to "
                                                  "AND p.ends_on >= :from ORDER BY p.starts_on, p.id"));
    query.bindValue(QStringLiteral(":from"), SqlValues::fromDate(from));
    query.bindValue(QStringLiteral(":to"), SqlValues::fromDate(to));
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), tr("reading the periods of reduced availability"));
    QList<AvailabilityPeriod> periods;
    while (query.next())
        periods.append(periodFrom(query));
    return periods;
}

Result<QList<AffectedClient>> AvailabilityRepository::affectedClients(const QDate &from, const QDate &to,
                                                                      qint64 periodId) const {
    QSqlQuery query = m_db.prepare(
        QStringLiteral(
            "SELECT c.id, c.full_name, c.preferred_name, c.email, c.document_language, d.kind, "
            "d.incident_id, d.due, d.what, d.moved_to, (SELECT max(n.sent_at) FROM availability_notices n "
            "WHERE n.period_id = :period AND n.client_id = c.id) FROM (") +
        DueInPeriodSql.arg(int(IncidentStatus::Open)) +
        QStringLiteral(") d JOIN clients c ON c.id = d.client_id WHERE c.archived = FALSE "
                       "ORDER BY c.full_name, c.id, d.due, d.kind, d.incident_id"));
    query.setForwardOnly(true);
    for (const QString &n : {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}) {
        query.bindValue(QStringLiteral(":from") + n, SqlValues::fromDate(from));
        query.bindValue(QStringLiteral(":to") + n, SqlValues::fromDate(to));
    }
    query.bindValue(QStringLiteral(":period"), periodId);
    query.bindValue(QStringLiteral(":moved_period"), periodId);
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), tr("finding the clients affected"));
    QList<AffectedClient> clients;
    while (query.next()) {
        const qint64 clientId = query.value(0).toLongLong();
        if (clients.isEmpty() || clients.last().clientId != clientId) {
            AffectedClient client;
            client.clientId = clientId;
            client.fullName = query.value(1).toString();
            client.preferredName = query.value(2).toString();
            client.email = query.value(3).toString();
            client.documentLanguage = query.value(4).toString();
            client.noticeSentAt = SqlValues::toUtc(query.value(10));
            clients.append(client);
        }
        clients.last().due.append(
            DueInPeriod{DueKinds::fromKey(query.value(5).toString()).value_or(DueKind::FollowUp),
                        query.value(6).toLongLong(), SqlValues::toDate(query.value(7)),
                        query.value(8).toString(), SqlValues::toDate(query.value(9))});
    }
    for (AffectedClient &client : clients)
        dropRepeated(client.due);
    return clients;
}

Result<qint64> AvailabilityRepository::insertNotice(const SentNotice &notice) const {
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "INSERT INTO availability_notices (period_id, client_id, sent_at, method, body, created_by) "
        "VALUES (:period, :client, :sent, :method, :body, :me) RETURNING id"));
    query.bindValue(QStringLiteral(":period"), notice.periodId);
    query.bindValue(QStringLiteral(":client"), notice.clientId);
    query.bindValue(QStringLiteral(":sent"), SqlValues::fromUtc(notice.sentAt));
    query.bindValue(QStringLiteral(":method"), notice.method);
    query.bindValue(QStringLiteral(":body"), notice.text);
    query.bindValue(QStringLiteral(":me"), SqlValues::idOrNull(m_db.practitionerId()));
    return m_db.execReturningId(query, tr("the notice"));
}

Result<QList<SentNotice>> AvailabilityRepository::notices(qint64 periodId) const {
    QSqlQuery query =
        m_db.prepare(QStringLiteral("SELECT id, period_id, client_id, sent_at, method, body FROM "
                                    "availability_notices WHERE period_id = :period ORDER BY id"));
    query.bindValue(QStringLiteral(":period"), periodId);
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), tr("reading the notices sent"));
    QList<SentNotice> notices;
    while (query.next())
        notices.append(SentNotice{query.value(0).toLongLong(), query.value(1).toLongLong(),
                                  query.value(2).toLongLong(), SqlValues::toUtc(query.value(3)),
                                  query.value(4).toString(), query.value(5).toString()});
    return notices;
}

} // namespace bk
