// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "IncidentRepository.h"

#include "common/Clock.h"
#include "common/ZoneOffsets.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTime>
#include <algorithm>

namespace bk {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("IncidentRepository", text);
}

const QString Columns = QStringLiteral(
    "i.id, i.client_id, i.occurred_at, i.channel, i.boundary_key, i.policy_version, i.severity, "
    "i.description, "
    "i.crossed_by, i.outside_hours, i.outside_channel, i.status, i.outcome, i.closed_at, i.current_step, "
    "i.next_action, i.next_due, i.created_at, i.updated_at, i.recorded_by");
constexpr int ColumnCount = 20;

const QString StepColumns = QStringLiteral(
    "s.id, s.incident_id, s.step_key, s.happened_at, s.note, s.details, s.corrects_id, s.recorded_at, "
    "s.recorded_by");

const QString OutcomeColumns =
    QStringLiteral("o.id, o.follow_up_id, o.outcome, o.note, o.corrects_id, o.recorded_at, o.recorded_by");

// What each sort key orders by, before the final i.id; every list has an index that yields this order
// (004_incidents.sql), for the client name by walking clients_by_name and then incidents_by_client.
QStringList sortExpressions(IncidentSortKey key) {
    switch (key) {
    case IncidentSortKey::OccurredAt:
        return {QStringLiteral("i.occurred_at")};
    case IncidentSortKey::Client:
        // c.id rather than i.client_id (the same value): the order clients_by_name (name_key, id) yields, so
        // SQLite walks it and then incidents_by_client without sorting.
        return {QStringLiteral("c.name_key"), QStringLiteral("c.id"), QStringLiteral("i.occurred_at")};
    case IncidentSortKey::Boundary:
        return {QStringLiteral("i.boundary_key"), QStringLiteral("i.occurred_at")};
    case IncidentSortKey::Channel:
        return {QStringLiteral("i.channel")};
    case IncidentSortKey::Severity:
        return {QStringLiteral("i.severity")};
    case IncidentSortKey::Step:
        return {QStringLiteral("i.current_step")};
    case IncidentSortKey::NextDue:
        return {QStringLiteral("i.next_due")};
    case IncidentSortKey::Status:
        return {QStringLiteral("i.status")};
    }
    return {QStringLiteral("i.occurred_at")};
}

// The start of a local calendar day in the filter's time zone, as stored UTC text.
QString dayStartUtc(const IncidentFilter &filter, const QDate &date) {
    return SqlValues::fromUtc(ZoneOffsets::dayStartUtc(filter.timeZoneId, date));
}

bool hasLocalTime(const IncidentFilter &filter) {
    return filter.weekday || filter.hour;
}

// The stretches of the filter's period with one offset each, within which SQLite shifts a UTC time by that
// offset to compare the local weekday and hour.
QList<ZoneOffsets::Stretch> localTimeStretches(const IncidentFilter &filter) {
    if (!hasLocalTime(filter))
        return {};
    return ZoneOffsets(filter.timeZoneId, ZoneOffsets::dayStartUtc(filter.timeZoneId, filter.from),
                       ZoneOffsets::dayStartUtc(filter.timeZoneId, filter.to.addDays(1)))
        .stretches();
}

QString localTimeCondition(const IncidentFilter &filter) {
    QStringList stretches;
    const qsizetype count = localTimeStretches(filter).size();
    for (qsizetype i = 0; i < count; ++i) {
        QString condition =
            QStringLiteral("(i.occurred_at >= :lt_from%1 AND i.occurred_at < :lt_to%1").arg(i);
        if (filter.weekday)
            condition +=
                QStringLiteral(" AND strftime('%w', i.occurred_at, :lt_shift%1) = :lt_weekday").arg(i);
        if (filter.hour)
            condition += QStringLiteral(" AND strftime('%H', i.occurred_at, :lt_shift%1) = :lt_hour").arg(i);
        stretches.append(condition + QLatin1Char(')'));
    }
    return stretches.isEmpty() ? QStringLiteral("0")
                               : QLatin1Char('(') + stretches.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

void bindLocalTime(QSqlQuery &query, const IncidentFilter &filter) {
    const QList<ZoneOffsets::Stretch> stretches = localTimeStretches(filter);
    for (qsizetype i = 0; i < stretches.size(); ++i) {
        const ZoneOffsets::Stretch &stretch = stretches.at(i);
        query.bindValue(QStringLiteral(":lt_from%1").arg(i),
                        SqlValues::fromUtc(QDateTime::fromSecsSinceEpoch(stretch.fromSecs, Qt::UTC)));
        query.bindValue(QStringLiteral(":lt_to%1").arg(i),
                        SqlValues::fromUtc(QDateTime::fromSecsSinceEpoch(stretch.toSecs, Qt::UTC)));
        query.bindValue(QStringLiteral(":lt_shift%1").arg(i),
                        QStringLiteral("%1 seconds").arg(stretch.offsetSeconds));
    }
    // SQLite's %w counts from Sunday (0); %H is two digits.
    if (filter.weekday)
        query.bindValue(QStringLiteral(":lt_weekday"), QString::number(int(*filter.weekday) % 7));
    if (filter.hour)
        query.bindValue(QStringLiteral(":lt_hour"),
                        QStringLiteral("%1").arg(*filter.hour, 2, 10, QLatin1Char('0')));
}

// Clients with a number of incidents in the period within the repeat band.
QString repeatCondition(const IncidentFilter &filter) {
    QString sql = QStringLiteral("i.client_id IN (SELECT r.client_id FROM incidents r WHERE 1");
    if (filter.from.isValid())
        sql += QStringLiteral(" AND r.occurred_at >= :from");
    if (filter.to.isValid())
        sql += QStringLiteral(" AND r.occurred_at < :to");
    if (filter.crossedBy)
        sql += QStringLiteral(" AND r.crossed_by = :crossed_by");
    sql += QStringLiteral(" GROUP BY r.client_id HAVING count(*) >= :repeat_min");
    if (filter.repeatMaximum > 0)
        sql += QStringLiteral(" AND count(*) <= :repeat_max");
    return sql + QLatin1Char(')');
}

// `walkedKey`: the list is read in this sort key's index order. The status of most incidents is one of two
// values, so an index on it finds tens of thousands of rows that must then be sorted; the status terms are
// then written with a unary + (which SQLite does not look up in an index) and the sort key's index is walked
// instead, testing each row, which finds a screen of open or overdue incidents after a few hundred rows.
QString whereClause(const IncidentFilter &filter, const QString &extra = {},
                    std::optional<IncidentSortKey> walkedKey = std::nullopt) {
    const QString status = walkedKey && *walkedKey != IncidentSortKey::Status ? QStringLiteral("+i.status")
                                                                              : QStringLiteral("i.status");
    QStringList conditions;
    if (filter.clientId)
        conditions.append(QStringLiteral("i.client_id = :client_id"));
    if (!filter.boundaryKey.isEmpty())
        conditions.append(QStringLiteral("i.boundary_key = :boundary_key"));
    if (filter.status)
        conditions.append(status + QStringLiteral(" = :status"));
    // The partial index incidents_open_by_due counts these (its WHERE must be matched word for word).
    if (filter.overdueOnly)
        conditions.append(status + QStringLiteral(" = 0 AND i.next_due <> '' AND i.next_due < :today"));
    if (filter.from.isValid())
        conditions.append(QStringLiteral("i.occurred_at >= :from"));
    if (filter.to.isValid())
        conditions.append(QStringLiteral("i.occurred_at < :to"));
    if (filter.crossedBy)
        conditions.append(QStringLiteral("i.crossed_by = :crossed_by"));
    if (filter.channel)
        conditions.append(QStringLiteral("i.channel = :channel"));
    if (hasLocalTime(filter))
        conditions.append(localTimeCondition(filter));
    if (filter.repeatMinimum > 0)
        conditions.append(repeatCondition(filter));
    if (!extra.isEmpty())
        conditions.append(extra);
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

void bindFilter(QSqlQuery &query, const IncidentFilter &filter) {
    if (filter.clientId)
        query.bindValue(QStringLiteral(":client_id"), *filter.clientId);
    if (!filter.boundaryKey.isEmpty())
        query.bindValue(QStringLiteral(":boundary_key"), filter.boundaryKey);
    if (filter.status)
        query.bindValue(QStringLiteral(":status"), int(*filter.status));
    if (filter.overdueOnly)
        query.bindValue(QStringLiteral(":today"), SqlValues::fromDate(filter.today));
    if (filter.from.isValid())
        query.bindValue(QStringLiteral(":from"), dayStartUtc(filter, filter.from));
    if (filter.to.isValid())
        query.bindValue(QStringLiteral(":to"), dayStartUtc(filter, filter.to.addDays(1)));
    if (filter.crossedBy)
        query.bindValue(QStringLiteral(":crossed_by"), int(*filter.crossedBy));
    if (filter.channel)
        query.bindValue(QStringLiteral(":channel"), ContactChannels::key(*filter.channel));
    bindLocalTime(query, filter);
    if (filter.repeatMinimum > 0)
        query.bindValue(QStringLiteral(":repeat_min"), filter.repeatMinimum);
    if (filter.repeatMinimum > 0 && filter.repeatMaximum > 0)
        query.bindValue(QStringLiteral(":repeat_max"), filter.repeatMaximum);
}

// A row-value comparison placing rows after (or before) the anchor in the list order.
QString seekCondition(const QStringList &expressions, bool after) {
    QStringList anchors;
    for (qsizetype i = 0; i < expressions.size(); ++i)
        anchors.append(QStringLiteral(":anchor%1").arg(i));
    return QStringLiteral("(") + expressions.join(QStringLiteral(", ")) + QStringLiteral(", i.id) ") +
           (after ? QStringLiteral(">") : QStringLiteral("<")) + QStringLiteral(" (") +
           anchors.join(QStringLiteral(", ")) + QStringLiteral(", :anchor_id)");
}

void bindAnchor(QSqlQuery &query, const QVariantList &values, qint64 id) {
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(QStringLiteral(":anchor%1").arg(i), values.at(i));
    query.bindValue(QStringLiteral(":anchor_id"), id);
}

Incident incidentFrom(const QSqlQuery &query) {
    Incident incident;
    incident.id = query.value(0).toLongLong();
    incident.clientId = query.value(1).toLongLong();
    incident.occurredAt = SqlValues::toUtc(query.value(2));
    incident.channel = ContactChannels::fromKey(query.value(3).toString()).value_or(ContactChannel::Other);
    incident.boundaryKey = query.value(4).toString();
    incident.policyVersion = int(query.value(5).toLongLong());
    incident.severity = query.value(6).toLongLong() == 1 ? Severity::Major : Severity::Minor;
    incident.description = query.value(7).toString();
    incident.crossedBy = query.value(8).toLongLong() == 1 ? CrossedBy::Practitioner : CrossedBy::Client;
    incident.outsideHours = query.value(9).toLongLong() != 0;
    incident.outsideChannel = query.value(10).toLongLong() != 0;
    incident.status = query.value(11).toLongLong() == 1 ? IncidentStatus::Closed : IncidentStatus::Open;
    incident.outcome = query.value(12).toString();
    incident.closedAt = SqlValues::toUtc(query.value(13));
    incident.currentStep = query.value(14).toString();
    incident.nextAction = query.value(15).toString();
    incident.nextDue = SqlValues::toDate(query.value(16));
    incident.createdAt = SqlValues::toUtc(query.value(17));
    incident.updatedAt = SqlValues::toUtc(query.value(18));
    incident.recordedBy = query.value(19).toString();
    return incident;
}

StepEntry stepFrom(const QSqlQuery &query) {
    StepEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.incidentId = query.value(1).toLongLong();
    entry.stepKey = query.value(2).toString();
    entry.happenedAt = SqlValues::toUtc(query.value(3));
    entry.note = query.value(4).toString();
    entry.details = QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object();
    entry.correctsId = query.value(6).toLongLong();
    entry.recordedAt = SqlValues::toUtc(query.value(7));
    entry.recordedBy = query.value(8).toString();
    return entry;
}

FollowUpOutcome outcomeFrom(const QSqlQuery &query) {
    FollowUpOutcome outcome;
    outcome.id = query.value(0).toLongLong();
    outcome.followUpId = query.value(1).toLongLong();
    outcome.result = FollowUpResult(std::clamp(int(query.value(2).toLongLong()), 0, 2));
    outcome.note = query.value(3).toString();
    outcome.correctsId = query.value(4).toLongLong();
    outcome.recordedAt = SqlValues::toUtc(query.value(5));
    outcome.recordedBy = query.value(6).toString();
    return outcome;
}

FollowUp followUpFrom(const QSqlQuery &query) {
    return FollowUp{query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong(),
                    query.value(3).toString(), SqlValues::toDate(query.value(4))};
}

QVariant nullableId(qint64 id) {
    return id != 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

IncidentRepository::Inserter::Inserter(const IncidentRepository &repository)
    : m_db(repository.m_db)
    , m_query(m_db.prepare(QStringLiteral(
          "INSERT INTO incidents (client_id, occurred_at, channel, boundary_key, policy_version, severity, "
          "description, crossed_by, outside_hours, outside_channel, status, outcome, closed_at, "
          "current_step, "
          "next_action, next_due, created_at, updated_at, recorded_by) VALUES (:client_id, :occurred_at, "
          ":channel, :boundary_key, :policy_version, :severity, :description, :crossed_by, :outside_hours, "
          ":outside_channel, :status, :outcome, :closed_at, :current_step, :next_action, :next_due, "
          ":created_at, :updated_at, :recorded_by)"))) {}

Result<qint64> IncidentRepository::Inserter::insert(const Incident &incident) {
    // One statement prepared once, bound again for every incident: preparing costs more than inserting.
    QSqlQuery &query = m_query;
    query.bindValue(QStringLiteral(":client_id"), incident.clientId);
    query.bindValue(QStringLiteral(":occurred_at"), SqlValues::fromUtc(incident.occurredAt));
    query.bindValue(QStringLiteral(":channel"), ContactChannels::key(incident.channel));
    query.bindValue(QStringLiteral(":boundary_key"), SqlValues::text(incident.boundaryKey));
    query.bindValue(QStringLiteral(":policy_version"), incident.policyVersion);
    query.bindValue(QStringLiteral(":severity"), int(incident.severity));
    query.bindValue(QStringLiteral(":description"), SqlValues::text(incident.description));
    query.bindValue(QStringLiteral(":crossed_by"), int(incident.crossedBy));
    query.bindValue(QStringLiteral(":outside_hours"), incident.outsideHours ? 1 : 0);
    query.bindValue(QStringLiteral(":outside_channel"), incident.outsideChannel ? 1 : 0);
    query.bindValue(QStringLiteral(":status"), int(incident.status));
    query.bindValue(QStringLiteral(":outcome"), SqlValues::text(incident.outcome));
    query.bindValue(QStringLiteral(":closed_at"), SqlValues::fromUtc(incident.closedAt));
    query.bindValue(QStringLiteral(":current_step"), SqlValues::text(incident.currentStep));
    query.bindValue(QStringLiteral(":next_action"), SqlValues::text(incident.nextAction));
    query.bindValue(QStringLiteral(":next_due"), SqlValues::fromDate(incident.nextDue));
    query.bindValue(QStringLiteral(":created_at"), SqlValues::fromUtc(incident.createdAt));
    query.bindValue(QStringLiteral(":updated_at"), SqlValues::fromUtc(incident.updatedAt));
    query.bindValue(QStringLiteral(":recorded_by"), SqlValues::text(incident.recordedBy));
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), tr("logging the incident"));
    return query.lastInsertId().toLongLong();
}

Result<qint64> IncidentRepository::insert(const Incident &incident) const {
    return Inserter(*this).insert(incident);
}

Result<Incident> IncidentRepository::get(qint64 id) const {
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT ") + Columns +
                                   QStringLiteral(" FROM incidents i WHERE i.id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), tr("reading the incident"));
    if (!query.next())
        return Error{Error::Kind::NotFound, tr("Incident %1 does not exist.").arg(id)};
    return incidentFrom(query);
}

Status IncidentRepository::setPosition(qint64 id, const QString &currentStep, const QString &nextAction,
                                       const QDate &nextDue, const QDateTime &updatedAt) const {
    QSqlQuery query = m_db.prepare(
        QStringLiteral("UPDATE incidents SET current_step = :step, next_action = :action, next_due = :due, "
                       "updated_at = :updated WHERE id = :id"));
    query.bindValue(QStringLiteral(":step"), SqlValues::text(currentStep));
    query.bindValue(QStringLiteral(":action"), SqlValues::text(nextAction));
    query.bindValue(QStringLiteral(":due"), SqlValues::fromDate(nextDue));
    query.bindValue(QStringLiteral(":updated"), SqlValues::fromUtc(updatedAt));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), tr("saving the incident's next step"));
    return {};
}

Status IncidentRepository::close(qint64 id, const QString &outcome, const QDateTime &closedAt) const {
    QSqlQuery query = m_db.prepare(
        QStringLiteral("UPDATE incidents SET status = 1, outcome = :outcome, closed_at = :closed, "
                       "next_action = '', next_due = '', updated_at = :closed WHERE id = :id"));
    query.bindValue(QStringLiteral(":outcome"), SqlValues::text(outcome));
    query.bindValue(QStringLiteral(":closed"), SqlValues::fromUtc(closedAt));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), tr("closing the incident"));
    if (query.numRowsAffected() != 1)
        return Error{Error::Kind::NotFound, tr("Incident %1 does not exist.").arg(id)};
    return {};
}

Result<qint64> IncidentRepository::appendStep(const StepEntry &entry,
                                              const QList<FollowUp> &followUps) const {
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "INSERT INTO incident_steps (incident_id, step_key, happened_at, note, details, corrects_id, "
        "recorded_at, recorded_by) VALUES (:incident, :key, :happened, :note, :details, :corrects, "
        ":recorded_at, :recorded_by)"));
    query.bindValue(QStringLiteral(":incident"), entry.incidentId);
    query.bindValue(QStringLiteral(":key"), SqlValues::text(entry.stepKey));
    query.bindValue(QStringLiteral(":happened"), SqlValues::fromUtc(entry.happenedAt));
    query.bindValue(QStringLiteral(":note"), SqlValues::text(entry.note));
    query.bindValue(QStringLiteral(":details"),
                    QString::fromUtf8(QJsonDocument(entry.details).toJson(QJsonDocument::Compact)));
    query.bindValue(QStringLiteral(":corrects"), nullableId(entry.correctsId));
    query.bindValue(QStringLiteral(":recorded_at"), SqlValues::fromUtc(entry.recordedAt));
    query.bindValue(QStringLiteral(":recorded_by"), SqlValues::text(entry.recordedBy));
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), tr("recording the step"));
    const qint64 stepId = query.lastInsertId().toLongLong();
    for (const FollowUp &followUp : followUps) {
        QSqlQuery insert = m_db.prepare(
            QStringLiteral("INSERT INTO incident_follow_ups (incident_id, step_id, goal, due_date) VALUES "
                           "(:incident, :step, :goal, :due)"));
        insert.bindValue(QStringLiteral(":incident"), entry.incidentId);
        insert.bindValue(QStringLiteral(":step"), stepId);
        insert.bindValue(QStringLiteral(":goal"), SqlValues::text(followUp.goal));
        insert.bindValue(QStringLiteral(":due"), SqlValues::fromDate(followUp.due));
        if (!insert.exec())
            return m_db.errorFrom(insert.lastError(), tr("recording a goal"));
    }
    return stepId;
}

Result<StepEntry> IncidentRepository::step(qint64 stepId) const {
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT ") + StepColumns +
                                   QStringLiteral(" FROM incident_steps s WHERE s.id = :id"));
    query.bindValue(QStringLiteral(":id"), stepId);
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), tr("reading the step"));
    if (!query.next())
        return Error{Error::Kind::NotFound, tr("Step entry %1 does not exist.").arg(stepId)};
    return stepFrom(query);
}

Result<QList<StepEntry>> IncidentRepository::steps(qint64 incidentId) const {
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT ") + StepColumns +
                                   QStringLiteral(" FROM incident_steps s WHERE s.incident_id = :id "
                                                  "ORDER BY s.happened_at, s.id"));
    query.bindValue(QStringLiteral(":id"), incidentId);
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), tr("reading the incident's steps"));
    QList<StepEntry> entries;
    while (query.next())
        entries.append(stepFrom(query));
    return entries;
}

Result<QList<FollowUp>> IncidentRepository::followUps(qint64 incidentId) const {
    QSqlQuery query = m_db.prepare(
        QStringLiteral("SELECT id, incident_id, step_id, goal, due_date FROM incident_follow_ups "
                       "WHERE incident_id = :id ORDER BY due_date, id"));
    query.bindValue(QStringLiteral(":id"), incidentId);
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), tr("reading the incident's goals"));
    QList<FollowUp> list;
    while (query.next())
        list.append(followUpFrom(query));
    return list;
}

Result<FollowUp> IncidentRepository::followUp(qint64 followUpId) const {
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT id, incident_id, step_id, goal, due_date FROM incident_follow_ups WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), followUpId);
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), tr("reading the follow-up"));
    if (!query.next())
        return Error{Error::Kind::NotFound, tr("Follow-up %1 does not exist.").arg(followUpId)};
    return followUpFrom(query);
}

Result<qint64> IncidentRepository::appendOutcome(const FollowUpOutcome &outcome) const {
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "INSERT INTO incident_follow_up_outcomes (follow_up_id, outcome, note, corrects_id, recorded_at, "
        "recorded_by) VALUES (:follow_up, :outcome, :note, :corrects, :recorded_at, :recorded_by)"));
    query.bindValue(QStringLiteral(":follow_up"), outcome.followUpId);
    query.bindValue(QStringLiteral(":outcome"), int(outcome.result));
    query.bindValue(QStringLiteral(":note"), SqlValues::text(outcome.note));
    query.bindValue(QStringLiteral(":corrects"), nullableId(outcome.correctsId));
    query.bindValue(QStringLiteral(":recorded_at"), SqlValues::fromUtc(outcome.recordedAt));
    query.bindValue(QStringLiteral(":recorded_by"), SqlValues::text(outcome.recordedBy));
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), tr("recording the follow-up"));
    return query.lastInsertId().toLongLong();
}

Result<FollowUpOutcome> IncidentRepository::outcome(qint64 outcomeId) const {
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT ") + OutcomeColumns +
                                   QStringLiteral(" FROM incident_follow_up_outcomes o WHERE o.id = :id"));
    query.bindValue(QStringLiteral(":id"), outcomeId);
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), tr("reading the follow-up outcome"));
    if (!query.next())
        return Error{Error::Kind::NotFound, tr("Follow-up outcome %1 does not exist.").arg(outcomeId)};
    return outcomeFrom(query);
}

Result<QList<FollowUpOutcome>> IncidentRepository::outcomes(qint64 incidentId) const {
    QSqlQuery query =
        m_db.prepare(QStringLiteral("SELECT ") + OutcomeColumns +
                     QStringLiteral(" FROM incident_follow_up_outcomes o JOIN incident_follow_ups f "
                                    "ON f.id = o.follow_up_id WHERE f.incident_id = :id "
                                    "ORDER BY o.id"));
    query.bindValue(QStringLiteral(":id"), incidentId);
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), tr("reading the follow-up outcomes"));
    QList<FollowUpOutcome> list;
    while (query.next())
        list.append(outcomeFrom(query));
    return list;
}

Result<QList<Incident>> IncidentRepository::incidentsOfClient(qint64 clientId) const {
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT ") + Columns +
                                   QStringLiteral(" FROM incidents i WHERE i.client_id = :id "
                                                  "ORDER BY i.occurred_at, i.id"));
    query.bindValue(QStringLiteral(":id"), clientId);
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), tr("reading the client's incidents"));
    QList<Incident> list;
    while (query.next())
        list.append(incidentFrom(query));
    return list;
}

Result<QList<StepEntry>> IncidentRepository::stepsOfClient(qint64 clientId) const {
    QSqlQuery query =
        m_db.prepare(QStringLiteral("SELECT ") + StepColumns +
                     QStringLiteral(" FROM incident_steps s JOIN incidents i ON i.id = s.incident_id "
                                    "WHERE i.client_id = :id ORDER BY s.happened_at, s.id"));
    query.bindValue(QStringLiteral(":id"), clientId);
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), tr("reading the client's steps"));
    QList<StepEntry> list;
    while (query.next())
        list.append(stepFrom(query));
    return list;
}

Result<QList<TimelineEntry>> IncidentRepository::timeline(qint64 clientId) const {
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT 0, i.occurred_at, i.id, i.id, i.boundary_key, i.description, NULL FROM incidents i "
        "WHERE i.client_id = :client "
        "UNION ALL SELECT 1, s.happened_at, s.incident_id, s.id, s.step_key, s.note, s.corrects_id "
        "FROM incident_steps s JOIN incidents i ON i.id = s.incident_id WHERE i.client_id = :client "
        "UNION ALL SELECT 2, o.recorded_at, f.incident_id, o.id, o.outcome, o.note, o.corrects_id "
        "FROM incident_follow_up_outcomes o JOIN incident_follow_ups f ON f.id = o.follow_up_id "
        "JOIN incidents i ON i.id = f.incident_id WHERE i.client_id = :client "
        "ORDER BY 2, 1, 4"));
    query.bindValue(QStringLiteral(":client"), clientId);
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), tr("reading the client's timeline"));
    QList<TimelineEntry> list;
    while (query.next()) {
        TimelineEntry entry;
        entry.kind = TimelineEntry::Kind(query.value(0).toLongLong());
        entry.at = SqlValues::toUtc(query.value(1));
        entry.incidentId = query.value(2).toLongLong();
        entry.entryId = query.value(3).toLongLong();
        entry.key =
            entry.kind == TimelineEntry::Kind::FollowUpOutcome
                ? FollowUpResults::key(FollowUpResult(std::clamp(int(query.value(4).toLongLong()), 0, 2)))
                : query.value(4).toString();
        entry.text = query.value(5).toString();
        entry.correctsId = query.value(6).toLongLong();
        list.append(entry);
    }
    return list;
}

Result<IncidentFilter> IncidentRepository::bounded(const IncidentFilter &filter) const {
    if (!hasLocalTime(filter) || (filter.from.isValid() && filter.to.isValid()))
        return filter;
    QSqlQuery query =
        m_db.prepare(QStringLiteral("SELECT min(occurred_at), max(occurred_at) FROM incidents"));
    if (!query.exec() || !query.next())
        return m_db.errorFrom(query.lastError(), tr("listing incidents"));
    IncidentFilter result = filter;
    const QTimeZone zone = ZoneOffsets::zone(filter.timeZoneId);
    // A day either side: the dates are local, the stored times UTC.
    const QDate first = SqlValues::toUtc(query.value(0)).toTimeZone(zone).date().addDays(-1);
    const QDate last = SqlValues::toUtc(query.value(1)).toTimeZone(zone).date().addDays(1);
    if (!result.from.isValid())
        result.from = first.isValid() ? first : QDate(2000, 1, 1);
    if (!result.to.isValid())
        result.to = last.isValid() ? last : result.from;
    return result;
}

QSqlQuery IncidentRepository::countQuery(const IncidentFilter &filter) const {
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT count(*) FROM incidents i") + whereClause(filter));
    bindFilter(query, filter);
    return query;
}

Result<qint64> IncidentRepository::count(const IncidentFilter &given) const {
    const Result<IncidentFilter> filter = bounded(given);
    if (!filter)
        return filter.error();
    QSqlQuery query = countQuery(filter.value());
    if (!query.exec() || !query.next())
        return m_db.errorFrom(query.lastError(), tr("counting incidents"));
    return query.value(0).toLongLong();
}

Result<QList<IncidentListRow>> IncidentRepository::pageAt(const IncidentFilter &filter,
                                                          const IncidentSort &sort, qint64 offset,
                                                          int limit) const {
    return list(filter, sort, nullptr, false, offset, limit);
}

Result<QList<IncidentListRow>> IncidentRepository::pageFromEnd(const IncidentFilter &filter,
                                                               const IncidentSort &sort, qint64 offsetFromEnd,
                                                               int limit) const {
    return list(filter, sort, nullptr, true, offsetFromEnd, limit);
}

Result<QList<IncidentListRow>> IncidentRepository::pageNextTo(const IncidentFilter &filter,
                                                              const IncidentSort &sort,
                                                              const IncidentListRow &row, bool before,
                                                              int limit) const {
    return list(filter, sort, &row, before, 0, limit);
}

Result<qint64> IncidentRepository::positionOf(const IncidentFilter &given, const IncidentSort &sort,
                                              qint64 id) const {
    const Result<IncidentFilter> resolved = bounded(given);
    if (!resolved)
        return resolved.error();
    const IncidentFilter &filter = resolved.value();
    const QStringList expressions = sortExpressions(sort.key);
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT ") + expressions.join(QStringLiteral(", ")) +
                                   QStringLiteral(" FROM incidents i JOIN clients c ON c.id = i.client_id") +
                                   whereClause(filter, QStringLiteral("i.id = :id")));
    bindFilter(query, filter);
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), tr("finding the incident"));
    if (!query.next())
        return qint64(-1);
    QVariantList values;
    for (qsizetype i = 0; i < expressions.size(); ++i)
        values.append(query.value(int(i)));
    query.finish();

    QSqlQuery position =
        m_db.prepare(QStringLiteral("SELECT count(*) FROM incidents i JOIN clients c ON c.id = i.client_id") +
                     whereClause(filter, seekCondition(expressions, sort.order != Qt::AscendingOrder)));
    bindFilter(position, filter);
    bindAnchor(position, values, id);
    if (!position.exec() || !position.next())
        return m_db.errorFrom(position.lastError(), tr("finding the incident"));
    return position.value(0).toLongLong();
}

QSqlQuery IncidentRepository::listQuery(const IncidentFilter &filter, const IncidentSort &sort,
                                        const IncidentListRow *anchor, bool before, qint64 offset,
                                        int limit) const {
    const QStringList expressions = sortExpressions(sort.key);
    // Walking backwards from an anchor reads the index in the opposite direction, then flips the rows.
    const bool ascending = (sort.order == Qt::AscendingOrder) != before;
    const QString direction = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QStringList orderBy;
    for (const QString &expression : expressions)
        orderBy.append(expression + direction);
    orderBy.append(QStringLiteral("i.id") + direction);
    const QString order = QStringLiteral(" ORDER BY ") + orderBy.join(QStringLiteral(", "));
    // The page's ids are found first, walking only the sort key's index (it holds the key and the id), and
    // only those rows are read and joined: OFFSET steps over index entries, not over table rows and clients,
    // which keeps a jump into the middle of a million incidents fast.
    const bool byClient = sort.key == IncidentSortKey::Client;
    const QString ids =
        QStringLiteral("SELECT i.id FROM incidents i") +
        (byClient ? QStringLiteral(" JOIN clients c ON c.id = i.client_id") : QString()) +
        whereClause(filter, anchor ? seekCondition(expressions, ascending) : QString(), sort.key) + order +
        QStringLiteral(" LIMIT :limit OFFSET :offset");
    const QString sql =
        QStringLiteral("SELECT ") + Columns + QStringLiteral(", c.full_name, ") +
        expressions.join(QStringLiteral(", ")) +
        QStringLiteral(" FROM incidents i JOIN clients c ON c.id = i.client_id WHERE i.id IN (") + ids +
        QStringLiteral(")") + order;
    QSqlQuery query = m_db.prepare(sql);
    query.setForwardOnly(true);
    bindFilter(query, filter);
    if (anchor)
        bindAnchor(query, anchor->sortValues, anchor->incident.id);
    query.bindValue(QStringLiteral(":limit"), limit);
    query.bindValue(QStringLiteral(":offset"), offset);
    return query;
}

Result<QList<IncidentListRow>> IncidentRepository::list(const IncidentFilter &given, const IncidentSort &sort,
                                                        const IncidentListRow *anchor, bool before,
                                                        qint64 offset, int limit) const {
    const Result<IncidentFilter> filter = bounded(given);
    if (!filter)
        return filter.error();
    QSqlQuery query = listQuery(filter.value(), sort, anchor, before, offset, limit);
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), tr("listing incidents"));
    const qsizetype sortValues = sortExpressions(sort.key).size();
    QList<IncidentListRow> rows;
    rows.reserve(limit);
    while (query.next()) {
        IncidentListRow row{incidentFrom(query), query.value(ColumnCount).toString(), {}};
        for (qsizetype i = 0; i < sortValues; ++i)
            row.sortValues.append(query.value(ColumnCount + 1 + int(i)));
        rows.append(std::move(row));
    }
    if (before)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

namespace {

// The open incidents whose next action falls in `window`; binds with bindFollowUpWindow(). The partial index
// incidents_open_by_due serves every window, in the order of next_due and id.
QString followUpCondition(FollowUpWindow window) {
    QString condition = QStringLiteral("i.status = 0 AND i.next_due <> '' AND ");
    switch (window) {
    case FollowUpWindow::Overdue:
        return condition + QStringLiteral("i.next_due < :today");
    case FollowUpWindow::DueToday:
        return condition + QStringLiteral("i.next_due = :today");
    case FollowUpWindow::Upcoming:
        return condition + QStringLiteral("i.next_due > :today AND i.next_due <= :until");
    case FollowUpWindow::DueOrOverdue:
        return condition + QStringLiteral("i.next_due <= :today");
    }
    return condition + QStringLiteral("0");
}

void bindFollowUpWindow(QSqlQuery &query, FollowUpWindow window, const QDate &today, int upcomingDays) {
    query.bindValue(QStringLiteral(":today"), SqlValues::fromDate(today));
    if (window == FollowUpWindow::Upcoming)
        query.bindValue(QStringLiteral(":until"), SqlValues::fromDate(today.addDays(upcomingDays)));
}

} // namespace

Result<QList<FollowUpItem>> IncidentRepository::followUpsIn(FollowUpWindow window, const QDate &today,
                                                            int upcomingDays, int limit) const {
    QSqlQuery query = m_db.prepare(
        QStringLiteral("SELECT i.id, i.client_id, c.full_name, i.boundary_key, i.next_action, i.next_due "
                       "FROM incidents i JOIN clients c ON c.id = i.client_id WHERE ") +
        followUpCondition(window) + QStringLiteral(" ORDER BY i.next_due, i.id LIMIT :limit"));
    query.setForwardOnly(true);
    bindFollowUpWindow(query, window, today, upcomingDays);
    query.bindValue(QStringLiteral(":limit"), limit);
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), tr("listing follow-ups"));
    QList<FollowUpItem> items;
    while (query.next()) {
        items.append(FollowUpItem{query.value(0).toLongLong(), query.value(1).toLongLong(),
                                  query.value(2).toString(), query.value(3).toString(),
                                  query.value(4).toString(), SqlValues::toDate(query.value(5))});
    }
    return items;
}

Result<qint64> IncidentRepository::countFollowUpsIn(FollowUpWindow window, const QDate &today,
                                                    int upcomingDays) const {
    // Every incident has its client (a foreign key), so the count needs no join.
    QSqlQuery query =
        m_db.prepare(QStringLiteral("SELECT count(*) FROM incidents i WHERE ") + followUpCondition(window));
    bindFollowUpWindow(query, window, today, upcomingDays);
    if (!query.exec() || !query.next())
        return m_db.errorFrom(query.lastError(), tr("counting follow-ups"));
    return query.value(0).toLongLong();
}

Result<qint64> IncidentRepository::addResource(const PracticeResource &resource) const {
    if (resource.title.trimmed().isEmpty())
        return Error{Error::Kind::Invalid, tr("A resource needs a title.")};
    QSqlQuery query = m_db.prepare(
        QStringLiteral("INSERT INTO practice_resources (title, location, boundary_keys, created_at) VALUES "
                       "(:title, :location, :keys, :created)"));
    query.bindValue(QStringLiteral(":title"), resource.title.trimmed());
    query.bindValue(QStringLiteral(":location"), SqlValues::text(resource.location.trimmed()));
    query.bindValue(QStringLiteral(":keys"), resource.boundaryKeys.join(QLatin1Char(' ')));
    query.bindValue(QStringLiteral(":created"), SqlValues::fromUtc(Clock::nowUtc()));
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), tr("saving the resource"));
    return query.lastInsertId().toLongLong();
}

Result<QList<PracticeResource>> IncidentRepository::resources(const QString &boundaryKey) const {
    QString sql = QStringLiteral("SELECT id, title, location, boundary_keys FROM practice_resources");
    if (!boundaryKey.isEmpty())
        sql += QStringLiteral(" WHERE instr(' ' || boundary_keys || ' ', ' ' || :key || ' ') > 0");
    sql += QStringLiteral(" ORDER BY title COLLATE NOCASE, id");
    QSqlQuery query = m_db.prepare(sql);
    if (!boundaryKey.isEmpty())
        query.bindValue(QStringLiteral(":key"), boundaryKey);
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), tr("reading the resource library"));
    QList<PracticeResource> list;
    while (query.next()) {
        list.append(PracticeResource{query.value(0).toLongLong(), query.value(1).toString(),
                                     query.value(2).toString(),
                                     query.value(3).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts)});
    }
    return list;
}

} // namespace bk
