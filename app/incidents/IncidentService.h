// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/Result.h"
#include "app/incidents/BoundaryFlags.h"
#include "app/incidents/EscalationLadder.h"
#include "app/incidents/Incident.h"
#include "app/incidents/IncidentRecord.h"
#include "app/incidents/RecurrenceRules.h"
#include "app/policy/BoundaryPolicy.h"
#include "app/practitioner/Availability.h"
#include "app/storage/FollowUpRepository.h"
#include "app/storage/IncidentRepository.h"

#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace bk {

class Database;

/// What the quick log asks for. Only client, boundary and description are required.
struct NewIncident {
    qint64 clientId = 0;
    QDateTime occurredAt; ///< invalid: now
    ContactChannel channel = ContactChannel::InPerson;
    QString boundaryKey;
    Severity severity = Severity::Minor;
    QString description;
    CrossedBy crossedBy = CrossedBy::Client;
};

/// A problem with a new incident, with the field it concerns (for showing it next to that field).
struct IncidentProblem {
    enum class Field { Client, Boundary, Description, OccurredAt };
    Field field = Field::Client;
    QString message;
};

/// The policy incidents are logged against: the latest published version or, before the first publish,
/// the draft's active boundaries (version 0).
struct CurrentPolicy {
    int version = 0;
    PolicyDocument document;
};

/// Logging incidents and walking them up the escalation ladder: validation, flags, step records and the
/// derived next action, each write in one transaction, announced as "incidents" once committed.
class IncidentService {
public:
    explicit IncidentService(const Database &database);

    /// Meta keys of the recurrence thresholds (integers; "0" turns the repeat-after-summary rule off).
    static const QString ContractCountKey;
    static const QString ContractWindowDaysKey;
    static const QString ContractAfterSummaryKey;

    Result<CurrentPolicy> currentPolicy() const;
    /// The communication terms that apply to `clientId`: those of the client's latest signed agreement (the
    /// hours, channels and time zone the client signed), or the practice profile's when the client has not
    /// signed one.
    Result<CommunicationTerms> termsForClient(qint64 clientId) const;

    /// Sentences describing what must be corrected before `incident` can be logged; empty when valid.
    QStringList problems(const NewIncident &incident, const CurrentPolicy &policy) const;
    /// The same problems, each with the field it concerns.
    QList<IncidentProblem> fieldProblems(const NewIncident &incident, const CurrentPolicy &policy) const;
    /// Validates, computes the flags and the first next action, and stores the incident; returns its id.
    Result<qint64> log(const NewIncident &incident) const;
    Result<Incident> get(qint64 id) const;

    Result<qint64> recordConversation(qint64 incidentId, const QDateTime &when, const QString &gist) const;
    /// Records the summary as sent: its `text` exactly as sent, and `forClient`, what the practitioner wrote
    /// for the client to draft it from.
    Result<qint64> recordWrittenSummary(qint64 incidentId, const QDateTime &sentAt, const QString &text,
                                        SummaryMethod method, const QString &forClient = {}) const;
    /// Records the goals step; each goal needs a text and a follow-up date.
    Result<qint64> recordGoals(qint64 incidentId, const QDateTime &when, const QString &note,
                               const QList<FollowUp> &goals) const;
    /// Moves the open incident's due date to `movedTo` (out of availability period `periodId`, 0: none); the
    /// move is recorded beside the date it had, which stays in the record. Returns the move's id.
    Result<qint64> moveDueDate(qint64 incidentId, const QDate &movedTo, qint64 periodId = 0) const;
    Result<qint64> recordFollowUpOutcome(qint64 followUpId, FollowUpResult result, const QString &note) const;
    /// Records a new outcome replacing `outcomeId`; the original stays.
    Result<qint64> correctFollowUpOutcome(qint64 outcomeId, FollowUpResult result, const QString &note) const;
    Result<qint64> recordContract(qint64 incidentId, const QDateTime &when, const QString &note,
                                  const BehaviouralContract &contract) const;
    /// Records resources from the practice library as provided.
    Result<qint64> recordResources(qint64 incidentId, const QDateTime &when, const QString &note,
                                   const QList<qint64> &resourceIds) const;
    /// Records a step that carries a date and a note only (supervision, ending the engagement, or a step the
    /// practice added to its ladder).
    Result<qint64> recordStep(qint64 incidentId, const QString &stepKey, const QDateTime &when,
                              const QString &note) const;
    /// Records a new entry replacing `stepId` (same step, new date, note and details); the original stays.
    Result<qint64> correctStep(qint64 stepId, const QDateTime &when, const QString &note,
                               const QJsonObject &details) const;
    /// Closes the incident; refused without an outcome.
    Status close(qint64 incidentId, const QString &outcome) const;

    /// The incident with every step, follow-up and outcome recorded on it.
    Result<IncidentRecord> record(qint64 incidentId) const;
    /// Where the incident stands on the current ladder now, derived from its records.
    Result<LadderPosition> position(qint64 incidentId) const;

    Result<RecurrenceSettings> recurrenceSettings() const;
    /// A behavioural contract proposal for the client, or std::nullopt when the rules do not call for one.
    Result<std::optional<ContractProposal>> contractProposal(qint64 clientId) const;
    /// A drafted contract for the proposal, from the policy texts.
    Result<BehaviouralContract> draftContract(qint64 clientId, const ContractProposal &proposal) const;

    /// What a calendar export holds: every open incident's next action that is overdue or due within
    /// `upcomingDays` days after today, earliest first.
    Result<QList<FollowUpItem>> calendarFollowUps(int upcomingDays = 366) const;
    /// The periods of reduced availability from today to `upcomingDays` ahead, for the calendar beside the
    /// follow-ups.
    Result<QList<AvailabilityPeriod>> calendarPeriods(int upcomingDays = 366) const;
    /// Open incidents' next actions in `window` relative to `today`, earliest first, at most `limit` of
    /// them (every one when negative); Upcoming covers the `upcomingDays` days after today.
    Result<QList<FollowUpItem>> followUpsIn(FollowUpWindow window, const QDate &today, int upcomingDays = 14,
                                            int limit = -1) const;
    /// How many open incidents' next actions are in `window` (as followUpsIn() would list them).
    Result<qint64> countFollowUpsIn(FollowUpWindow window, const QDate &today, int upcomingDays = 14) const;
    /// How many incidents `filter` selects.
    Result<qint64> count(const IncidentFilter &filter) const;
    /// Writes calendarFollowUps() to `path` as an iCalendar file (RFC 5545), atomically and 0600; returns how
    /// many follow-ups it holds.
    Result<int> exportFollowUpCalendar(const QString &path) const;

    /// The five-move conversation script for the incident.
    Result<QString> conversationScript(qint64 incidentId) const;
    /// The written summary generated from the incident's latest conversation record, dated today, telling
    /// the client `forClient` (what the practitioner wrote for them); the conversation's note stays private.
    Result<QString> writtenSummaryText(qint64 incidentId, const QString &forClient = {}) const;

private:
    /// The policy `stamp` (read just before) names as the current one.
    Result<CurrentPolicy> currentPolicy(const PolicyStamp &stamp) const;
    /// fieldProblems() for a client read already (`clientFound`).
    static QList<IncidentProblem> fieldProblems(const NewIncident &incident, const CurrentPolicy &policy,
                                                bool clientFound);
    /// termsForClient() from what logReads() read.
    Result<CommunicationTerms> termsFor(const LogReads &reads) const;
    Result<qint64> append(StepEntry entry, const QList<FollowUp> &followUps, bool allowClosed) const;
    /// Appends a new (not correcting) step to an open incident.
    Result<qint64> appendStep(qint64 incidentId, const QString &stepKey, const QDateTime &when,
                              const QString &note, const QJsonObject &details = {},
                              const QList<FollowUp> &followUps = {}) const;
    /// Appends `outcome` (a first one or a correction) of a follow-up of the incident `rows` hold, and stores
    /// the incident's position with it in one transaction: whether goals were met decides the next step.
    Result<qint64> appendOutcome(FollowUpOutcome outcome, IncidentRecord rows) const;
    /// Stores the position of `record` (rows in hand plus the one just written) on `ladder`.
    Status storePosition(const IncidentRecord &record, const QList<LadderStep> &ladder) const;
    Result<QString> clientName(qint64 clientId) const;
    /// What the conversation script and the written summary of an incident are written from.
    struct ConversationContext {
        Boundary boundary;
        CommunicationTerms terms;
        QString clientName;
    };
    Result<ConversationContext> conversationContext(const Incident &incident) const;

    const Database &m_db;
    IncidentRepository m_repository;
};

} // namespace bk
