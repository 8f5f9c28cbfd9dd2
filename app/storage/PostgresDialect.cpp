// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/storage/SqlDialect.h"

#include <QSqlDriver>
#include <QVariant>
#include <libpq-fe.h>

namespace bk {

namespace {

// The UTC wall-clock time of a timestamptz: immutable, unlike functions of the timestamptz itself, which
// depend on the session's time zone (so it can also appear in an index).
QString wallClockUtc(const QString &utc) {
    return QStringLiteral("(") + utc + QStringLiteral(" AT TIME ZONE 'UTC')");
}

QString shifted(const QString &utc, const QString &offsetSeconds) {
    return QStringLiteral("(") + wallClockUtc(utc) + QStringLiteral(" + CAST(") + offsetSeconds +
           QStringLiteral(" AS integer) * INTERVAL '1 second')");
}

} // namespace

QString PostgresDialect::driverName() const {
    return QStringLiteral("QPSQL");
}

QString PostgresDialect::migrationFolder() const {
    return QStringLiteral(":/sql/postgresql");
}

QString PostgresDialect::tableThroughIndex(const QString &table, const QString &) const {
    // PostgreSQL has no index hints; its planner chooses from the statistics ANALYZE keeps.
    return table;
}

QString PostgresDialect::testedPerRow(const QString &expression) const {
    // A unary + would hide the column's statistics: PostgreSQL then misjudges how many rows match (the
    // overdue incidents by thousands) and reads them with parallel workers and a sort, where walking the
    // sort key's index finds a screen of them in a millisecond.
    return expression;
}

QString PostgresDialect::caseInsensitive(const QString &expression) const {
    return QStringLiteral("lower(") + expression + QLatin1Char(')');
}

QString PostgresDialect::nullsSmallest(bool ascending) const {
    return ascending ? QStringLiteral(" NULLS FIRST") : QStringLiteral(" NULLS LAST");
}

QString PostgresDialect::textBytes(const QString &expression) const {
    return QStringLiteral("convert_to(") + expression + QStringLiteral(", 'UTF8')");
}

QString PostgresDialect::weekdayShifted(const QString &utc, const QString &offsetSeconds) const {
    return QStringLiteral("CAST(extract(dow FROM ") + shifted(utc, offsetSeconds) +
           QStringLiteral(") AS integer)");
}

QString PostgresDialect::hourShifted(const QString &utc, const QString &offsetSeconds) const {
    return QStringLiteral("CAST(extract(hour FROM ") + shifted(utc, offsetSeconds) +
           QStringLiteral(") AS integer)");
}

QString PostgresDialect::utcHourKey(const QString &utc) const {
    return QStringLiteral("to_char(") + wallClockUtc(utc) + QStringLiteral(", 'YYYY-MM-DD\"T\"HH24')");
}

QString PostgresDialect::utcQuarterHourKey(const QString &utc) const {
    return QStringLiteral("to_char(") + wallClockUtc(utc) + QStringLiteral(", 'YYYY-MM-DD\"T\"HH24:') || ") +
           QStringLiteral("CAST(CAST(extract(minute FROM ") + wallClockUtc(utc) +
           QStringLiteral(") AS integer) / 15 AS text)");
}

QString PostgresDialect::utcDate(const QString &utc) const {
    return QStringLiteral("CAST(") + wallClockUtc(utc) + QStringLiteral(" AS date)");
}

// The server reads the rows with the tables' owner's rights, so that a practitioner's check sees the records
// row-level security hides from them, and names each record by the key columns the trail has for its table.
QString PostgresDialect::auditedRecords(const QString &table, const QStringList & /*keyColumns*/) const {
    return QStringLiteral("SELECT record, digest FROM bk_audited_records('%1')").arg(table);
}

QStringList PostgresDialect::connectionSettings(bool readOnly) const {
    // Times travel as text in UTC both ways; notices (such as "relation already exists, skipping") are not
    // for the user.
    QStringList settings = {QStringLiteral("SET TIME ZONE 'UTC'"),
                            QStringLiteral("SET client_min_messages = warning")};
    if (readOnly)
        settings.append(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"));
    return settings;
}

QStringList PostgresDialect::beforeMigration() const {
    return {};
}

QStringList PostgresDialect::afterMigration() const {
    return {};
}

QString PostgresDialect::foreignKeyCheck() const {
    // PostgreSQL checks every key as a step changes rows, and cannot turn the checks off.
    return {};
}

QString PostgresDialect::schemaTable() {
    return QStringLiteral("boundary_keeper_schema");
}

QStringList PostgresDialect::recordSchemaVersion(int version) const {
    // One row, whose presence marks the database as Boundary Keeper's.
    return {QStringLiteral("CREATE TABLE IF NOT EXISTS ") + schemaTable() +
                QStringLiteral(" (single boolean PRIMARY KEY DEFAULT TRUE CHECK (single), "
                               "version integer NOT NULL)"),
            QStringLiteral("INSERT INTO ") + schemaTable() +
                QStringLiteral(" (version) VALUES (%1) ON CONFLICT (single) DO UPDATE SET version = %1")
                    .arg(version)};
}

QStringList PostgresDialect::beforeClosing() const {
    return {};
}

QString PostgresDialect::changeChannel() const {
    return QStringLiteral("boundary_keeper_changes");
}

QString PostgresDialect::notifyChange() const {
    // Inside a transaction PostgreSQL delivers the notification when it commits, and drops it on rollback.
    return QStringLiteral("SELECT pg_notify('") + changeChannel() + QStringLiteral("', :table)");
}

QString PostgresDialect::tellingOthers(const QString &statement, const QString &table) const {
    // `table` is one of the schema's own names, never a value from outside: written in as a table name is.
    return QStringLiteral("WITH changed AS (") + statement +
           QStringLiteral(") SELECT changed.*, pg_notify('") + changeChannel() + QStringLiteral("', '") +
           table + QStringLiteral("') FROM changed");
}

QString PostgresDialect::changeMarker() const {
    // The position of the server's write-ahead log moves with every write (on a standby, as it replays
    // them); it also moves for other databases and housekeeping, which only costs an extra refresh.
    return QStringLiteral("SELECT (CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn() "
                          "ELSE pg_current_wal_lsn() END)::text");
}

Error::Kind PostgresDialect::errorKind(const QSqlError &error) const {
    // SQLSTATE: class 23 is an integrity constraint, P0001 a trigger's RAISE EXCEPTION, 25006 a write in a
    // read-only transaction, 42501 a privilege or row-level security policy refusing the current role.
    const QString state = error.nativeErrorCode();
    if (state == QLatin1String("42501"))
        return Error::Kind::Forbidden;
    if (state.startsWith(QLatin1String("23")) || state == QLatin1String("P0001"))
        return Error::Kind::Conflict;
    if (state == QLatin1String("25006"))
        return Error::Kind::ReadOnly;
    return Error::Kind::Storage;
}

bool PostgresDialect::meansDamaged(const QSqlError &error) const {
    // data_corrupted and index_corrupted.
    const QString state = error.nativeErrorCode();
    return state == QLatin1String("XX001") || state == QLatin1String("XX002");
}

bool PostgresDialect::meansConnectionLost(const QSqlError &error, const QSqlDatabase &db) const {
    // SQLSTATE class 08 is a connection exception; 57P01-57P03 an administrator, a crash or a start-up
    // ending the session. A query on a connection that is already gone often has no SQLSTATE at all, so
    // libpq's own view of the connection decides.
    const QString state = error.nativeErrorCode();
    if (state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01") ||
        state == QLatin1String("57P02") || state == QLatin1String("57P03"))
        return true;
    const QSqlDriver *driver = db.driver();
    if (!driver)
        return false;
    const QVariant handle = driver->handle();
    // QPSQL hands out its connection as libpq's own struct name (PGconn is a typedef of pg_conn).
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return false;
    // QPSQL drops its handle when reopening the connection failed: it is still gone.
    const PGconn *connection = *static_cast<PGconn *const *>(handle.constData());
    return !connection || PQstatus(connection) == CONNECTION_BAD;
}

} // namespace bk
