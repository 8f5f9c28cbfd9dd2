// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/Result.h"
#include "app/incidents/Incident.h"
#include "app/policy/PracticeProfile.h"
#include "app/storage/KeptQuery.h"
#include "app/storage/PolicyRepository.h"

#include <QDateTime>
#include <QList>
#include <QSqlQuery>
#include <optional>

namespace bk {

class Database;

/// One line of a client's history.
struct TimelineEntry {
    enum class Kind { Incident, Step, FollowUpOutcome };
    Kind kind = Kind::Incident;
    QDateTime at; ///< UTC
    qint64 incidentId = 0;
    qint64 entryId = 0; ///< the incident, step or outcome id
    QString key;        ///< boundary key, step key or outcome key
    QString text;       ///< description, note or outcome note
    qint64 correctsId = 0;
};

/// What logging an incident is checked against and flagged by, read in one statement (one round trip to a
/// server) by IncidentRepository::logReads(), each part read back by the repository of its records.
struct LogReads {
    PolicyStamp policy;
    /// Whether the client is there (on a server: one the practitioner may see).
    bool clientFound = false;
    /// The communication terms of the client's most recently signed agreement, if any.
    std::optional<PracticeProfile> signedTerms;
    /// The saved practice profile's row version (0: none saved).
    int profileRowVersion = 0;
};

/// Incidents, their append-only step records, goal follow-ups and outcomes in storage. Writes do not announce
/// themselves; IncidentService wraps them in transactions and announces "incidents" once committed. The
/// incident list is IncidentListQuery, the follow-ups due FollowUpRepository and the practice's resource
/// library ResourceRepository.
class IncidentRepository {
public:
    explicit IncidentRepository(const Database &database)
        : m_db(database) {}

    /// Inserts logged incidents one after another with one prepared statement: for many at once (an import,
    /// the benchmark's synthetic practice), inside a transaction.
    class Inserter {
    public:
        /// Whether each insert also tells the other connections to a server that "incidents" changed
        /// (Database::announcing()).
        enum class Telling { Nobody, OtherConnections };
        explicit Inserter(const IncidentRepository &repository, Telling telling = Telling::Nobody);
        /// Inserts a logged incident as given (validated by the caller); returns its id.
        Result<qint64> insert(const Incident &incident);

    private:
        const Database &m_db;
        KeptQuery m_query;
    };

    /// Inserts a logged incident as given (validated by the caller); returns its id.
    Result<qint64> insert(const Incident &incident) const;
    /// The same, telling the other connections to a server that "incidents" changed in the same statement:
    /// the caller announces it with Database::announceTold().
    Result<qint64> insertTellingOthers(const Incident &incident) const;
    /// The policy's stamp, whether the client bound is there, the terms the client signed and the profile's
    /// row version, in one statement.
    Result<LogReads> logReads(qint64 clientId) const;
    Result<Incident> get(qint64 id) const;
    /// Stores the derived ladder position of an incident.
    Status setPosition(qint64 id, const QString &currentStep, const QString &nextAction, const QDate &nextDue,
                       const QDateTime &updatedAt) const;
    /// Closes the incident with its outcome; the next action and due date are cleared.
    Status close(qint64 id, const QString &outcome, const QDateTime &closedAt) const;

    /// Appends a step entry with the follow-ups it sets (goals); returns the entry's id.
    Result<qint64> appendStep(const StepEntry &entry, const QList<FollowUp> &followUps) const;
    Result<StepEntry> step(qint64 stepId) const;
    /// Every entry of an incident, corrections included, by time then id.
    Result<QList<StepEntry>> steps(qint64 incidentId) const;
    Result<QList<FollowUp>> followUps(qint64 incidentId) const;
    Result<FollowUp> followUp(qint64 followUpId) const;
    Result<qint64> appendOutcome(const FollowUpOutcome &outcome) const;
    Result<FollowUpOutcome> outcome(qint64 outcomeId) const;
    /// Every outcome recorded for the follow-ups of an incident, corrections included, in recording order.
    Result<QList<FollowUpOutcome>> outcomes(qint64 incidentId) const;
    Result<qint64> appendDueMove(const DueMove &move) const;
    /// Every move of the incident's due date, in recording order.
    Result<QList<DueMove>> dueMoves(qint64 incidentId) const;

    /// The client's incidents, oldest first.
    Result<QList<Incident>> incidentsOfClient(qint64 clientId) const;
    /// The step entries of all the client's incidents, corrections included, oldest first.
    Result<QList<StepEntry>> stepsOfClient(qint64 clientId) const;
    /// The client's incidents, step entries and follow-up outcomes in date order.
    Result<QList<TimelineEntry>> timeline(qint64 clientId) const;

    /// The incident columns get() reads (the table aliased "i"), for the queries that list incidents, and
    /// how incidentFrom() makes an incident of the first ColumnCount columns of a row.
    static QString columns();
    static constexpr int ColumnCount = 20;
    static Incident incidentFrom(const QSqlQuery &query);

private:
    const Database &m_db;
};

} // namespace bk
