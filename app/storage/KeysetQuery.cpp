// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/storage/KeysetQuery.h"

#include "app/storage/Database.h"

#include <QSqlError>
#include <QSqlRecord>

namespace bk {

KeysetQuery::KeysetQuery(const Database &database, Fragments fragments)
    : m_db(database)
    , m_fragments(std::move(fragments)) {}

QString KeysetQuery::where(const QStringList &conditions, const QString &extra) const {
    QStringList all = conditions;
    if (!extra.isEmpty())
        all.append(extra);
    return all.isEmpty() ? QString() : QStringLiteral(" WHERE ") + all.join(QStringLiteral(" AND "));
}

QString KeysetQuery::seekCondition(bool after, const QVariantList &sortValues) const {
    QStringList anchors;
    for (qsizetype i = 0; i < m_fragments.sortExpressions.size(); ++i)
        anchors.append(QStringLiteral(":anchor%1").arg(i));
    const QString rows = QStringLiteral("(") + m_fragments.sortExpressions.join(QStringLiteral(", ")) +
                         QStringLiteral(", ") + m_fragments.idColumn + QStringLiteral(") ") +
                         (after ? QStringLiteral(">") : QStringLiteral("<")) + QStringLiteral(" (") +
                         anchors.join(QStringLiteral(", ")) + QStringLiteral(", :anchor_id)");
    if (!m_fragments.nullableSort)
        return rows;
    // A comparison with NULL is unknown, so NULL (which sorts first) is spelled out.
    const QString &key = m_fragments.sortExpressions.constFirst();
    if (isNullAnchor(sortValues)) {
        return after ? QStringLiteral("(") + key + QStringLiteral(" IS NOT NULL OR ") + m_fragments.idColumn +
                           QStringLiteral(" > :anchor_id)")
                     : QStringLiteral("(") + key + QStringLiteral(" IS NULL AND ") + m_fragments.idColumn +
                           QStringLiteral(" < :anchor_id)");
    }
    return after ? rows
                 : QStringLiteral("(") + key + QStringLiteral(" IS NULL OR ") + rows + QLatin1Char(')');
}

bool KeysetQuery::isNullAnchor(const QVariantList &sortValues) const {
    return m_fragments.nullableSort && sortValues.value(0).isNull();
}

void KeysetQuery::bindAnchor(QSqlQuery &query, const QVariantList &sortValues, qint64 id) const {
    for (qsizetype i = isNullAnchor(sortValues) ? 1 : 0; i < sortValues.size(); ++i)
        query.bindValue(QStringLiteral(":anchor%1").arg(i), sortValues.at(i));
    query.bindValue(QStringLiteral(":anchor_id"), id);
}

Error KeysetQuery::errorFrom(const QSqlQuery &query, const QString &doing) const {
    return m_db.errorFrom(query.lastError(), doing);
}

int KeysetQuery::sortValuesAt(const QSqlQuery &query) const {
    return query.record().count() - int(m_fragments.sortExpressions.size());
}

QSqlQuery KeysetQuery::countQuery() const {
    QSqlQuery query =
        m_db.prepare(QStringLiteral("SELECT ") + m_fragments.counted + QStringLiteral(" FROM ") +
                     m_fragments.countFrom + where(m_fragments.conditions, {}));
    m_fragments.bind(query);
    return query;
}

Result<qint64> KeysetQuery::count(const QString &doing) const {
    QSqlQuery query = countQuery();
    if (!query.exec() || !query.next())
        return errorFrom(query, doing);
    return query.value(0).toLongLong();
}

Result<qint64> KeysetQuery::positionOf(qint64 id, const QString &doing) const {
    QSqlQuery query =
        m_db.prepare(QStringLiteral("SELECT ") + m_fragments.sortExpressions.join(QStringLiteral(", ")) +
                     QStringLiteral(" FROM ") + m_fragments.positionFrom +
                     where(m_fragments.conditions, m_fragments.idColumn + QStringLiteral(" = :id")));
    m_fragments.bind(query);
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        return errorFrom(query, doing);
    if (!query.next())
        return qint64(-1);
    QVariantList values;
    for (qsizetype i = 0; i < m_fragments.sortExpressions.size(); ++i)
        values.append(query.value(int(i)));
    query.finish();

    // The rows before it: after it in the opposite direction.
    QSqlQuery position = m_db.prepare(
        QStringLiteral("SELECT count(*) FROM ") + m_fragments.positionFrom +
        where(m_fragments.conditions, seekCondition(m_fragments.order != Qt::AscendingOrder, values)));
    m_fragments.bind(position);
    bindAnchor(position, values, id);
    if (!position.exec() || !position.next())
        return errorFrom(position, doing);
    return position.value(0).toLongLong();
}

QSqlQuery KeysetQuery::pageQuery(const Anchor *anchor, bool before, qint64 offset, int limit) const {
    QSqlQuery query = m_db.prepare(pageSql(anchor, before));
    query.setForwardOnly(true);
    bindPage(query, anchor, offset, limit);
    return query;
}

QString KeysetQuery::pageSql(const Anchor *anchor, bool before) const {
    // Walking backwards from an anchor (or from the end) reads the index in the opposite direction; the
    // caller flips the rows.
    const bool ascending = (m_fragments.order == Qt::AscendingOrder) != before;
    const QString direction = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QStringList orderBy;
    for (const QString &expression : m_fragments.sortExpressions)
        orderBy.append(expression + direction);
    if (m_fragments.nullableSort)
        orderBy.first() += m_db.dialect().nullsSmallest(ascending);
    orderBy.append(m_fragments.idColumn + direction);
    const QString order = QStringLiteral(" ORDER BY ") + orderBy.join(QStringLiteral(", "));
    const QString seek = anchor ? seekCondition(ascending, anchor->sortValues) : QString();
    const QString selected = QStringLiteral("SELECT ") + m_fragments.columns + QStringLiteral(", ") +
                             m_fragments.sortExpressions.join(QStringLiteral(", ")) +
                             QStringLiteral(" FROM ");
    const QString limited =
        where(m_fragments.pageConditions, seek) + order + QStringLiteral(" LIMIT :limit OFFSET :offset");
    QString sql = selected;
    if (m_fragments.rowsFrom.isEmpty())
        sql += m_fragments.pageFrom + limited;
    else
        sql += m_fragments.rowsFrom + QStringLiteral(" WHERE ") + m_fragments.idColumn +
               QStringLiteral(" IN (SELECT ") + m_fragments.idColumn + QStringLiteral(" FROM ") +
               m_fragments.pageFrom + limited + QStringLiteral(")") + order;
    return sql;
}

void KeysetQuery::bindPage(QSqlQuery &query, const Anchor *anchor, qint64 offset, int limit) const {
    m_fragments.bind(query);
    if (anchor)
        bindAnchor(query, anchor->sortValues, anchor->id);
    query.bindValue(QStringLiteral(":limit"), limit);
    query.bindValue(QStringLiteral(":offset"), offset);
}

} // namespace bk
