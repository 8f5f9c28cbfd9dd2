// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "DashboardRepository.h"

#include "common/Clock.h"
#include "common/ZoneOffsets.h"
#include "incidents/Incident.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QTime>
#include <algorithm>

namespace bk {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("DashboardRepository", text);
}

// 1970-01-01 as a Julian day: turns the day numbers of Unix time into QDates and back.
constexpr qint64 UnixEpochJulianDay = 2440588;
constexpr qint64 SecsPerDay = 86400;

qint64 floorDiv(qint64 value, qint64 divisor) {
    return value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor);
}

// One aggregate: its SQL (which names only the placeholders it uses), and what to do with each row.
struct Statement {
    QString sql;
    QString what; ///< for the error message: "reading …"
    std::function<void(const QSqlQuery &)> row;
};

// The values every statement may refer to; each statement binds the ones its SQL names.
struct Values {
    QList<QPair<QString, QVariant>> values;

    void bindTo(QSqlQuery &query, const QString &sql) const {
        for (const auto &[name, value] : values) {
            if (sql.contains(name))
                query.bindValue(name, value);
        }
    }
};

// What figures() and runStatementsOnly() share: the period in UTC, how incident times are grouped, the
// statements and their values.
class Plan {
public:
    Plan(const DashboardRequest &request, const DashboardContext &context)
        : m_request(request)
        , m_context(context)
        , m_fromUtc(ZoneOffsets::dayStartUtc(context.timeZoneId, request.from))
        , m_toUtc(ZoneOffsets::dayStartUtc(context.timeZoneId, request.to.addDays(1)))
        , m_offsets(context.timeZoneId, m_fromUtc, m_toUtc)
        , m_warningSince(context.nowUtc.addDays(-DashboardFigures::EarlyWarningDays)) {
        m_values.values = {{QStringLiteral(":period_from"), SqlValues::fromUtc(m_fromUtc)},
                           {QStringLiteral(":period_to"), SqlValues::fromUtc(m_toUtc)},
                           {QStringLiteral(":last_day"), SqlValues::fromDate(request.to)},
                           {QStringLiteral(":today"), SqlValues::fromDate(context.today)},
                           {QStringLiteral(":warning_since"), SqlValues::fromUtc(m_warningSince)},
                           {QStringLiteral(":warning_until"), SqlValues::fromUtc(context.nowUtc)},
                           {QStringLiteral(":named"), DashboardRepository::NamedClients},
                           {QStringLiteral(":warning_minimum"), DashboardFigures::EarlyWarningMinimum},
                           {QStringLiteral(":conversation"), QString::fromLatin1(StepKeys::Conversation)}};
        if (request.clientId)
            m_values.values.append({QStringLiteral(":client"), *request.clientId});
    }

    const QDateTime &fromUtc() const { return m_fromUtc; }
    const QDateTime &toUtc() const { return m_toUtc; }
    const QDateTime &warningSince() const { return m_warningSince; }
    const ZoneOffsets &offsets() const { return m_offsets; }
    const Values &values() const { return m_values; }
    /// Whether incident times are grouped by UTC hour (else by quarter hour, for zones with offsets such as
    /// +05:30 or +05:45, where a UTC hour spans two local hours).
    bool byHour() const { return m_offsets.wholeHours(); }

    // " AND i.client_id = :client" when a client is chosen (so the client index serves the period too).
    QString clientCondition(const QString &column = QStringLiteral("i.client_id")) const {
        return m_request.clientId ? QStringLiteral(" AND ") + column + QStringLiteral(" = :client")
                                  : QString();
    }
    // The incidents of the period: with a client, through the client's index; otherwise through the
    // covering index of 006_dashboard.sql (rebuilt by 007), named because with statistics SQLite prefers a
    // skip-scan of the boundary index that reads a table row per incident (8 s instead of 0.8 s for a year of
    // 500,000).
    QString incidentsOfPeriod() const {
        return m_request.clientId ? QStringLiteral("incidents i")
                                  : QStringLiteral("incidents i INDEXED BY incidents_by_period");
    }
    QString periodCondition() const {
        return QStringLiteral("i.occurred_at >= :period_from AND i.occurred_at < :period_to") +
               clientCondition();
    }
    // A group key for the time of an incident: "2026-03-29T01" (UTC hour) or "2026-03-29T01:2" (quarter).
    QString timeGroup() const {
        return byHour() ? QStringLiteral("substr(i.occurred_at, 1, 13)")
                        : QStringLiteral("substr(i.occurred_at, 1, 14) || (CAST(substr(i.occurred_at, 15, "
                                         "2) AS INTEGER) / 15)");
    }

    /// The statements, in the order they run; their row handlers write into `figures` when given.
    QList<Statement> statements(DashboardFigures *figures, QMap<qint64, qint64> *resolutionHours,
                                QList<QPair<QDate, qint64>> *startedByDay) const;

private:
    DashboardRequest m_request;
    DashboardContext m_context;
    QDateTime m_fromUtc;
    QDateTime m_toUtc;
    ZoneOffsets m_offsets;
    QDateTime m_warningSince;
    Values m_values;
};

// Seconds since the epoch of a UTC group key made by Plan::timeGroup().
qint64 groupStartSecs(const QString &key) {
    const QStringView view(key);
    const QDate date(view.mid(0, 4).toInt(), view.mid(5, 2).toInt(), view.mid(8, 2).toInt());
    const qint64 quarter = key.size() > 14 ? view.mid(14).toInt() : 0;
    return (date.toJulianDay() - UnixEpochJulianDay) * SecsPerDay + view.mid(11, 2).toInt() * 3600 +
           quarter * 900;
}

QList<Statement> Plan::statements(DashboardFigures *figures, QMap<qint64, qint64> *resolutionHours,
                                  QList<QPair<QDate, qint64>> *startedByDay) const {
    const auto handler = [figures](auto function) -> std::function<void(const QSqlQuery &)> {
        if (!figures)
            return [](const QSqlQuery &) {
            };
        return function;
    };
    QList<Statement> list;

    // Now: open incidents, overdue next actions, re-acknowledgement due and drafts of current clients, and
    // the chosen client's name.
    list.append(
        {QStringLiteral("SELECT (SELECT count(*) FROM incidents i WHERE i.status = 0") + clientCondition() +
             QStringLiteral("), (SELECT count(*) FROM incidents i WHERE i.status = 0 AND i.next_due <> '' "
                            "AND i.next_due < :today") +
             clientCondition() +
             QStringLiteral("), (SELECT count(*) FROM (SELECT a.client_id FROM policy_acknowledgements a "
                            "JOIN clients c ON c.id = a.client_id WHERE c.archived = 0") +
             clientCondition(QStringLiteral("a.client_id")) +
             QStringLiteral(" GROUP BY a.client_id HAVING max(a.version) < (SELECT max(v.version) FROM "
                            "policy_versions v))), (SELECT count(*) FROM agreements g JOIN clients c ON "
                            "c.id = g.client_id WHERE g.status = 'draft' AND c.archived = 0") +
             clientCondition(QStringLiteral("g.client_id")) + QStringLiteral("), ") +
             (m_request.clientId ? QStringLiteral("(SELECT c.full_name FROM clients c WHERE c.id = :client)")
                                 : QStringLiteral("''")),
         tr("reading what needs attention"), handler([figures](const QSqlQuery &query) {
             figures->openIncidents = query.value(0).toLongLong();
             figures->overdueFollowUps = query.value(1).toLongLong();
             figures->reacknowledgementDue = query.value(2).toLongLong();
             figures->onboardingDrafts = query.value(3).toLongLong();
             figures->clientName = query.value(4).toString();
         })});

    // The period by boundary, channel, who crossed it and whether outside hours: a few dozen groups.
    list.append({QStringLiteral("SELECT i.boundary_key, i.channel, i.crossed_by, i.outside_hours, count(*) "
                                "FROM ") +
                     incidentsOfPeriod() + QStringLiteral(" WHERE ") + periodCondition() +
                     QStringLiteral(" GROUP BY i.boundary_key, i.channel, i.crossed_by, i.outside_hours"),
                 tr("counting incidents by boundary and channel"), handler([figures](const QSqlQuery &query) {
                     const qint64 count = query.value(4).toLongLong();
                     if (query.value(2).toLongLong() != 0) {
                         figures->selfReported += count;
                         return;
                     }
                     figures->incidents += count;
                     if (query.value(3).toLongLong() != 0)
                         figures->outsideHours += count;
                     const auto add = [count](QList<KeyedCount> &counts, const QString &key) {
                         const auto found =
                             std::find_if(counts.begin(), counts.end(),
                                          [&key](const KeyedCount &c) { return c.key == key; });
                         if (found == counts.end())
                             counts.append(KeyedCount{key, QString(), count});
                         else
                             found->count += count;
                     };
                     add(figures->byBoundary, query.value(0).toString());
                     add(figures->byChannel, query.value(1).toString());
                 })});

    // The period's client incidents by UTC hour (or quarter hour): at most 8,784 groups in a year, each
    // turned into practice-local weekday, hour and month by the offset of its stretch of time.
    list.append({QStringLiteral("SELECT ") + timeGroup() + QStringLiteral(", count(*) FROM ") +
                     incidentsOfPeriod() + QStringLiteral(" WHERE ") + periodCondition() +
                     QStringLiteral(" AND i.crossed_by = 0 GROUP BY 1"),
                 tr("counting incidents by time"), handler([this, figures](const QSqlQuery &query) {
                     const qint64 local = m_offsets.localSecs(groupStartSecs(query.value(0).toString()));
                     const qint64 day = floorDiv(local, SecsPerDay);
                     const qint64 count = query.value(1).toLongLong();
                     // 1970-01-01 was a Thursday (index 3 counting from Monday).
                     const auto weekday = std::size_t(((day + 3) % 7 + 7) % 7);
                     const auto hour = std::size_t((local - day * SecsPerDay) / 3600);
                     figures->byWeekdayHour.at(weekday).at(hour) += count;
                     // byMonth holds every month of the period in order, so the index follows from the date.
                     const QDate date = QDate::fromJulianDay(day + UnixEpochJulianDay);
                     const QDate first = m_request.from;
                     const qsizetype index = (date.year() - first.year()) * 12 + date.month() - first.month();
                     if (index >= 0 && index < figures->byMonth.size())
                         figures->byMonth[index].count += count;
                 })});

    // The period's client incidents by client, most first; the first NamedClients with their names.
    list.append({QStringLiteral("SELECT g.client_id, g.n, CASE WHEN row_number() OVER (ORDER BY g.n DESC, "
                                "g.client_id) <= :named THEN (SELECT c.full_name FROM clients c WHERE c.id = "
                                "g.client_id) END FROM (SELECT i.client_id, count(*) AS n FROM ") +
                     incidentsOfPeriod() + QStringLiteral(" WHERE ") + periodCondition() +
                     QStringLiteral(" AND i.crossed_by = 0 GROUP BY i.client_id) g ORDER BY g.n DESC, "
                                    "g.client_id"),
                 tr("counting incidents by client"), handler([figures](const QSqlQuery &query) {
                     const qint64 count = query.value(1).toLongLong();
                     figures->byClient.append(
                         ClientCount{query.value(0).toLongLong(), query.value(2).toString(), count});
                     ++figures->repeatBands.at(std::size_t(RepeatBands::of(count)));
                 })});

    // The period's client incidents by hours to resolution (null while open) and whether a conversation
    // still in force was recorded within 24 hours: a histogram the median is read from. The hours and the
    // moment 24 hours on are read from incidents_by_period, which holds both expressions exactly as written
    // here (007_dashboard_addressed.sql: change them together); each incident's conversations are found in
    // incident_steps_by_kind without reading a step row.
    list.append(
        {QStringLiteral(
             "SELECT CASE WHEN i.status = 1 THEN CAST(round((julianday(i.closed_at) - "
             "julianday(i.occurred_at)) "
             "* 24) AS INTEGER) END, EXISTS (SELECT 1 FROM incident_steps s WHERE s.incident_id = i.id AND "
             "s.step_key = :conversation AND s.happened_at <= strftime('%Y-%m-%dT%H:%M:%fZ', i.occurred_at, "
             "'+1 day') AND NOT EXISTS (SELECT 1 FROM incident_steps r WHERE r.corrects_id = s.id)), "
             "count(*) "
             "FROM ") +
             incidentsOfPeriod() + QStringLiteral(" WHERE ") + periodCondition() +
             QStringLiteral(" AND i.crossed_by = 0 GROUP BY 1, 2"),
         tr("measuring how soon incidents were addressed"),
         handler([figures, resolutionHours](const QSqlQuery &query) {
             const qint64 count = query.value(2).toLongLong();
             if (query.value(1).toLongLong() != 0)
                 figures->addressedWithin24h += count;
             if (!query.value(0).isNull()) {
                 figures->resolved += count;
                 (*resolutionHours)[query.value(0).toLongLong()] += count;
             }
         })});

    // Early warning: current clients with two or more client incidents in the last 30 days.
    list.append(
        {QStringLiteral("SELECT i.client_id, c.full_name, count(*) AS n FROM incidents i JOIN clients c ON "
                        "c.id = i.client_id WHERE i.occurred_at >= :warning_since AND i.occurred_at <= "
                        ":warning_until AND i.crossed_by = 0 AND c.archived = 0") +
             clientCondition() +
             QStringLiteral(" GROUP BY i.client_id HAVING count(*) >= :warning_minimum ORDER BY n DESC, "
                            "c.name_key, i.client_id"),
         tr("looking for clients who need attention"), handler([figures](const QSqlQuery &query) {
             figures->earlyWarning.append(ClientCount{query.value(0).toLongLong(), query.value(1).toString(),
                                                      query.value(2).toLongLong()});
         })});

    // Current clients by the day they started (or were added), for the rate's divisor.
    if (!m_request.clientId) {
        list.append(
            {QStringLiteral("SELECT d, count(*) FROM (SELECT CASE WHEN c.start_date <> '' THEN "
                            "c.start_date ELSE substr(c.created_at, 1, 10) END AS d FROM clients c "
                            "WHERE c.archived = 0 AND c.status IN (1, 2, 3)) WHERE d <= :last_day "
                            "GROUP BY d ORDER BY d"),
             tr("counting active clients"), handler([startedByDay](const QSqlQuery &query) {
                 startedByDay->append({SqlValues::toDate(query.value(0)), query.value(1).toLongLong()});
             })});
    }
    return list;
}

// Runs one statement, calling its handler for every row; stops with an error when it fails.
Status run(const Database &db, const Statement &statement, const Values &values, qint64 *rows) {
    QSqlQuery query = db.prepare(statement.sql);
    query.setForwardOnly(true);
    values.bindTo(query, statement.sql);
    if (!query.exec())
        return db.errorFrom(query.lastError(), statement.what);
    while (query.next()) {
        statement.row(query);
        ++*rows;
    }
    if (query.lastError().isValid())
        return db.errorFrom(query.lastError(), statement.what);
    return {};
}

QList<MonthFigure> monthsOf(const QDate &from, const QDate &to) {
    QList<MonthFigure> months;
    for (QDate month(from.year(), from.month(), 1); month <= to; month = month.addMonths(1)) {
        const QDate first = std::max(month, from);
        const QDate last = std::min(month.addMonths(1).addDays(-1), to);
        months.append(MonthFigure{month, int(first.daysTo(last) + 1), 0, 0, std::nullopt});
    }
    return months;
}

void sortByCount(QList<KeyedCount> &list) {
    std::sort(list.begin(), list.end(), [](const KeyedCount &a, const KeyedCount &b) {
        return a.count != b.count ? a.count > b.count : a.key < b.key;
    });
}

std::optional<double> median(const QMap<qint64, qint64> &histogram, qint64 total) {
    if (total == 0)
        return std::nullopt;
    // The values at positions (total - 1) / 2 and total / 2 (the same one when total is odd).
    const qint64 lowPosition = (total - 1) / 2;
    const qint64 highPosition = total / 2;
    std::optional<qint64> low;
    qint64 seen = 0;
    for (auto it = histogram.cbegin(); it != histogram.cend(); ++it) {
        seen += it.value();
        if (!low && seen > lowPosition)
            low = it.key();
        if (seen > highPosition)
            return double(*low + it.key()) / 2.0;
    }
    return std::nullopt;
}

} // namespace

DashboardContext DashboardContext::current(const QByteArray &timeZoneId) {
    return DashboardContext{timeZoneId, Clock::todayLocal(), Clock::nowUtc()};
}

Result<DashboardFigures> DashboardRepository::figures(const DashboardRequest &request,
                                                      const DashboardContext &context,
                                                      const std::function<bool()> &superseded) const {
    if (!request.from.isValid() || !request.to.isValid() || request.to < request.from)
        return Error{Error::Kind::Invalid, tr("The period must start on or before the day it ends.")};
    const Plan plan(request, context);
    DashboardFigures figures;
    figures.request = request;
    figures.today = context.today;
    figures.timeZoneId = context.timeZoneId;
    figures.fromUtc = plan.fromUtc();
    figures.toUtc = plan.toUtc();
    figures.earlyWarningSince = plan.warningSince();
    figures.byMonth = monthsOf(request.from, request.to);

    QMap<qint64, qint64> resolutionHours;
    QList<QPair<QDate, qint64>> startedByDay;
    qint64 rows = 0;
    for (const Statement &statement : plan.statements(&figures, &resolutionHours, &startedByDay)) {
        if (superseded && superseded())
            return Error{Error::Kind::Invalid, tr("A newer request replaced this one.")};
        if (Status done = run(m_db, statement, plan.values(), &rows); !done)
            return done.error();
    }

    sortByCount(figures.byBoundary);
    sortByCount(figures.byChannel);
    if (figures.incidents > 0)
        figures.addressedShare = double(figures.addressedWithin24h) / double(figures.incidents);
    if (const std::optional<double> hours = median(resolutionHours, figures.resolved))
        figures.medianDaysToResolution = *hours / 24.0;

    // Active clients at the end of each month's days in the period: a running total over start days.
    qint64 started = 0;
    qsizetype next = 0;
    for (MonthFigure &month : figures.byMonth) {
        const QDate last = std::min(month.month.addMonths(1).addDays(-1), request.to);
        while (next < startedByDay.size() && startedByDay.at(next).first <= last)
            started += startedByDay.at(next++).second;
        month.activeClients = request.clientId ? 1 : started;
        if (month.activeClients > 0 && month.daysInPeriod > 0)
            month.ratePerActiveClient30d =
                double(month.count) / double(month.activeClients) * 30.0 / double(month.daysInPeriod);
    }
    return figures;
}

Result<qint64> DashboardRepository::runStatementsOnly(const DashboardRequest &request,
                                                      const DashboardContext &context) const {
    const Plan plan(request, context);
    qint64 rows = 0;
    for (const Statement &statement : plan.statements(nullptr, nullptr, nullptr)) {
        if (Status done = run(m_db, statement, plan.values(), &rows); !done)
            return done.error();
    }
    return rows;
}

} // namespace bk
