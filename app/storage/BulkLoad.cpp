// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/storage/BulkLoad.h"

#include "app/storage/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace bk {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(BulkLoad)
};

// Below this many rows, updating the indexes row by row costs too little to be worth any DDL.
constexpr qint64 MinimumRows = 1000;
// Building an index again reads every row it covers, the old ones too. Measured with sqlite3 on the clients
// table and its indexes (tests/benchmarks/RESULTS.md, "Import"): into an empty table both ways cost the same
// processor time; into one of 100,000 rows, adding 10,000, 50,000 or 100,000 cost 0.18, 0.57 and 1.01 s
// row by row against 0.78, 1.26 and 1.77 s set aside. So only a table holding at most a quarter as many rows
// as are added is set aside, where the import as a whole took half the processor time (the audit events
// appended in one statement, fewer pages written), which the indexes alone do not explain.
constexpr qint64 AddedPerHeld = 4;

const QString AuditTable = QStringLiteral("audit_events");

} // namespace

bool BulkLoad::paysOff(qint64 adding, qint64 holding) {
    return adding >= MinimumRows && holding * AddedPerHeld <= adding;
}

Result<BulkLoad> BulkLoad::begin(const Database &database, const QString &table, qint64 adding) {
    BulkLoad load(database);
    load.m_table = table;
    const SqlDialect &dialect = database.dialect();
    if (dialect.bulkLoadSetAside().isEmpty())
        return load;
    const auto lastRow = [&](const QString &name) -> Result<qint64> {
        QSqlQuery query(database.connection());
        if (!query.exec(dialect.lastRow(name)) || !query.next())
            return database.errorFrom(query.lastError(), Tr::tr("preparing to add many rows"));
        return query.value(0).toLongLong();
    };
    const Result<qint64> after = lastRow(table);
    if (!after)
        return after.error();
    load.m_after = after.value();
    if (!paysOff(adding, load.m_after))
        return load;

    QSqlQuery keys =
        database.prepare(QStringLiteral("SELECT key_columns FROM audit_tables WHERE table_name = :table"));
    keys.bindValue(QStringLiteral(":table"), table);
    if (!keys.exec())
        return database.errorFrom(keys.lastError(), Tr::tr("preparing to add many rows"));
    const bool audited = keys.next();
    if (audited)
        load.m_keyColumns = keys.value(0).toString().split(QLatin1Char(','));
    // SQLite drops nothing while a statement of the connection is still reading.
    keys.finish();
    if (Status setAside = load.setAside(table, audited); !setAside)
        return setAside.error();
    if (!load.m_appendsAudit)
        return load;
    // Every row added appends an event to the audit trail too.
    const Result<qint64> events = lastRow(AuditTable);
    if (!events)
        return events.error();
    if (paysOff(adding, events.value())) {
        if (Status setAside = load.setAside(AuditTable, false); !setAside)
            return setAside.error();
    }
    return load;
}

Status BulkLoad::setAside(const QString &table, bool auditTrigger) {
    QSqlQuery listed = m_db->prepare(m_db->dialect().bulkLoadSetAside());
    listed.bindValue(QStringLiteral(":table"), table);
    listed.bindValue(QStringLiteral(":trigger"),
                     auditTrigger ? table + QStringLiteral("_audit_insert") : QString());
    if (!listed.exec())
        return m_db->errorFrom(listed.lastError(), Tr::tr("preparing to add many rows"));
    QStringList drops;
    while (listed.next()) {
        if (listed.value(0).toString() == QLatin1String("trigger"))
            m_appendsAudit = true;
        drops.append(QStringLiteral("DROP %1 \"%2\"")
                         .arg(listed.value(0).toString().toUpper(), listed.value(1).toString()));
        m_definitions.append(listed.value(2).toString());
    }
    listed.finish();
    for (const QString &drop : std::as_const(drops)) {
        QSqlQuery query(m_db->connection());
        if (!query.exec(drop))
            return m_db->errorFrom(query.lastError(), Tr::tr("preparing to add many rows"));
    }
    return {};
}

Status BulkLoad::finish() {
    if (m_definitions.isEmpty())
        return {};
    // The events first, so that the audit trail's indexes are built once over them too.
    if (m_appendsAudit) {
        QSqlQuery append = m_db->prepare(m_db->dialect().auditInsertedAfter(m_table, m_keyColumns));
        append.bindValue(QStringLiteral(":after"), m_after);
        if (!append.exec())
            return m_db->errorFrom(append.lastError(), Tr::tr("recording the added rows in the audit trail"));
    }
    for (const QString &definition : std::as_const(m_definitions)) {
        QSqlQuery query(m_db->connection());
        if (!query.exec(definition))
            return m_db->errorFrom(query.lastError(), Tr::tr("building the indexes again"));
    }
    m_definitions.clear();
    return {};
}

} // namespace bk
