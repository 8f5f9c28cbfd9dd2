// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "IncidentListQuery.h"

#include "common/ZoneOffsets.h"
#include "storage/Database.h"
#include "storage/IncidentRepository.h"
#include "storage/SqlValues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <algorithm>

namespace bk {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("IncidentListQuery", text);
}

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

} // namespace

Result<IncidentFilter> IncidentListQuery::bounded(const IncidentFilter &filter) const {
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

QSqlQuery IncidentListQuery::countQuery(const IncidentFilter &filter) const {
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT count(*) FROM incidents i") + whereClause(filter));
    bindFilter(query, filter);
    return query;
}

Result<qint64> IncidentListQuery::count(const IncidentFilter &given) const {
    const Result<IncidentFilter> filter = bounded(given);
    if (!filter)
        return filter.error();
    QSqlQuery query = countQuery(filter.value());
    if (!query.exec() || !query.next())
        return m_db.errorFrom(query.lastError(), tr("counting incidents"));
    return query.value(0).toLongLong();
}

Result<QList<IncidentListRow>> IncidentListQuery::pageAt(const IncidentFilter &filter,
                                                         const IncidentSort &sort, qint64 offset,
                                                         int limit) const {
    return list(filter, sort, nullptr, false, offset, limit);
}

Result<QList<IncidentListRow>> IncidentListQuery::pageFromEnd(const IncidentFilter &filter,
                                                              const IncidentSort &sort, qint64 offsetFromEnd,
                                                              int limit) const {
    return list(filter, sort, nullptr, true, offsetFromEnd, limit);
}

Result<QList<IncidentListRow>> IncidentListQuery::pageNextTo(const IncidentFilter &filter,
                                                             const IncidentSort &sort,
                                                             const IncidentListRow &row, bool before,
                                                             int limit) const {
    return list(filter, sort, &row, before, 0, limit);
}

Result<qint64> IncidentListQuery::positionOf(const IncidentFilter &given, const IncidentSort &sort,
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

QSqlQuery IncidentListQuery::listQuery(const IncidentFilter &filter, const IncidentSort &sort,
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
        QStringLiteral("SELECT ") + IncidentRepository::columns() + QStringLiteral(", c.full_name, ") +
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

Result<QList<IncidentListRow>> IncidentListQuery::list(const IncidentFilter &given, const IncidentSort &sort,
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
        IncidentListRow row{IncidentRepository::incidentFrom(query),
                            query.value(IncidentRepository::ColumnCount).toString(),
                            {}};
        for (qsizetype i = 0; i < sortValues; ++i)
            row.sortValues.append(query.value(IncidentRepository::ColumnCount + 1 + int(i)));
        rows.append(std::move(row));
    }
    if (before)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

} // namespace bk
