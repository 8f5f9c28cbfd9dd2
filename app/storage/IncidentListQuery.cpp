// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/storage/IncidentListQuery.h"

#include "app/common/ZoneOffsets.h"
#include "app/storage/Database.h"
#include "app/storage/IncidentRepository.h"
#include "app/storage/KeysetQuery.h"
#include "app/storage/SqlValues.h"

#include <QCoreApplication>
#include <QSqlError>

namespace bk {

namespace {

// lupdate files these messages under "IncidentListQuery", the context Tr::tr() asks for at run time.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(IncidentListQuery)
};

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

QString localTimeCondition(const IncidentFilter &filter, const SqlDialect &dialect) {
    QStringList stretches;
    const qsizetype count = localTimeStretches(filter).size();
    const QString occurred = QStringLiteral("i.occurred_at");
    for (qsizetype i = 0; i < count; ++i) {
        QString condition =
            QStringLiteral("(i.occurred_at >= :lt_from%1 AND i.occurred_at < :lt_to%1").arg(i);
        const QString shift = QStringLiteral(":lt_shift%1").arg(i);
        if (filter.weekday)
            condition += QStringLiteral(" AND ") + dialect.weekdayShifted(occurred, shift) +
                         QStringLiteral(" = :lt_weekday");
        if (filter.hour)
            condition += QStringLiteral(" AND ") + dialect.hourShifted(occurred, shift) +
                         QStringLiteral(" = :lt_hour");
        stretches.append(condition + QLatin1Char(')'));
    }
    return stretches.isEmpty() ? QStringLiteral("FALSE")
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
        query.bindValue(QStringLiteral(":lt_shift%1").arg(i), stretch.offsetSeconds);
    }
    // The dialect's weekday counts from Sunday (0).
    if (filter.weekday)
        query.bindValue(QStringLiteral(":lt_weekday"), int(*filter.weekday) % 7);
    if (filter.hour)
        query.bindValue(QStringLiteral(":lt_hour"), *filter.hour);
}

// Clients with a number of incidents in the period within the repeat band.
QString repeatCondition(const IncidentFilter &filter) {
    QStringList conditions;
    if (filter.from.isValid())
        conditions.append(QStringLiteral("r.occurred_at >= :from"));
    if (filter.to.isValid())
        conditions.append(QStringLiteral("r.occurred_at < :to"));
    if (filter.crossedBy)
        conditions.append(QStringLiteral("r.crossed_by = :crossed_by"));
    QString sql = QStringLiteral("i.client_id IN (SELECT r.client_id FROM incidents r");
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" GROUP BY r.client_id HAVING count(*) >= :repeat_min");
    if (filter.repeatMaximum > 0)
        sql += QStringLiteral(" AND count(*) <= :repeat_max");
    return sql + QLatin1Char(')');
}

// `walkedKey`: the list is read in this sort key's index order. The status of most incidents is one of two
// values, so an index on it finds tens of thousands of rows that must then be sorted; the status terms are
// then tested per row (SqlDialect::testedPerRow) and the sort key's index is walked instead, which finds a
// screen of open or overdue incidents after a few hundred rows.
QStringList conditions(const IncidentFilter &filter, const SqlDialect &dialect,
                       std::optional<IncidentSortKey> walkedKey = std::nullopt) {
    const QString status = walkedKey && *walkedKey != IncidentSortKey::Status
                               ? dialect.testedPerRow(QStringLiteral("i.status"))
                               : QStringLiteral("i.status");
    QStringList conditions;
    if (filter.clientId)
        conditions.append(QStringLiteral("i.client_id = :client_id"));
    if (!filter.boundaryKey.isEmpty())
        conditions.append(QStringLiteral("i.boundary_key = :boundary_key"));
    if (filter.status)
        conditions.append(status + QStringLiteral(" = :status"));
    // The partial index incidents_open_by_due counts these (its WHERE must be matched word for word). Nothing
    // due (NULL) is never overdue: the comparison leaves it out. An explicit "IS NOT NULL" would read as a
    // second bound on next_due and lead SQLite to sort every overdue incident instead of walking the sort
    // key's index.
    if (filter.overdueOnly)
        conditions.append(status + QStringLiteral(" = ") + QString::number(int(IncidentStatus::Open)) +
                          QStringLiteral(" AND i.next_due < :today"));
    if (filter.from.isValid())
        conditions.append(QStringLiteral("i.occurred_at >= :from"));
    if (filter.to.isValid())
        conditions.append(QStringLiteral("i.occurred_at < :to"));
    if (filter.crossedBy)
        conditions.append(QStringLiteral("i.crossed_by = :crossed_by"));
    if (filter.channel)
        conditions.append(QStringLiteral("i.channel = :channel"));
    if (hasLocalTime(filter))
        conditions.append(localTimeCondition(filter, dialect));
    if (filter.repeatMinimum > 0)
        conditions.append(repeatCondition(filter));
    return conditions;
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

// A listed row: the columns of IncidentRepository::get(), then the client's name.
IncidentListRow listRowFrom(const QSqlQuery &query, const QVariantList &sortValues) {
    return {IncidentRepository::incidentFrom(query), query.value(IncidentRepository::ColumnCount).toString(),
            sortValues};
}

} // namespace

Result<IncidentFilter> IncidentListQuery::bounded(const IncidentFilter &filter) const {
    if (!hasLocalTime(filter) || (filter.from.isValid() && filter.to.isValid()))
        return filter;
    QSqlQuery query =
        m_db.prepare(QStringLiteral("SELECT min(occurred_at), max(occurred_at) FROM incidents"));
    if (!query.exec() || !query.next())
        return m_db.errorFrom(query.lastError(), Tr::tr("listing incidents"));
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

KeysetQuery IncidentListQuery::keyset(const IncidentFilter &filter, const IncidentSort &sort) const {
    const QString withClients = QStringLiteral("incidents i JOIN clients c ON c.id = i.client_id");
    const QStringList filtered = conditions(filter, m_db.dialect());
    return KeysetQuery(
        m_db, {.idColumn = QStringLiteral("i.id"),
               .sortExpressions = sortExpressions(sort.key),
               .order = sort.order,
               .nullableSort = sort.key == IncidentSortKey::NextDue,
               // Every incident is counted by adding the counts kept per client (migration 020): reading a
               // million index entries took PostgreSQL 110-255 ms, 100,000 sums take a few. On a server the
               // kept counts are hidden with their clients, so the sum is the signed-in role's count.
               .countFrom = filtered.isEmpty() ? QStringLiteral("client_incident_counts k")
                                               : QStringLiteral("incidents i"),
               .counted = filtered.isEmpty() ? QStringLiteral("CAST(coalesce(sum(k.incidents), 0) AS bigint)")
                                             : QStringLiteral("count(*)"),
               .positionFrom = withClients,
               // The page's ids are found first, walking only the sort key's index (it holds the key and the
               // id), and only those rows are read and joined: OFFSET steps over index entries, not over
               // table rows and clients, which keeps a jump into the middle of a million incidents fast.
               .pageFrom = sort.key == IncidentSortKey::Client ? withClients : QStringLiteral("incidents i"),
               .conditions = filtered,
               .pageConditions = conditions(filter, m_db.dialect(), sort.key),
               .columns = IncidentRepository::columns() + QStringLiteral(", c.full_name"),
               .rowsFrom = withClients,
               .bind = [filter](QSqlQuery &query) {
                   bindFilter(query, filter);
               }});
}

Result<KeysetQuery> IncidentListQuery::boundedKeyset(const IncidentFilter &given,
                                                     const IncidentSort &sort) const {
    const Result<IncidentFilter> filter = bounded(given);
    if (!filter)
        return filter.error();
    return keyset(filter.value(), sort);
}

QSqlQuery IncidentListQuery::countQuery(const IncidentFilter &filter) const {
    return keyset(filter, IncidentSort{}).countQuery();
}

QSqlQuery IncidentListQuery::listQuery(const IncidentFilter &filter, const IncidentSort &sort,
                                       const IncidentListRow *anchor, bool before, qint64 offset,
                                       int limit) const {
    const KeysetQuery::Anchor resumed{anchor ? anchor->sortValues : QVariantList(),
                                      anchor ? anchor->incident.id : 0};
    return keyset(filter, sort).pageQuery(anchor ? &resumed : nullptr, before, offset, limit);
}

Result<qint64> IncidentListQuery::count(const IncidentFilter &filter) const {
    const Result<KeysetQuery> list = boundedKeyset(filter, IncidentSort{});
    return list ? list.value().count(Tr::tr("counting incidents")) : list.error();
}

Result<QList<IncidentListRow>> IncidentListQuery::pageAt(const IncidentFilter &filter,
                                                         const IncidentSort &sort, qint64 offset,
                                                         int limit) const {
    const Result<KeysetQuery> list = boundedKeyset(filter, sort);
    return list ? list.value().pageAt(offset, limit, listRowFrom, Tr::tr("listing incidents")) : list.error();
}

Result<QList<IncidentListRow>> IncidentListQuery::pageFromEnd(const IncidentFilter &filter,
                                                              const IncidentSort &sort, qint64 offsetFromEnd,
                                                              int limit) const {
    const Result<KeysetQuery> list = boundedKeyset(filter, sort);
    return list ? list.value().pageFromEnd(offsetFromEnd, limit, listRowFrom, Tr::tr("listing incidents"))
                : list.error();
}

Result<QList<IncidentListRow>> IncidentListQuery::pageNextTo(const IncidentFilter &filter,
                                                             const IncidentSort &sort,
                                                             const IncidentListRow &row, bool before,
                                                             int limit, qint64 skip) const {
    const Result<KeysetQuery> list = boundedKeyset(filter, sort);
    return list ? list.value().pageNextTo({row.sortValues, row.incident.id}, before, limit, listRowFrom,
                                          Tr::tr("listing incidents"), skip)
                : list.error();
}

Result<qint64> IncidentListQuery::positionOf(const IncidentFilter &filter, const IncidentSort &sort,
                                             qint64 id) const {
    const Result<KeysetQuery> list = boundedKeyset(filter, sort);
    return list ? list.value().positionOf(id, Tr::tr("finding the incident")) : list.error();
}

} // namespace bk
