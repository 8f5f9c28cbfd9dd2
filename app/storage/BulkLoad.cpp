// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/storage/BulkLoad.h"

#include "app/storage/Database.h"
#include "app/storage/SqliteStatement.h"

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

// Events appended by one statement: 10 values each, well below SQLite's limit of 32,766 parameters.
constexpr int EventBatchRows = 100;

QByteArray appendEventsSql(qsizetype rows) {
    QByteArray sql = "INSERT INTO audit_events (seq, at, practitioner_id, login, action, table_name, record, "
                     "digest, previous_hash, hash) VALUES ";
    for (qsizetype row = 0; row < rows; ++row)
        sql += row == 0 ? "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    return sql;
}

} // namespace

BulkLoad::BulkLoad(const Database &database)
    : m_db(&database) {}

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
    // SQLite drops nothing while a statement of the connection is still reading.
    keys.finish();
    if (Status setAside = load.setAside(table, audited); !setAside)
        return setAside.error();
    if (!load.m_appendsAudit)
        return load;
    if (Status state = load.readAppendState(); !state)
        return state.error();
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

Status BulkLoad::readAppendState() {
    QSqlQuery state(m_db->connection());
    if (!state.exec(m_db->dialect().auditAppendState()) || !state.next())
        return m_db->errorFrom(state.lastError(), Tr::tr("preparing to add many rows"));
    m_next.at = state.value(0).toString();
    m_next.practitionerId = state.value(1).toLongLong();
    m_next.login = state.value(2).toString();
    m_next.action = QStringLiteral("insert");
    m_next.table = m_table;
    m_next.seq = state.value(3).toLongLong();
    m_next.hash = state.value(4).isNull() ? AuditChain::genesisHash() : state.value(4).toByteArray();
    return {};
}

Status BulkLoad::recordInserted(const QString &record, const QByteArray &digest) {
    AuditEvent event = m_next;
    event.seq = m_next.seq + 1;
    event.previousHash = m_next.hash;
    event.record = record;
    event.digest = digest;
    event.hash = AuditChain::eventHash(event);
    m_next.seq = event.seq;
    m_next.hash = event.hash;
    m_held.append(std::move(event));
    ++m_recorded;
    return m_held.size() == EventBatchRows ? appendHeld() : Status{};
}

Status BulkLoad::appendHeld() {
    if (m_held.isEmpty())
        return {};
    if (!m_append)
        m_append = std::make_shared<SqliteStatement>(m_db->connection(), appendEventsSql(EventBatchRows));
    std::unique_ptr<SqliteStatement> rest;
    if (m_held.size() != EventBatchRows)
        rest = std::make_unique<SqliteStatement>(m_db->connection(), appendEventsSql(m_held.size()));
    SqliteStatement &append = rest ? *rest : *m_append;
    const QString recording = Tr::tr("recording the added rows in the audit trail");
    if (!append.isValid())
        return m_db->errorFrom(append.error(), recording);
    const QByteArray login = m_next.login.toUtf8();
    const QByteArray at = m_next.at.toUtf8();
    const QByteArray action = m_next.action.toUtf8();
    const QByteArray table = m_next.table.toUtf8();
    int position = 1;
    for (const AuditEvent &event : std::as_const(m_held)) {
        append.bindInteger(position++, event.seq);
        append.bindText(position++, at);
        if (event.practitionerId > 0)
            append.bindInteger(position++, event.practitionerId);
        else
            append.bindNull(position++);
        append.bindText(position++, login);
        append.bindText(position++, action);
        append.bindText(position++, table);
        append.bindText(position++, event.record.toUtf8());
        append.bindBlob(position++, event.digest);
        append.bindBlob(position++, event.previousHash);
        append.bindBlob(position++, event.hash);
    }
    m_held.clear();
    if (!append.run())
        return m_db->errorFrom(append.error(), recording);
    return {};
}

Status BulkLoad::finish() {
    if (m_definitions.isEmpty())
        return {};
    // The events first, so that the audit trail's indexes are built once over them too.
    if (m_appendsAudit) {
        if (Status appended = appendHeld(); !appended)
            return appended;
        // Every row added has its event: the rowids of the rows added follow each other.
        QSqlQuery last(m_db->connection());
        if (!last.exec(m_db->dialect().lastRow(m_table)) || !last.next())
            return m_db->errorFrom(last.lastError(), Tr::tr("recording the added rows in the audit trail"));
        if (last.value(0).toLongLong() != m_after + m_recorded)
            return Error{
                Error::Kind::Storage,
                Tr::tr("%1 rows were added to %2 but %3 recorded in the audit trail; nothing was added.")
                    .arg(last.value(0).toLongLong() - m_after)
                    .arg(m_table)
                    .arg(m_recorded)};
        // Every event is appended: the statement is not kept while the indexes are built again.
        m_append.reset();
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
