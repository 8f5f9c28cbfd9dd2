// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/storage/SqlDialect.h"

namespace bk {

QString SqliteDialect::driverName() const {
    return QStringLiteral("QSQLITE");
}

QString SqliteDialect::migrationFolder() const {
    return QStringLiteral(":/sql/sqlite");
}

QString SqliteDialect::tableThroughIndex(const QString &table, const QString &index) const {
    // With statistics, SQLite sometimes prefers an index that reads a table row per row found.
    return table + QStringLiteral(" INDEXED BY ") + index;
}

QString SqliteDialect::testedPerRow(const QString &expression) const {
    // SQLite looks up no term with a unary + in an index.
    return QLatin1Char('+') + expression;
}

QString SqliteDialect::caseInsensitive(const QString &expression) const {
    return expression + QStringLiteral(" COLLATE NOCASE");
}

QString SqliteDialect::nullsSmallest(bool) const {
    return {};
}

QString SqliteDialect::textBytes(const QString &expression) const {
    return QStringLiteral("CAST(") + expression + QStringLiteral(" AS BLOB)");
}

QString SqliteDialect::weekdayShifted(const QString &utc, const QString &offsetSeconds) const {
    return QStringLiteral("CAST(strftime('%w', ") + utc + QStringLiteral(", ") + offsetSeconds +
           QStringLiteral(" || ' seconds') AS INTEGER)");
}

QString SqliteDialect::hourShifted(const QString &utc, const QString &offsetSeconds) const {
    return QStringLiteral("CAST(strftime('%H', ") + utc + QStringLiteral(", ") + offsetSeconds +
           QStringLiteral(" || ' seconds') AS INTEGER)");
}

// Stored times are ISO-8601 text ("2026-03-29T01:47:00.000Z"): their leading characters are the keys.
QString SqliteDialect::utcHourKey(const QString &utc) const {
    return QStringLiteral("substr(") + utc + QStringLiteral(", 1, 13)");
}

QString SqliteDialect::utcQuarterHourKey(const QString &utc) const {
    return QStringLiteral("substr(") + utc + QStringLiteral(", 1, 14) || (CAST(substr(") + utc +
           QStringLiteral(", 15, 2) AS INTEGER) / 15)");
}

QString SqliteDialect::utcDate(const QString &utc) const {
    return QStringLiteral("substr(") + utc + QStringLiteral(", 1, 10)");
}

namespace {
// A record's name from its key columns, as the audit triggers write it.
QString recordName(const QStringList &keyColumns) {
    QStringList keys;
    for (const QString &column : keyColumns)
        keys.append(QLatin1Char('"') + column + QLatin1Char('"'));
    return keys.join(QStringLiteral(" || '/' || "));
}
} // namespace

QString SqliteDialect::auditedRecords(const QString &table, const QStringList &keyColumns) const {
    return QStringLiteral("SELECT %1, bk_row_digest('%2', rowid) FROM \"%2\"")
        .arg(recordName(keyColumns), table);
}

// SQLite's DDL is transactional: what a bulk load drops comes back if its transaction rolls back. The
// indexes SQLite makes itself for UNIQUE and PRIMARY KEY constraints have no definition and stay; the audit
// trigger for inserts is replaced by the events the bulk load appends itself (BulkLoad::recordInserted()).
QString SqliteDialect::bulkLoadSetAside() const {
    return QStringLiteral(
        "SELECT type, name, sql FROM sqlite_schema WHERE tbl_name = :table AND sql IS NOT "
        "NULL AND (type = 'index' OR (type = 'trigger' AND name = :trigger)) ORDER BY type, name");
}

QString SqliteDialect::lastRow(const QString &table) const {
    return QStringLiteral("SELECT coalesce(max(rowid), 0) FROM \"%1\"").arg(table);
}

// What the append trigger of 015_audit.sql computes for each event.
QString SqliteDialect::auditAppendState() const {
    return QStringLiteral(
        "SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), (SELECT p.id FROM practitioners p WHERE p.login = "
        "bk_audit_login()), bk_audit_login(), coalesce(h.seq, 0), h.hash FROM (SELECT 1) AS one LEFT JOIN "
        "(SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1) AS h");
}

QStringList SqliteDialect::connectionSettings(bool readOnly) const {
    // foreign_keys is silently ignored inside a transaction: these run outside any.
    QStringList pragmas = {QStringLiteral("PRAGMA foreign_keys = ON")};
    if (readOnly)
        pragmas.append(QStringLiteral("PRAGMA query_only = ON"));
    else
        pragmas.append(
            {QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA secure_delete = ON")});
    return pragmas;
}

QStringList SqliteDialect::beforeMigration() const {
    // A step that rebuilds a table (create the new one, copy, drop the old, rename) must not cascade the
    // drop into the tables that refer to it (SQLite's "12 steps" of ALTER TABLE).
    return {QStringLiteral("PRAGMA foreign_keys = OFF")};
}

QStringList SqliteDialect::afterMigration() const {
    return {QStringLiteral("PRAGMA foreign_keys = ON")};
}

QString SqliteDialect::foreignKeyCheck() const {
    return QStringLiteral("PRAGMA foreign_key_check");
}

QStringList SqliteDialect::recordSchemaVersion(int version) const {
    return {QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId),
            QStringLiteral("PRAGMA user_version = %1").arg(version)};
}

QStringList SqliteDialect::beforeClosing() const {
    // Keeps the query planner's statistics current, as SQLite recommends before closing.
    return {QStringLiteral("PRAGMA optimize")};
}

Error::Kind SqliteDialect::errorKind(const QSqlError &error) const {
    // SQLite's extended result codes: 787 foreign key, 1555/2067 primary key/unique, 1811 trigger (RAISE),
    // 275 check, 1299 not null, 19 any constraint, 8 read-only.
    static const QStringList conflictCodes = {
        QStringLiteral("787"), QStringLiteral("1555"), QStringLiteral("2067"), QStringLiteral("1811"),
        QStringLiteral("275"), QStringLiteral("1299"), QStringLiteral("19")};
    const QString code = error.nativeErrorCode();
    if (conflictCodes.contains(code))
        return Error::Kind::Conflict;
    if (code == QLatin1String("8"))
        return Error::Kind::ReadOnly;
    return Error::Kind::Storage;
}

bool SqliteDialect::meansDamaged(const QSqlError &error) const {
    // The primary result codes SQLITE_CORRUPT and SQLITE_NOTADB. Any other failure to read is not damage
    // (a missing permission, a read-only folder).
    const int code = error.nativeErrorCode().toInt() & 0xff;
    return code == 11 || code == 26;
}

} // namespace bk
