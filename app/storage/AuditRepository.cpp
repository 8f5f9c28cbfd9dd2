// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/storage/AuditRepository.h"

#include "app/storage/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace bk {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(AuditRepository)
};

const QString EventColumns = QStringLiteral(
    "seq, at, practitioner_id, login, action, table_name, record, digest, previous_hash, hash");

// Times are text on SQLite and timestamptz on PostgreSQL; both read as the text the hash covers.
QString timeText(const QVariant &value) {
    if (value.metaType().id() == QMetaType::QDateTime)
        return value.toDateTime().toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
    return value.toString();
}

AuditEvent eventFrom(const QSqlQuery &query) {
    AuditEvent event;
    event.seq = query.value(0).toLongLong();
    event.at = timeText(query.value(1));
    event.practitionerId = query.value(2).toLongLong();
    event.login = query.value(3).toString();
    event.action = query.value(4).toString();
    event.table = query.value(5).toString();
    event.record = query.value(6).toString();
    event.digest = query.value(7).toByteArray();
    event.previousHash = query.value(8).toByteArray();
    event.hash = query.value(9).toByteArray();
    return event;
}

} // namespace

Result<AuditEvent> AuditRepository::head() const {
    QSqlQuery query(m_db.connection());
    if (!query.exec(
            QStringLiteral("SELECT %1 FROM audit_events ORDER BY seq DESC LIMIT 1").arg(EventColumns)))
        return m_db.errorFrom(query.lastError(), Tr::tr("reading the audit trail"));
    return query.next() ? eventFrom(query) : AuditEvent{};
}

Result<QByteArray> AuditRepository::hashAt(qint64 seq) const {
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT hash FROM audit_events WHERE seq = :seq"));
    query.bindValue(QStringLiteral(":seq"), seq);
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), Tr::tr("reading the audit trail"));
    return query.next() ? query.value(0).toByteArray() : QByteArray();
}

Result<QString> AuditRepository::anchorProblem(const AuditHead &noted, const QString &where) const {
    const Result<QByteArray> hash = hashAt(noted.seq);
    if (!hash)
        return hash.error();
    if (hash.value().isEmpty())
        return Tr::tr("The audit trail was noted %1 at event %2, which it no longer holds: newer events were "
                      "deleted from it outside Boundary Keeper.")
            .arg(where)
            .arg(noted.seq);
    if (hash.value() != noted.hash)
        return Tr::tr("Event %1 of the audit trail differs from the one noted %2: the trail was rewritten "
                      "outside Boundary Keeper.")
            .arg(noted.seq)
            .arg(where);
    return QString();
}

Result<qint64> AuditRepository::eventCount() const {
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM audit_events")) || !query.next())
        return m_db.errorFrom(query.lastError(), Tr::tr("reading the audit trail"));
    return query.value(0).toLongLong();
}

Status AuditRepository::walk(const std::function<bool(const AuditEvent &)> &visit) const {
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM audit_events ORDER BY seq").arg(EventColumns)))
        return m_db.errorFrom(query.lastError(), Tr::tr("reading the audit trail"));
    while (query.next()) {
        if (!visit(eventFrom(query)))
            return {};
    }
    if (query.lastError().isValid())
        return m_db.errorFrom(query.lastError(), Tr::tr("reading the audit trail"));
    return {};
}

Result<QList<AuditEvent>> AuditRepository::events(const AuditFilter &filter, qint64 beforeSeq,
                                                  int limit) const {
    const auto utc = [](const QDateTime &time) {
        return time.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
    };
    // Each criterion given: its condition, placeholder and value.
    const struct {
        bool given;
        QString condition;
        QString placeholder;
        QVariant value;
    } criteria[] = {
        {beforeSeq > 0, QStringLiteral("seq < :before"), QStringLiteral(":before"), beforeSeq},
        {filter.practitionerId > 0, QStringLiteral("practitioner_id = :practitioner"),
         QStringLiteral(":practitioner"), filter.practitionerId},
        {!filter.action.isEmpty(), QStringLiteral("action = :action"), QStringLiteral(":action"),
         filter.action},
        {!filter.table.isEmpty(), QStringLiteral("table_name = :table"), QStringLiteral(":table"),
         filter.table},
        {!filter.record.isEmpty(), QStringLiteral("record = :record"), QStringLiteral(":record"),
         filter.record},
        {filter.from.isValid(), QStringLiteral("at >= :from"), QStringLiteral(":from"), utc(filter.from)},
        {filter.to.isValid(), QStringLiteral("at < :to"), QStringLiteral(":to"), utc(filter.to)},
    };
    QStringList conditions;
    for (const auto &criterion : criteria) {
        if (criterion.given)
            conditions.append(criterion.condition);
    }
    QSqlQuery query = m_db.prepare(
        QStringLiteral("SELECT %1 FROM audit_events %2 ORDER BY seq DESC LIMIT %3")
            .arg(EventColumns, conditions.isEmpty()
                                   ? QString()
                                   : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND ")))
            .arg(limit));
    for (const auto &criterion : criteria) {
        if (criterion.given)
            query.bindValue(criterion.placeholder, criterion.value);
    }
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), Tr::tr("reading the audit trail"));
    QList<AuditEvent> events;
    while (query.next())
        events.append(eventFrom(query));
    return events;
}

Result<QList<AuditEvent>> AuditRepository::eventsBetween(qint64 afterSeq, qint64 upToSeq,
                                                         const QStringList &tables, int limit) const {
    QStringList placeholders;
    for (qsizetype i = 0; i < tables.size(); ++i)
        placeholders.append(QStringLiteral(":table%1").arg(i));
    // Through the primary key: left to itself SQLite reads every event of the tables through their index
    // (20 ms for the 100,000 baseline events of the clients) to find the few that are new.
    QSqlQuery query = m_db.prepare(
        QStringLiteral("SELECT %1 FROM audit_events WHERE seq > :after AND seq <= :upTo AND %2 IN (%3) "
                       "ORDER BY seq LIMIT %4")
            .arg(EventColumns, m_db.dialect().testedPerRow(QStringLiteral("table_name")),
                 placeholders.join(QStringLiteral(", ")))
            .arg(limit));
    query.setForwardOnly(true);
    query.bindValue(QStringLiteral(":after"), afterSeq);
    query.bindValue(QStringLiteral(":upTo"), upToSeq);
    for (qsizetype i = 0; i < tables.size(); ++i)
        query.bindValue(placeholders.at(i), tables.at(i));
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), Tr::tr("reading the audit trail"));
    QList<AuditEvent> events;
    while (query.next())
        events.append(eventFrom(query));
    if (query.lastError().isValid())
        return m_db.errorFrom(query.lastError(), Tr::tr("reading the audit trail"));
    return events;
}

Result<QList<AuditRepository::Table>> AuditRepository::tables() const {
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT table_name, key_columns FROM audit_tables ORDER BY table_name")))
        return m_db.errorFrom(query.lastError(), Tr::tr("reading the audit trail"));
    QList<Table> tables;
    while (query.next())
        tables.append({query.value(0).toString(), query.value(1).toString().split(QLatin1Char(','))});
    return tables;
}

Result<qint64> AuditRepository::rowCount(const QString &table) const {
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table)) || !query.next())
        return m_db.errorFrom(query.lastError(), Tr::tr("reading %1").arg(table));
    return query.value(0).toLongLong();
}

Status AuditRepository::records(const Table &table,
                                const std::function<bool(const QString &, const QByteArray &)> &visit) const {
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(m_db.dialect().auditedRecords(table.name, table.keyColumns)))
        return m_db.errorFrom(query.lastError(), Tr::tr("reading %1").arg(table.name));
    while (query.next()) {
        if (!visit(query.value(0).toString(), query.value(1).toByteArray()))
            return {};
    }
    if (query.lastError().isValid())
        return m_db.errorFrom(query.lastError(), Tr::tr("reading %1").arg(table.name));
    return {};
}

} // namespace bk
