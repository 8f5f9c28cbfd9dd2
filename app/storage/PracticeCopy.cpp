// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/storage/PracticeCopy.h"

#include "app/common/Sha256.h"
#include "app/storage/ClientRepository.h"
#include "app/storage/Database.h"
#include "app/storage/SqlDialect.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>

namespace bk {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(PracticeCopy)
};

struct Column {
    QString name;
    QString type; ///< PostgreSQL's data_type, e.g. "boolean", "bytea"
};

// The practitioners a new practice records (its first owner, the role that created it) give way to the
// file's; that role is made an owner again after the copy.
const QString PractitionersTable = QStringLiteral("practitioners");
// What a new practice holds before anything was written to it, replaced by the file's: its first owner and
// the start of its audit trail.
const QStringList NewPracticeTables = {PractitionersTable, QStringLiteral("audit_tables"),
                                       QStringLiteral("audit_events")};

// The tables that hold signed documents, whose PDFs are compared by their SHA-256 after the copy.
const QStringList SignedDocumentTables = {QStringLiteral("agreements"), QStringLiteral("contracts")};

QString quotedName(const QString &name) {
    return QLatin1Char('"') + name + QLatin1Char('"');
}

// The server's tables in an order in which every table comes after the tables it refers to; not the saved
// search indexes, a cache that each role makes anew on the server.
Result<QStringList> tablesInKeyOrder(const Database &to) {
    QSqlQuery tables(to.connection());
    if (!tables.exec(
            QStringLiteral("SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema() "
                           "AND tablename NOT IN ('%1', '%2') ORDER BY tablename")
                .arg(PostgresDialect::schemaTable(), ClientRepository::searchSnapshotTable())))
        return to.errorFrom(tables.lastError(), Tr::tr("listing the tables"));
    QStringList pending;
    while (tables.next())
        pending.append(tables.value(0).toString());
    QSqlQuery keys(to.connection());
    if (!keys.exec(
            QStringLiteral("SELECT conrelid::regclass::text, confrelid::regclass::text FROM pg_constraint "
                           "WHERE contype = 'f' AND connamespace = current_schema()::regnamespace")))
        return to.errorFrom(keys.lastError(), Tr::tr("listing the tables"));
    QHash<QString, QSet<QString>> refersTo;
    while (keys.next()) {
        // A table referring to itself (a correction naming the entry it corrects) is copied in id order.
        if (keys.value(0).toString() != keys.value(1).toString())
            refersTo[keys.value(0).toString()].insert(keys.value(1).toString());
    }
    QStringList ordered;
    while (!pending.isEmpty()) {
        const qsizetype before = pending.size();
        for (auto table = pending.begin(); table != pending.end();) {
            const QSet<QString> needed = refersTo.value(*table);
            const bool ready = std::all_of(needed.begin(), needed.end(), [&ordered](const QString &other) {
                return ordered.contains(other);
            });
            if (ready) {
                ordered.append(*table);
                table = pending.erase(table);
            } else {
                ++table;
            }
        }
        if (pending.size() == before)
            return Error{Error::Kind::Storage, Tr::tr("The tables refer to each other in a circle: %1.")
                                                   .arg(pending.join(QStringLiteral(", ")))};
    }
    return ordered;
}

Result<QList<Column>> columnsOf(const Database &to, const QString &table) {
    QSqlQuery query =
        to.prepare(QStringLiteral("SELECT column_name, data_type FROM information_schema.columns "
                                  "WHERE table_schema = current_schema() AND table_name = :table "
                                  "ORDER BY ordinal_position"));
    query.bindValue(QStringLiteral(":table"), table);
    if (!query.exec())
        return to.errorFrom(query.lastError(), Tr::tr("reading the columns of %1").arg(table));
    QList<Column> columns;
    while (query.next())
        columns.append(Column{query.value(0).toString(), query.value(1).toString()});
    return columns;
}

Result<qint64> rowCount(const Database &db, const QString &table) {
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + quotedName(table)) || !query.next())
        return db.errorFrom(query.lastError(), Tr::tr("counting the rows of %1").arg(table));
    return query.value(0).toLongLong();
}

// Each signed document's id with the SHA-256 of its PDF as stored, and whether that matches its recorded one.
Result<QHash<qint64, QByteArray>> documentDigests(const Database &db, const QString &table, bool *allMatch) {
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, pdf, pdf_sha256 FROM %1 WHERE status = 'signed'").arg(table)))
        return db.errorFrom(query.lastError(), Tr::tr("checking the signed documents of %1").arg(table));
    QHash<qint64, QByteArray> digests;
    while (query.next()) {
        const QByteArray digest = Sha256::of(query.value(1).toByteArray());
        digests.insert(query.value(0).toLongLong(), digest);
        *allMatch = *allMatch && digest.toHex() == query.value(2).toString().toLatin1();
    }
    return digests;
}

// A value read from the file as the server's column type wants it: SQLite keeps booleans as 0 and 1.
QVariant forColumn(const QVariant &value, const Column &column) {
    if (value.isNull())
        return value;
    if (column.type == QLatin1String("boolean"))
        return value.toLongLong() != 0;
    return value;
}

Error cancelled() {
    return Error{Error::Kind::Invalid, Tr::tr("The copy was cancelled; nothing was copied.")};
}

// Rows go to the server many at a time, as one multi-row INSERT with the values written in: a statement per
// row would wait for the server once per row (a million round trips for a large practice). A batch stops at
// MaxBatchRows rows or about MaxBatchBytes of SQL, whichever comes first (signed PDFs are large).
constexpr int MaxBatchRows = 1000;
constexpr qsizetype MaxBatchBytes = 4 * 1024 * 1024;

Status copyTable(const Database &from, const Database &to, const PracticeCopy::Table &table,
                 const QList<Column> &columns, qint64 &done, qint64 total,
                 const PracticeCopy::Progress &progress) {
    QStringList names;
    bool hasId = false;
    for (const Column &column : columns) {
        names.append(quotedName(column.name));
        hasId = hasId || column.name == QLatin1String("id");
    }
    QSqlQuery read(from.connection());
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT ") + names.join(QStringLiteral(", ")) + QStringLiteral(" FROM ") +
                   quotedName(table.name) + (hasId ? QStringLiteral(" ORDER BY id") : QString())))
        return from.errorFrom(read.lastError(), Tr::tr("reading %1").arg(table.name));

    const QString insert = QStringLiteral("INSERT INTO ") + quotedName(table.name) + QStringLiteral(" (") +
                           names.join(QStringLiteral(", ")) + QStringLiteral(") VALUES ");
    const QSqlDriver *driver = to.connection().driver();
    QList<QSqlField> fields;
    for (const Column &column : columns)
        fields.append(QSqlField(column.name));
    QString sql;
    int batched = 0;
    const auto flush = [&]() -> Status {
        if (batched == 0)
            return {};
        QSqlQuery write(to.connection());
        if (!write.exec(sql))
            return to.errorFrom(write.lastError(), Tr::tr("copying %1").arg(table.name));
        done += batched;
        batched = 0;
        sql.clear();
        if (progress && !progress(table.name, done, total))
            return cancelled();
        return {};
    };
    while (read.next()) {
        sql += batched == 0 ? insert : QStringLiteral(",");
        sql += QLatin1Char('(');
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (i > 0)
                sql += QLatin1Char(',');
            // The driver writes each value as the server reads it (strings quoted, bytea escaped).
            QSqlField &field = fields[i];
            field.setValue(forColumn(read.value(int(i)), columns.at(i)));
            field.setMetaType(field.value().metaType());
            sql += driver->formatValue(field);
        }
        sql += QLatin1Char(')');
        if (++batched == MaxBatchRows || sql.size() >= MaxBatchBytes) {
            if (Status sent = flush(); !sent)
                return sent;
        }
    }
    if (read.lastError().isValid())
        return from.errorFrom(read.lastError(), Tr::tr("reading %1").arg(table.name));
    if (Status sent = flush(); !sent)
        return sent;
    // New rows on the server continue after the copied ids.
    QSqlQuery sequence(to.connection());
    if (hasId && !sequence.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                               "coalesce(max(id), 0) + 1, false) FROM %1 "
                                               "WHERE pg_get_serial_sequence('%1', 'id') IS NOT NULL")
                                    .arg(table.name)))
        return to.errorFrom(sequence.lastError(), Tr::tr("continuing the ids of %1").arg(table.name));
    return {};
}

// What is set aside while the rows arrive and made again afterwards: checking a reference or adding to a
// secondary index for every row costs far more than checking every reference in one join and building
// each index in one sort (a million incidents have ten indexes). Primary keys and unique constraints stay:
// they keep the copy honest, and rows come in id order, so their indexes only grow at the end.
struct SetAside {
    QStringList drop;     ///< in this order: references first, then the indexes
    QStringList recreate; ///< in this order: the indexes first, then the references
};

Result<SetAside> keysAndIndexesToSetAside(const Database &to) {
    SetAside aside;
    QSqlQuery keys(to.connection());
    if (!keys.exec(QStringLiteral(
            "SELECT format('ALTER TABLE %s DROP CONSTRAINT %I', conrelid::regclass, conname), "
            "format('ALTER TABLE %s ADD CONSTRAINT %I %s', conrelid::regclass, conname, "
            "pg_get_constraintdef(oid)) FROM pg_constraint "
            "WHERE contype = 'f' AND connamespace = current_schema()::regnamespace ORDER BY conname")))
        return to.errorFrom(keys.lastError(), Tr::tr("preparing the copy"));
    QStringList references;
    while (keys.next()) {
        aside.drop.append(keys.value(0).toString());
        references.append(keys.value(1).toString());
    }
    // Only indexes that no constraint stands on (a key, a unique constraint, the target of a reference).
    QSqlQuery indexes(to.connection());
    if (!indexes.exec(
            QStringLiteral(
                "SELECT format('DROP INDEX %I', i.relname), pg_get_indexdef(x.indexrelid) FROM pg_index x "
                "JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid "
                "WHERE t.relnamespace = current_schema()::regnamespace AND t.relname <> '%1' "
                "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid) "
                "ORDER BY i.relname")
                .arg(PostgresDialect::schemaTable())))
        return to.errorFrom(indexes.lastError(), Tr::tr("preparing the copy"));
    while (indexes.next()) {
        aside.drop.append(indexes.value(0).toString());
        aside.recreate.append(indexes.value(1).toString());
    }
    aside.recreate += references;
    return aside;
}

Status runEach(const Database &to, const QStringList &statements, const QString &what) {
    for (const QString &statement : statements) {
        QSqlQuery query(to.connection());
        if (!query.exec(statement))
            return to.errorFrom(query.lastError(), what);
    }
    return {};
}
} // namespace

Result<QList<PracticeCopy::Table>> PracticeCopy::copy(const Database &from, const Database &to,
                                                      const Progress &progress) {
    if (from.isServer() || !to.isServer())
        return Error{Error::Kind::Invalid, Tr::tr("A practice is copied from its file to a server.")};
    if (Status writable = to.checkWritable(); !writable)
        return writable.error();

    const Result<QStringList> ordered = tablesInKeyOrder(to);
    if (!ordered)
        return ordered.error();
    QList<Table> tables;
    qint64 total = 0;
    for (const QString &name : ordered.value()) {
        const Result<qint64> there = rowCount(to, name);
        if (!there)
            return there.error();
        if (there.value() > 0 && !NewPracticeTables.contains(name))
            return Error{
                Error::Kind::Conflict,
                Tr::tr("The practice at %1 is not empty (%2 holds %n row(s)); nothing was copied. Copy into "
                       "a new, empty database.",
                       nullptr, int(there.value()))
                    .arg(to.path(), name)};
        const Result<qint64> here = rowCount(from, name);
        if (!here)
            return here.error();
        tables.append(Table{name, here.value()});
        total += here.value();
    }

    qint64 done = 0;
    if (progress && !tables.isEmpty() && !progress(tables.constFirst().name, 0, total))
        return cancelled();
    const Status copied = to.transaction([&]() -> Status {
        // The immutability triggers refuse signed records and rows added to them, which a copy must bring
        // over exactly as they are; they are off for this transaction only.
        for (const Table &table : std::as_const(tables)) {
            QSqlQuery off(to.connection());
            if (!off.exec(QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER").arg(quotedName(table.name))))
                return to.errorFrom(off.lastError(), Tr::tr("preparing %1 for the copy").arg(table.name));
        }
        for (const QString &table : NewPracticeTables) {
            if (QSqlQuery clear(to.connection());
                !clear.exec(QStringLiteral("DELETE FROM ") + quotedName(table)))
                return to.errorFrom(clear.lastError(), Tr::tr("preparing %1 for the copy").arg(table));
        }
        const Result<SetAside> aside = keysAndIndexesToSetAside(to);
        if (!aside)
            return aside.error();
        if (Status dropped = runEach(to, aside.value().drop, Tr::tr("preparing the copy")); !dropped)
            return dropped;
        for (const Table &table : std::as_const(tables)) {
            const Result<QList<Column>> columns = columnsOf(to, table.name);
            if (!columns)
                return columns.error();
            if (Status copiedTable = copyTable(from, to, table, columns.value(), done, total, progress);
                !copiedTable)
                return copiedTable;
            if (progress && !progress(table.name, done, total))
                return cancelled();
        }
        // The indexes are built again and every reference is checked (a broken one refuses the copy).
        // Sorting a million rows for an index goes faster with more memory than the default 64 MB.
        if (QSqlQuery memory(to.connection());
            !memory.exec(QStringLiteral("SET LOCAL maintenance_work_mem = '256MB'")))
            return to.errorFrom(memory.lastError(), Tr::tr("checking the copied references"));
        if (Status made = runEach(to, aside.value().recreate, Tr::tr("checking the copied references"));
            !made)
            return made;
        for (const Table &table : std::as_const(tables)) {
            QSqlQuery on(to.connection());
            if (!on.exec(QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER USER").arg(quotedName(table.name))))
                return to.errorFrom(on.lastError(), Tr::tr("finishing the copy of %1").arg(table.name));
        }
        // The check, inside the transaction: a difference undoes the whole copy.
        for (const Table &table : std::as_const(tables)) {
            const Result<qint64> there = rowCount(to, table.name);
            if (!there)
                return there.error();
            if (there.value() != table.rows)
                return Error{Error::Kind::Storage,
                             Tr::tr("%1 has %2 rows in the file but %3 on the server; nothing was copied.")
                                 .arg(table.name)
                                 .arg(table.rows)
                                 .arg(there.value())};
        }
        for (const QString &table : SignedDocumentTables) {
            bool fileMatches = true;
            bool serverMatches = true;
            const Result<QHash<qint64, QByteArray>> here = documentDigests(from, table, &fileMatches);
            const Result<QHash<qint64, QByteArray>> there = documentDigests(to, table, &serverMatches);
            if (!here)
                return here.error();
            if (!there)
                return there.error();
            if (here.value() != there.value() || !fileMatches || !serverMatches)
                return Error{
                    Error::Kind::Storage,
                    Tr::tr("A signed document of %1 differs after the copy (its SHA-256 does not match); "
                           "nothing was copied.")
                        .arg(table)};
        }
        // The audit trail came over as it was; the server computes records' digests its own way, so every
        // record copied is recorded once more as it now is, chained after the file's events.
        if (QSqlQuery baseline(to.connection());
            !baseline.exec(QStringLiteral("SELECT bk_audit_all('baseline')")))
            return to.errorFrom(baseline.lastError(), Tr::tr("recording the copy in the audit trail"));
        // Checked, and then the role that copies (and owns the tables) stays an owner of the practice on the
        // server.
        if (QSqlQuery owner(to.connection()); !owner.exec(
                QStringLiteral("INSERT INTO practitioners (login, display_name, practice_role, active, "
                               "created_at) VALUES (current_user, current_user, 'owner', TRUE, now()) "
                               "ON CONFLICT (login) DO NOTHING")))
            return to.errorFrom(owner.lastError(),
                                Tr::tr("finishing the copy of %1").arg(PractitionersTable));
        return {};
    });
    if (!copied)
        return copied.error();
    // VACUUM (which cannot run inside a transaction) marks the new pages all-visible, so that counting and
    // paging can read the indexes alone, and ANALYZE lets the planner know the new rows now rather than when
    // autovacuum comes by (until then it takes the large tables for empty). Both only speed up what
    // follows: the copy is committed and checked, so a failure here is left to autovacuum.
    for (const Table &table : std::as_const(tables)) {
        QSqlQuery vacuum(to.connection());
        vacuum.exec(QStringLiteral("VACUUM (ANALYZE) ") + quotedName(table.name));
    }
    return tables;
}

} // namespace bk
