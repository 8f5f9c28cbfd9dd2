// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/storage/IncidentRepository.h"

#include "app/storage/AgreementRepository.h"
#include "app/storage/ClientRepository.h"
#include "app/storage/Database.h"
#include "app/storage/PracticeRepository.h"
#include "app/storage/SqlValues.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <cmath>

namespace bk {

namespace {

// lupdate files these messages under "IncidentRepository", the context Tr::tr() asks for at run time.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(IncidentRepository)
};

const QString IncidentColumns = QStringLiteral(
    "i.id, i.client_id, i.occurred_at, i.channel, i.boundary_key, i.policy_version, i.severity, "
    "i.description, "
    "i.crossed_by, i.outside_hours, i.outside_channel, i.status, i.outcome, i.closed_at, i.current_step, "
    "i.next_action, i.next_due, i.created_at, i.updated_at, i.recorded_by");
const QString StepColumns = QStringLiteral(
    "s.id, s.incident_id, s.step_key, s.happened_at, s.note, s.details, s.corrects_id, s.recorded_at, "
    "s.recorded_by");

const QString OutcomeColumns =
    QStringLiteral("o.id, o.follow_up_id, o.outcome, o.note, o.corrects_id, o.recorded_at, o.recorded_by");

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

// The dashboard's two values, stored with the incident (008_portable.sql): the whole hours from occurrence to
// closing, rounded half away from zero (null when either time is unknown), and the moment 24 hours on.
QVariant resolutionHours(const QDateTime &occurredAt, const QDateTime &closedAt) {
    if (!occurredAt.isValid() || !closedAt.isValid())
        return QVariant(QMetaType(QMetaType::LongLong));
    return qint64(std::llround(double(occurredAt.msecsTo(closedAt)) / (3600.0 * 1000.0)));
}

QString addressDeadline(const QDateTime &occurredAt) {
    return SqlValues::fromUtc(occurredAt.toUTC().addDays(1));
}

QString tellingIf(IncidentRepository::Inserter::Telling telling, const Database &db, const QString &insert) {
    return telling == IncidentRepository::Inserter::Telling::OtherConnections
               ? db.announcing(insert, QStringLiteral("incidents"))
               : insert;
}

} // namespace

QString IncidentRepository::columns() {
    return IncidentColumns;
}

Incident IncidentRepository::incidentFrom(const QSqlQuery &query) {
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

IncidentRepository::Inserter::Inserter(const IncidentRepository &repository, Telling telling)
    : m_db(repository.m_db)
    , m_query(m_db.prepareKept(tellingIf(
          telling, m_db,
          QStringLiteral(
              "INSERT INTO incidents (client_id, occurred_at, channel, boundary_key, policy_version, "
              "severity, "
              "description, crossed_by, outside_hours, outside_channel, status, outcome, closed_at, "
              "current_step, "
              "next_action, next_due, created_at, updated_at, recorded_by, resolution_hours, "
              "address_deadline, "
              "created_by, changed_by) "
              "VALUES (:client_id, :occurred_at, :channel, :boundary_key, :policy_version, :severity, "
              ":description, "
              ":crossed_by, :outside_hours, :outside_channel, :status, :outcome, :closed_at, :current_step, "
              ":next_action, :next_due, :created_at, :updated_at, :recorded_by, :resolution_hours, "
              ":address_deadline, :me, :me) RETURNING id")))) {}

Result<qint64> IncidentRepository::Inserter::insert(const Incident &incident) {
    // One statement prepared once, bound again for every incident: preparing costs more than inserting.
    QSqlQuery &query = *m_query;
    query.bindValue(QStringLiteral(":client_id"), incident.clientId);
    query.bindValue(QStringLiteral(":occurred_at"), SqlValues::fromUtc(incident.occurredAt));
    query.bindValue(QStringLiteral(":channel"), ContactChannels::key(incident.channel));
    query.bindValue(QStringLiteral(":boundary_key"), SqlValues::text(incident.boundaryKey));
    query.bindValue(QStringLiteral(":policy_version"), incident.policyVersion);
    query.bindValue(QStringLiteral(":severity"), int(incident.severity));
    query.bindValue(QStringLiteral(":description"), SqlValues::text(incident.description));
    query.bindValue(QStringLiteral(":crossed_by"), int(incident.crossedBy));
    query.bindValue(QStringLiteral(":outside_hours"), incident.outsideHours);
    query.bindValue(QStringLiteral(":outside_channel"), incident.outsideChannel);
    query.bindValue(QStringLiteral(":status"), int(incident.status));
    query.bindValue(QStringLiteral(":outcome"), SqlValues::text(incident.outcome));
    query.bindValue(QStringLiteral(":closed_at"), SqlValues::fromUtc(incident.closedAt));
    query.bindValue(QStringLiteral(":current_step"), SqlValues::text(incident.currentStep));
    query.bindValue(QStringLiteral(":next_action"), SqlValues::text(incident.nextAction));
    query.bindValue(QStringLiteral(":next_due"), SqlValues::fromDate(incident.nextDue));
    query.bindValue(QStringLiteral(":created_at"), SqlValues::fromUtc(incident.createdAt));
    query.bindValue(QStringLiteral(":updated_at"), SqlValues::fromUtc(incident.updatedAt));
    query.bindValue(QStringLiteral(":recorded_by"), SqlValues::text(incident.recordedBy));
    query.bindValue(QStringLiteral(":resolution_hours"),
                    incident.status == IncidentStatus::Closed
                        ? resolutionHours(incident.occurredAt, incident.closedAt)
                        : QVariant(QMetaType(QMetaType::LongLong)));
    query.bindValue(QStringLiteral(":address_deadline"), addressDeadline(incident.occurredAt));
    query.bindValue(QStringLiteral(":me"), SqlValues::idOrNull(m_db.practitionerId()));
    return m_db.execReturningId(query, Tr::tr("logging the incident"));
}

Result<qint64> IncidentRepository::insert(const Incident &incident) const {
    return Inserter(*this).insert(incident);
}

Result<qint64> IncidentRepository::insertTellingOthers(const Incident &incident) const {
    return Inserter(*this, Inserter::Telling::OtherConnections).insert(incident);
}

Result<LogReads> IncidentRepository::logReads(qint64 clientId) const {
    const JoinedRead policy = PolicyRepository::stampRead();
    const JoinedRead client = ClientRepository::foundRead();
    const JoinedRead terms = AgreementRepository::signedTermsRead();
    const JoinedRead profile = PracticeRepository::rowVersionRead();
    static const QString statement = JoinedRead::statement({policy, client, terms, profile});
    const KeptQuery kept = m_db.prepareKept(statement);
    QSqlQuery &query = *kept;
    query.bindValue(QStringLiteral(":client"), clientId);
    if (!query.exec() || !query.next())
        return m_db.errorFrom(query.lastError(), Tr::tr("reading what the incident is checked against"));
    int column = 0;
    LogReads reads;
    reads.policy = PolicyRepository::stampFrom(query, column);
    column += policy.columnCount;
    reads.clientFound = ClientRepository::foundFrom(query, column);
    column += client.columnCount;
    Result<std::optional<PracticeProfile>> signedTerms = AgreementRepository::signedTermsFrom(query, column);
    if (!signedTerms)
        return signedTerms.error();
    reads.signedTerms = std::move(signedTerms).value();
    column += terms.columnCount;
    reads.profileRowVersion = PracticeRepository::rowVersionFrom(query, column);
    return reads;
}

Result<Incident> IncidentRepository::get(qint64 id) const {
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT ") + IncidentColumns +
                                   QStringLiteral(" FROM incidents i WHERE i.id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), Tr::tr("reading the incident"));
    if (!query.next())
        return Error{Error::Kind::NotFound, Tr::tr("Incident %1 does not exist.").arg(id)};
    return incidentFrom(query);
}

Status IncidentRepository::setPosition(qint64 id, const QString &currentStep, const QString &nextAction,
                                       const QDate &nextDue, const QDateTime &updatedAt) const {
    QSqlQuery query = m_db.prepare(
        QStringLiteral("UPDATE incidents SET current_step = :step, next_action = :action, next_due = :due, "
                       "updated_at = :updated, changed_by = :me WHERE id = :id"));
    query.bindValue(QStringLiteral(":step"), SqlValues::text(currentStep));
    query.bindValue(QStringLiteral(":me"), SqlValues::idOrNull(m_db.practitionerId()));
    query.bindValue(QStringLiteral(":action"), SqlValues::text(nextAction));
    query.bindValue(QStringLiteral(":due"), SqlValues::fromDate(nextDue));
    query.bindValue(QStringLiteral(":updated"), SqlValues::fromUtc(updatedAt));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), Tr::tr("saving the incident's next step"));
    return {};
}

Status IncidentRepository::close(qint64 id, const QString &outcome, const QDateTime &closedAt) const {
    const Result<Incident> incident = get(id);
    if (!incident)
        return incident.error();
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "UPDATE incidents SET status = :closed_status, outcome = :outcome, closed_at = :closed, "
        "next_action = :no_action, next_due = NULL, updated_at = :closed, "
        "resolution_hours = :hours, changed_by = :me WHERE id = :id"));
    query.bindValue(QStringLiteral(":closed_status"), int(IncidentStatus::Closed));
    query.bindValue(QStringLiteral(":me"), SqlValues::idOrNull(m_db.practitionerId()));
    query.bindValue(QStringLiteral(":outcome"), SqlValues::text(outcome));
    query.bindValue(QStringLiteral(":closed"), SqlValues::fromUtc(closedAt));
    query.bindValue(QStringLiteral(":no_action"), SqlValues::text(QString()));
    query.bindValue(QStringLiteral(":hours"), resolutionHours(incident.value().occurredAt, closedAt));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), Tr::tr("closing the incident"));
    if (query.numRowsAffected() != 1)
        return Error{Error::Kind::NotFound, Tr::tr("Incident %1 does not exist.").arg(id)};
    return {};
}

Result<qint64> IncidentRepository::appendStep(const StepEntry &entry,
                                              const QList<FollowUp> &followUps) const {
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "INSERT INTO incident_steps (incident_id, step_key, happened_at, note, details, corrects_id, "
        "recorded_at, recorded_by) VALUES (:incident, :key, :happened, :note, :details, :corrects, "
        ":recorded_at, :recorded_by) RETURNING id"));
    query.bindValue(QStringLiteral(":incident"), entry.incidentId);
    query.bindValue(QStringLiteral(":key"), SqlValues::text(entry.stepKey));
    query.bindValue(QStringLiteral(":happened"), SqlValues::fromUtc(entry.happenedAt));
    query.bindValue(QStringLiteral(":note"), SqlValues::text(entry.note));
    query.bindValue(QStringLiteral(":details"),
                    QString::fromUtf8(QJsonDocument(entry.details).toJson(QJsonDocument::Compact)));
    query.bindValue(QStringLiteral(":corrects"), nullableId(entry.correctsId));
    query.bindValue(QStringLiteral(":recorded_at"), SqlValues::fromUtc(entry.recordedAt));
    query.bindValue(QStringLiteral(":recorded_by"), SqlValues::text(entry.recordedBy));
    const Result<qint64> stepId = m_db.execReturningId(query, Tr::tr("recording the step"));
    if (!stepId)
        return stepId.error();
    for (const FollowUp &followUp : followUps) {
        QSqlQuery insert = m_db.prepare(
            QStringLiteral("INSERT INTO incident_follow_ups (incident_id, step_id, goal, due_date) VALUES "
                           "(:incident, :step, :goal, :due)"));
        insert.bindValue(QStringLiteral(":incident"), entry.incidentId);
        insert.bindValue(QStringLiteral(":step"), stepId.value());
        insert.bindValue(QStringLiteral(":goal"), SqlValues::text(followUp.goal));
        insert.bindValue(QStringLiteral(":due"), SqlValues::fromDate(followUp.due));
        if (!insert.exec())
            return m_db.errorFrom(insert.lastError(), Tr::tr("recording a goal"));
    }
    return stepId;
}

Result<StepEntry> IncidentRepository::step(qint64 stepId) const {
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT ") + StepColumns +
                                   QStringLiteral(" FROM incident_steps s WHERE s.id = :id"));
    query.bindValue(QStringLiteral(":id"), stepId);
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), Tr::tr("reading the step"));
    if (!query.next())
        return Error{Error::Kind::NotFound, Tr::tr("Step entry %1 does not exist.").arg(stepId)};
    return stepFrom(query);
}

Result<QList<StepEntry>> IncidentRepository::steps(qint64 incidentId) const {
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT ") + StepColumns +
                                   QStringLiteral(" FROM incident_steps s WHERE s.incident_id = :id "
                                                  "ORDER BY s.happened_at, s.id"));
    query.bindValue(QStringLiteral(":id"), incidentId);
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), Tr::tr("reading the incident's steps"));
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
        return m_db.errorFrom(query.lastError(), Tr::tr("reading the incident's goals"));
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
        return m_db.errorFrom(query.lastError(), Tr::tr("reading the follow-up"));
    if (!query.next())
        return Error{Error::Kind::NotFound, Tr::tr("Follow-up %1 does not exist.").arg(followUpId)};
    return followUpFrom(query);
}

Result<qint64> IncidentRepository::appendOutcome(const FollowUpOutcome &outcome) const {
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "INSERT INTO incident_follow_up_outcomes (follow_up_id, outcome, note, corrects_id, recorded_at, "
        "recorded_by) VALUES (:follow_up, :outcome, :note, :corrects, :recorded_at, :recorded_by) "
        "RETURNING id"));
    query.bindValue(QStringLiteral(":follow_up"), outcome.followUpId);
    query.bindValue(QStringLiteral(":outcome"), int(outcome.result));
    query.bindValue(QStringLiteral(":note"), SqlValues::text(outcome.note));
    query.bindValue(QStringLiteral(":corrects"), nullableId(outcome.correctsId));
    query.bindValue(QStringLiteral(":recorded_at"), SqlValues::fromUtc(outcome.recordedAt));
    query.bindValue(QStringLiteral(":recorded_by"), SqlValues::text(outcome.recordedBy));
    return m_db.execReturningId(query, Tr::tr("recording the follow-up"));
}

Result<FollowUpOutcome> IncidentRepository::outcome(qint64 outcomeId) const {
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT ") + OutcomeColumns +
                                   QStringLiteral(" FROM incident_follow_up_outcomes o WHERE o.id = :id"));
    query.bindValue(QStringLiteral(":id"), outcomeId);
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), Tr::tr("reading the follow-up outcome"));
    if (!query.next())
        return Error{Error::Kind::NotFound, Tr::tr("Follow-up outcome %1 does not exist.").arg(outcomeId)};
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
        return m_db.errorFrom(query.lastError(), Tr::tr("reading the follow-up outcomes"));
    QList<FollowUpOutcome> list;
    while (query.next())
        list.append(outcomeFrom(query));
    return list;
}

Result<qint64> IncidentRepository::appendDueMove(const DueMove &move) const {
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "INSERT INTO incident_due_moves (incident_id, period_id, follow_up_id, step_id, original_due, "
        "moved_to, moved_at, created_by) VALUES (:incident, :period, :follow_up, :step, :original, "
        ":moved_to, "
        ":moved_at, :me) RETURNING id"));
    query.bindValue(QStringLiteral(":incident"), move.incidentId);
    query.bindValue(QStringLiteral(":period"), nullableId(move.periodId));
    query.bindValue(QStringLiteral(":follow_up"), nullableId(move.followUpId));
    query.bindValue(QStringLiteral(":step"), nullableId(move.stepId));
    query.bindValue(QStringLiteral(":original"), SqlValues::fromDate(move.originalDue));
    query.bindValue(QStringLiteral(":moved_to"), SqlValues::fromDate(move.movedTo));
    query.bindValue(QStringLiteral(":moved_at"), SqlValues::fromUtc(move.movedAt));
    query.bindValue(QStringLiteral(":me"), SqlValues::idOrNull(m_db.practitionerId()));
    return m_db.execReturningId(query, Tr::tr("moving the due date"));
}

Result<QList<DueMove>> IncidentRepository::dueMoves(qint64 incidentId) const {
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT id, incident_id, period_id, follow_up_id, step_id, original_due, moved_to, moved_at "
        "FROM incident_due_moves WHERE incident_id = :id ORDER BY id"));
    query.bindValue(QStringLiteral(":id"), incidentId);
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), Tr::tr("reading the moved due dates"));
    QList<DueMove> list;
    while (query.next())
        list.append(DueMove{query.value(0).toLongLong(), query.value(1).toLongLong(),
                            query.value(2).toLongLong(), query.value(3).toLongLong(),
                            query.value(4).toLongLong(), SqlValues::toDate(query.value(5)),
                            SqlValues::toDate(query.value(6)), SqlValues::toUtc(query.value(7))});
    return list;
}

Result<QList<Incident>> IncidentRepository::incidentsOfClient(qint64 clientId) const {
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT ") + IncidentColumns +
                                   QStringLiteral(" FROM incidents i WHERE i.client_id = :id "
                                                  "ORDER BY i.occurred_at, i.id"));
    query.bindValue(QStringLiteral(":id"), clientId);
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), Tr::tr("reading the client's incidents"));
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
        return m_db.errorFrom(query.lastError(), Tr::tr("reading the client's steps"));
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
        "UNION ALL SELECT 2, o.recorded_at, f.incident_id, o.id, CAST(o.outcome AS TEXT), o.note, "
        "o.corrects_id "
        "FROM incident_follow_up_outcomes o JOIN incident_follow_ups f ON f.id = o.follow_up_id "
        "JOIN incidents i ON i.id = f.incident_id WHERE i.client_id = :client "
        "ORDER BY 2, 1, 4"));
    query.bindValue(QStringLiteral(":client"), clientId);
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), Tr::tr("reading the client's timeline"));
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

} // namespace bk
