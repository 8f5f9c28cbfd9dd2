// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "common/Result.h"
#include "incidents/Incident.h"

#include <QDate>
#include <QList>
#include <QSqlQuery>
#include <QVariant>
#include <optional>

namespace bk {

class Database;

/// Which incidents a list shows. Dates are local calendar dates.
struct IncidentFilter {
    std::optional<qint64> clientId;
    QString boundaryKey; ///< empty: every boundary
    std::optional<IncidentStatus> status;
    /// Only open incidents whose next due date is before `today`.
    bool overdueOnly = false;
    QDate today; ///< the date overdue is judged against (Clock::todayLocal() in the application)
    QDate from;  ///< first day shown (inclusive), invalid: no lower bound
    QDate to;    ///< last day shown (inclusive), invalid: no upper bound
    std::optional<CrossedBy> crossedBy;
    std::optional<ContactChannel> channel;
    /// The time zone `from`, `to`, `weekday` and `hour` are in (IANA id); empty: the system time zone.
    QByteArray timeZoneId;
    /// Only incidents on this local weekday, and in this local hour (0 to 23): a cell of the dashboard's heat
    /// map. Either may be set alone.
    std::optional<Qt::DayOfWeek> weekday;
    std::optional<int> hour;
    /// With repeatMinimum > 0, only incidents of clients who have repeatMinimum to repeatMaximum (0: no upper
    /// bound) incidents between `from` and `to` crossed by `crossedBy` (the dashboard's repeat bands).
    int repeatMinimum = 0;
    int repeatMaximum = 0;
};

enum class IncidentSortKey { OccurredAt, Client, Boundary, Channel, Severity, Step, NextDue, Status };

struct IncidentSort {
    IncidentSortKey key = IncidentSortKey::OccurredAt;
    Qt::SortOrder order = Qt::DescendingOrder;
};

/// A listed incident with its client's name and the values it was sorted by (where a keyset page resumes).
struct IncidentListRow {
    Incident incident;
    QString clientName;
    QVariantList sortValues;
};

/// An open incident's next action, as a follow-up to do.
struct FollowUpItem {
    qint64 incidentId = 0;
    qint64 clientId = 0;
    QString clientName;
    QString boundaryKey;
    QString nextAction;
    QDate due;
};

/// Which follow-ups to list, relative to a day.
enum class FollowUpWindow { Overdue, DueToday, Upcoming, DueOrOverdue };

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

/// Incidents, their append-only step records, goal follow-ups and outcomes, and the practice's resource
/// library in storage: the only place their SQL lives. Writes do not announce themselves; IncidentService
/// wraps them in transactions and announces "incidents" once committed.
class IncidentRepository {
public:
    explicit IncidentRepository(const Database &database)
        : m_db(database) {}

    /// Inserts logged incidents one after another with one prepared statement: for many at once (an import,
    /// the benchmark's synthetic practice), inside a transaction.
    class Inserter {
    public:
        explicit Inserter(const IncidentRepository &repository);
        /// Inserts a logged incident as given (validated by the caller); returns its id.
        Result<qint64> insert(const Incident &incident);

    private:
        const Database &m_db;
        QSqlQuery m_query;
    };

    /// Inserts a logged incident as given (validated by the caller); returns its id.
    Result<qint64> insert(const Incident &incident) const;
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

    /// The client's incidents, oldest first.
    Result<QList<Incident>> incidentsOfClient(qint64 clientId) const;
    /// The step entries of all the client's incidents, corrections included, oldest first.
    Result<QList<StepEntry>> stepsOfClient(qint64 clientId) const;
    /// The client's incidents, step entries and follow-up outcomes in date order.
    Result<QList<TimelineEntry>> timeline(qint64 clientId) const;

    Result<qint64> count(const IncidentFilter &filter) const;
    /// Rows [offset, offset + limit) of the sorted, filtered list.
    Result<QList<IncidentListRow>> pageAt(const IncidentFilter &filter, const IncidentSort &sort,
                                          qint64 offset, int limit) const;
    /// The `limit` rows that end `offsetFromEnd` rows before the end of the sorted, filtered list, in list
    /// order.
    Result<QList<IncidentListRow>> pageFromEnd(const IncidentFilter &filter, const IncidentSort &sort,
                                               qint64 offsetFromEnd, int limit) const;
    /// The `limit` rows after (or, with `before`, preceding) `row`, in list order.
    Result<QList<IncidentListRow>> pageNextTo(const IncidentFilter &filter, const IncidentSort &sort,
                                              const IncidentListRow &row, bool before, int limit) const;
    /// The 0-based position of incident `id` in the sorted, filtered list, or -1 when the filter hides it.
    Result<qint64> positionOf(const IncidentFilter &filter, const IncidentSort &sort, qint64 id) const;

    /// The statements count() and the page functions run, prepared and bound but not executed: the benchmark
    /// runs them alone to measure the SQL without the model. A weekday or hour in `filter` needs its from and
    /// to set here (count() and the pages set them). list's columns are those of get(), then the
    /// client's name, then IncidentListRow::sortValues.
    QSqlQuery countQuery(const IncidentFilter &filter) const;
    QSqlQuery listQuery(const IncidentFilter &filter, const IncidentSort &sort, const IncidentListRow *anchor,
                        bool before, qint64 offset, int limit) const;

    /// Open incidents' next actions in `window` relative to `today`, earliest first, at most `limit` of
    /// them (every one when negative); Upcoming covers the `upcomingDays` days after today.
    Result<QList<FollowUpItem>> followUpsIn(FollowUpWindow window, const QDate &today, int upcomingDays = 14,
                                            int limit = -1) const;
    /// How many open incidents' next actions are in `window` (as followUpsIn() would list them).
    Result<qint64> countFollowUpsIn(FollowUpWindow window, const QDate &today, int upcomingDays = 14) const;

    Result<qint64> addResource(const PracticeResource &resource) const;
    /// The library, by title; with a key, only resources that help with that boundary.
    Result<QList<PracticeResource>> resources(const QString &boundaryKey = {}) const;

private:
    /// `filter` with from and to set to the first and last day holding an incident when a weekday or hour
    /// is asked for without them (local times are matched within bounded stretches of time).
    Result<IncidentFilter> bounded(const IncidentFilter &filter) const;
    Result<QList<IncidentListRow>> list(const IncidentFilter &filter, const IncidentSort &sort,
                                        const IncidentListRow *anchor, bool before, qint64 offset,
                                        int limit) const;

    const Database &m_db;
};

} // namespace bk
