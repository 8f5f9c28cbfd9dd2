// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/Result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

namespace bk {

/// The few SQL fragments and driver details in which the database engines differ. The repositories write
/// everything else in SQL both engines understand (NULL for an unknown time, TRUE/FALSE for booleans,
/// INSERT … RETURNING id) and ask the dialect for the rest; Database chooses the dialect of its engine.
class SqlDialect {
public:
    virtual ~SqlDialect() = default;

    /// The Qt driver name ("QSQLITE").
    virtual QString driverName() const = 0;
    /// Where migrations of this engine live (":/sql/sqlite").
    virtual QString migrationFolder() const = 0;

    /// `table` (with its alias) read through `index`, for an engine whose planner needs to be told; the
    /// table alone for one that must not be.
    virtual QString tableThroughIndex(const QString &table, const QString &index) const = 0;
    /// `expression` as a term the planner should test on each row rather than look up in an index, for an
    /// engine whose planner needs to be told (SQLite: a unary +); as it is for one whose estimates it would
    /// only blind.
    virtual QString testedPerRow(const QString &expression) const = 0;
    /// `expression` for ordering text case-insensitively.
    virtual QString caseInsensitive(const QString &expression) const = 0;
    /// What follows an ORDER BY term of an expression that can be NULL so that NULL orders as smaller than
    /// every value: first ascending, last descending (SQLite's own order; PostgreSQL's is the opposite).
    virtual QString nullsSmallest(bool ascending) const = 0;
    /// A text column's stored bytes (UTF-8), to be read without conversion to UTF-16 and back.
    virtual QString textBytes(const QString &expression) const = 0;

    /// The weekday (0 Sunday … 6 Saturday) and the hour (0 … 23) of the UTC time `utc` shifted by the number
    /// of seconds bound to `offsetSeconds` (a placeholder such as ":shift"): the local weekday and hour in a
    /// stretch of time with one UTC offset. Both compare with bound integers.
    virtual QString weekdayShifted(const QString &utc, const QString &offsetSeconds) const = 0;
    virtual QString hourShifted(const QString &utc, const QString &offsetSeconds) const = 0;
    /// Group keys of a UTC time, as text: its UTC hour "2026-03-29T01", its quarter hour "2026-03-29T01:2"
    /// (the quarter 0 … 3 after the colon). Its UTC date is of the engine's type for dates (text
    /// "2026-03-29" on SQLite, a date on PostgreSQL), so that it combines with a date column.
    virtual QString utcHourKey(const QString &utc) const = 0;
    virtual QString utcQuarterHourKey(const QString &utc) const = 0;
    virtual QString utcDate(const QString &utc) const = 0;

    /// A query of every row of the audited `table` (whose records are named by `keyColumns`,
    /// comma-separated): its record's name and the digest of its state, computed as the audit triggers
    /// compute it.
    virtual QString auditedRecords(const QString &table, const QStringList &keyColumns) const = 0;

    /// A query of what may be set aside while one transaction adds many rows to the table bound to ":table"
    /// and made again from its definition before it commits: its indexes and its audit trigger for inserts
    /// (named as bound to ":trigger"), each object's type ("index" or "trigger"), name and definition. Empty
    /// for an engine where nothing may be (see BulkLoad).
    virtual QString bulkLoadSetAside() const { return {}; }
    /// The highest row number of `table` (0 when empty): the rows a bulk load adds come after it.
    virtual QString lastRow(const QString &table) const {
        Q_UNUSED(table)
        return {};
    }
    /// A query of one row giving what the audit events a bulk load appends itself hold besides the change, as
    /// the audit trail's append trigger would write them: the time now, the practitioner signed in (NULL for
    /// none) and their login, then the newest event's sequence number and hash (0 and NULL before the first).
    virtual QString auditAppendState() const { return {}; }

    /// Statements that set up a freshly opened connection (outside any transaction).
    virtual QStringList connectionSettings(bool readOnly) const = 0;
    /// Statements run around a migration step, outside its transaction: before (keys off so that tables can
    /// be rebuilt) and after it (keys on again).
    virtual QStringList beforeMigration() const = 0;
    virtual QStringList afterMigration() const = 0;
    /// A query listing every row that breaks a foreign key, run inside a migration step before it commits;
    /// empty for an engine that never lets a key be broken.
    virtual QString foreignKeyCheck() const = 0;
    /// Statements that record, inside a migration step's transaction, that the database now has schema
    /// `version` and belongs to Boundary Keeper.
    virtual QStringList recordSchemaVersion(int version) const = 0;
    /// Statements run before a connection that may write is closed.
    virtual QStringList beforeClosing() const = 0;
    /// The notification channel on which connections to one database tell each other what changed, and the
    /// statement that sends a table's name (bound to ":table") on it; empty for an engine without one.
    virtual QString changeChannel() const { return {}; }
    virtual QString notifyChange() const { return {}; }
    /// `statement` (an INSERT, UPDATE or DELETE … RETURNING) made to also send `table`'s name on the change
    /// channel for the rows it returns, delivered when its transaction commits: one round trip instead of
    /// two. As it is for an engine without a channel.
    virtual QString tellingOthers(const QString &statement, const QString &table) const {
        Q_UNUSED(table)
        return statement;
    }
    /// A statement whose one value changes whenever anything was written on the server (false alarms
    /// allowed): a cheap check whether views must be read again; empty for an engine without one.
    virtual QString changeMarker() const { return {}; }

    /// How a driver error is classified: a refused write (a constraint or a trigger), a read-only database, a
    /// damaged file, or anything else.
    virtual Error::Kind errorKind(const QSqlError &error) const = 0;
    /// Whether the error means the file is not (or no longer) a sound database.
    virtual bool meansDamaged(const QSqlError &error) const = 0;
    /// Whether the error means the connection `db` to the server is gone (the server stopped, the network
    /// failed, an administrator ended the session).
    virtual bool meansConnectionLost(const QSqlError &error, const QSqlDatabase &db) const {
        Q_UNUSED(error)
        Q_UNUSED(db)
        return false;
    }
};

/// SQLite 3.40 (Debian 12) through QSQLITE.
class SqliteDialect final : public SqlDialect {
public:
    QString driverName() const override;
    QString migrationFolder() const override;
    QString tableThroughIndex(const QString &table, const QString &index) const override;
    QString testedPerRow(const QString &expression) const override;
    QString caseInsensitive(const QString &expression) const override;
    QString nullsSmallest(bool ascending) const override;
    QString textBytes(const QString &expression) const override;
    QString weekdayShifted(const QString &utc, const QString &offsetSeconds) const override;
    QString hourShifted(const QString &utc, const QString &offsetSeconds) const override;
    QString utcHourKey(const QString &utc) const override;
    QString utcQuarterHourKey(const QString &utc) const override;
    QString utcDate(const QString &utc) const override;
    QString auditedRecords(const QString &table, const QStringList &keyColumns) const override;
    QString bulkLoadSetAside() const override;
    QString lastRow(const QString &table) const override;
    QString auditAppendState() const override;
    QStringList connectionSettings(bool readOnly) const override;
    QStringList beforeMigration() const override;
    QStringList afterMigration() const override;
    QString foreignKeyCheck() const override;
    QStringList recordSchemaVersion(int version) const override;
    QStringList beforeClosing() const override;
    Error::Kind errorKind(const QSqlError &error) const override;
    bool meansDamaged(const QSqlError &error) const override;

    /// "BKep": marks a file as a Boundary Keeper database (PRAGMA application_id).
    static constexpr int ApplicationId = 0x424b6570;
};

/// PostgreSQL 13 or later through QPSQL. Times are `timestamptz`, read and written in UTC.
class PostgresDialect final : public SqlDialect {
public:
    QString driverName() const override;
    QString migrationFolder() const override;
    QString tableThroughIndex(const QString &table, const QString &index) const override;
    QString testedPerRow(const QString &expression) const override;
    QString caseInsensitive(const QString &expression) const override;
    QString nullsSmallest(bool ascending) const override;
    QString textBytes(const QString &expression) const override;
    QString weekdayShifted(const QString &utc, const QString &offsetSeconds) const override;
    QString hourShifted(const QString &utc, const QString &offsetSeconds) const override;
    QString utcHourKey(const QString &utc) const override;
    QString utcQuarterHourKey(const QString &utc) const override;
    QString utcDate(const QString &utc) const override;
    QString auditedRecords(const QString &table, const QStringList &keyColumns) const override;
    QStringList connectionSettings(bool readOnly) const override;
    QStringList beforeMigration() const override;
    QStringList afterMigration() const override;
    QString foreignKeyCheck() const override;
    QStringList recordSchemaVersion(int version) const override;
    QStringList beforeClosing() const override;
    QString changeChannel() const override;
    QString notifyChange() const override;
    QString tellingOthers(const QString &statement, const QString &table) const override;
    QString changeMarker() const override;
    Error::Kind errorKind(const QSqlError &error) const override;
    bool meansDamaged(const QSqlError &error) const override;
    bool meansConnectionLost(const QSqlError &error, const QSqlDatabase &db) const override;

    /// The table holding a server database's schema version: its presence marks a Boundary Keeper database.
    static QString schemaTable();
    /// The oldest server this build supports, as `server_version_num` gives it.
    static constexpr int OldestServerVersion = 130000;
};

} // namespace bk
