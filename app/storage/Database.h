// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/ChangeNotifier.h"
#include "app/common/Result.h"
#include "app/storage/KeptQuery.h"
#include "app/storage/SqlDialect.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <any>
#include <functional>
#include <memory>

namespace bk {

/// One open connection to a Boundary Keeper database — a file (SQLite) or a practice's PostgreSQL server —
/// owned by the thread that opened it.
///
/// Opening checks the database before anything is written: a foreign file, a damaged file or one written
/// by a newer Boundary Keeper is refused and left byte-for-byte unchanged. A file nobody can change (on
/// read-only media, marked immutable, or without any write permission) opens read-only with nothing
/// written beside it; a file that is written is made readable by its owner only.
class Database {
public:
    enum class Access { ReadWrite, ReadOnly };

    struct Options {
        Access access = Access::ReadWrite;
        /// Run PRAGMA integrity_check and PRAGMA foreign_key_check on an existing file before using it; a
        /// record that refers to one that is missing is refused like other damage, naming the records. A
        /// file of at least `trustUnchangedFromBytes` that is exactly as Boundary Keeper left it when it last
        /// closed it after a full check (the same size, modification and status-change times, no
        /// write-ahead log) is not checked again: the check reads the whole file, about 20 s at a million
        /// incidents.
        bool checkIntegrity = true;
        /// With checkIntegrity, run PRAGMA quick_check instead: it finds damaged pages and records but does
        /// not cross-check indexes against tables, and is about ten times faster on a large file. The file
        /// is then not trusted as checked until a full check passes (see fullCheckPending()).
        bool quickCheck = false;
        /// Called now and then while the check runs; returning false stops it and the open (Cancelled),
        /// with nothing written.
        std::function<bool()> checking = {};
        qint64 trustUnchangedFromBytes = 1024 * 1024;
        /// Whether a missing or empty file becomes a new database. Without, such a file is refused
        /// (NotFound) and left exactly as it is: looking at a practice never creates one.
        bool create = true;
        /// Called with the opened database just before its schema is upgraded (never for a new one); an
        /// error refuses the upgrade and the open, leaving the database as it was. BackupService takes a
        /// backup here.
        std::function<Status(const Database &)> beforeUpgrade = {};
        /// For a server whose URL holds no password: the password to connect with (typed in, or from the
        /// system keyring). Kept in memory only; without it libpq looks in PGPASSWORD and the password file.
        QString password = {};
    };

    /// Opens the practice at `location`: a database file's path, or a server's URL
    /// ("postgresql://anna@db.example.org/practice?sslmode=verify-full"; see ServerAddress). A server
    /// database must be empty or Boundary Keeper's; the file checks of Options do not apply to it.
    static Result<std::unique_ptr<Database>> open(const QString &location, Options options);
    static Result<std::unique_ptr<Database>> open(const QString &location) {
        return open(location, Options{});
    }
    /// Whether `location` names a server rather than a file.
    static bool isServerUrl(const QString &location);

    /// The schema version this build writes; a file with a higher one is refused.
    static int latestSchemaVersion();

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    /// The SQL fragments of this database's engine.
    const SqlDialect &dialect() const { return *m_dialect; }
    /// Where the practice is kept: the file's absolute path, or the server's URL without its password.
    QString path() const { return m_path; }
    /// Whether the practice is on a server rather than in a file.
    bool isServer() const;
    bool isReadOnly() const { return m_readOnly; }
    /// Whether the file was opened read-only because it could not be written (not by request).
    bool isReadOnlyByFile() const { return m_readOnlyByFile; }
    int schemaVersion() const { return m_schemaVersion; }
    /// The practitioner signed in, whom every record written names (0: the server role is not one of the
    /// practice's practitioners). On a file the computer's user, an owner; see
    /// PractitionerRepository::signIn.
    qint64 practitionerId() const { return m_practitionerId; }
    /// What opening found wrong with the audit trail against the head this computer noted when it last
    /// wrote the practice (events deleted or rewritten behind the application's back); empty when nothing.
    QString auditAnchorProblem() const { return m_auditAnchorProblem; }
    /// Whether opening ran PRAGMA integrity_check or quick_check (false when the file was new, trusted as
    /// unchanged, or the check was not asked for).
    bool integrityChecked() const { return m_integrityChecked; }
    /// Whether opening ran only the quick check on a file that is not trusted as unchanged: the full check
    /// is still to run (IntegrityCheckWorker, on a connection of its own) before the file is trusted.
    bool fullCheckPending() const { return m_integrityChecked && !m_verified; }
    /// Records that the full check of this file passed after opening: the file's state is remembered when
    /// it closes, so that the next open trusts it if nothing changed it meanwhile.
    void markFullyChecked() const { m_verified = true; }

    /// A prepared statement; all SQL with values goes through here with bound placeholders. A statement
    /// that fails to prepare reports its error when executed.
    QSqlQuery prepare(const QString &sql) const;
    /// The same, but prepared once and kept for this connection: on a server each prepare() costs round trips
    /// of its own (QPSQL sends PREPARE, EXECUTE and DEALLOCATE), a kept statement only EXECUTE; on a file it
    /// saves parsing and planning the SQL again (SQLite prepares a kept statement anew by itself after a
    /// schema change). Not for a statement that may run again while a KeptQuery of it is still in scope (they
    /// share one result).
    KeptQuery prepareKept(const QString &sql) const;
    /// A value a service keeps for this connection between its calls under `key` (empty until it sets it),
    /// such as a published policy version it read: only for what it checks against the database before using
    /// it. Dropped when the connection is reopened.
    std::any &kept(const QString &key) const;
    /// Runs a prepared INSERT or UPDATE … RETURNING id and returns the id, or 0 when no row was returned.
    /// SQLite writes a RETURNING statement's changes, and outside a transaction commits them, only when it
    /// steps past the last row: this runs it to the end, so a failure there (a full disk) is reported
    /// rather than lost behind an id that was never stored.
    Result<qint64> execReturningId(QSqlQuery &query, const QString &what) const;
    /// Runs work inside a transaction, committing when it succeeds and rolling back otherwise. Called
    /// inside another transaction's work, it joins that transaction: the outermost call commits or rolls
    /// back, so services can combine repository writes that each use transaction() into one.
    Status transaction(const std::function<Status()> &work) const;
    /// One change of a service: refuses it on a read-only database, runs `work` in one transaction and,
    /// once that commits, announces `table`.
    Status change(const QString &table, const std::function<Status()> &work) const;
    /// The same for a change that inserts one row: its id.
    Result<qint64> insert(const QString &table, const std::function<Result<qint64>()> &work) const;
    /// Refuses writes on a read-only database with a message the user understands.
    Status checkWritable() const;
    /// Emits changed(table) after a write has been committed.
    ChangeNotifier *notifier() const { return m_notifier.get(); }
    /// Announces that `table` changed: at once outside a transaction, otherwise once when the outermost
    /// transaction commits (each table once, in the order first announced) and never when it rolls back.
    /// On a server the other connections to the practice announce it too (their notifier emits changed()
    /// when their thread's event loop runs), so other desktops show the change without a restart.
    void announce(const QString &table) const;
    /// The INSERT, UPDATE or DELETE … RETURNING `sql` made to also tell the other connections to a server
    /// that `table` changed, in the same round trip (heard when its transaction commits, as announce() tells
    /// them). A change made with it is announced with announceTold(), which sends nothing more.
    QString announcing(const QString &sql, const QString &table) const;
    /// announce() for a change of `table` whose statement told the other connections itself (announcing()).
    void announceTold(const QString &table) const;

    /// Turns a driver error into a user-facing Error, classified by the driver's native code. An error that
    /// means the connection to the server is gone is reported as Unreachable, and the first one after the
    /// connection was (re)opened makes the notifier emit connectionLost().
    Error errorFrom(const QSqlError &error, const QString &what) const;

    /// Whether the connection to the server was lost and has not been reopened since.
    bool isConnectionLost() const { return m_connectionLost; }
    /// Reopens the connection to the server (the same address and password; with several hosts, the one
    /// that answers now, such as a standby promoted to primary), then makes the notifier emit reconnected()
    /// and announce every table, so that views read again what changed meanwhile. Nothing for a file.
    Status reconnect() const;
    /// A value that changes whenever something may have been written on the server since it was last read
    /// (a cheap check whether views must be read again); empty for a file.
    Result<QString> changeMarker() const;
    /// Announces every table of the practice as changed, so that every view reads again.
    void announceEverything() const;

private:
    Database(QString connectionName, QString path, bool readOnly, bool readOnlyByFile,
             std::unique_ptr<SqlDialect> dialect);
    static Result<std::unique_ptr<Database>> openFile(const QString &path, const Options &options);
    static Result<std::unique_ptr<Database>> openServer(const QString &url, const Options &options);
    /// Brings the schema from `fromVersion` to the latest, one migration file per step, after calling
    /// `beforeUpgrade` when there is anything to upgrade.
    Status migrate(int fromVersion, const std::function<Status(const Database &)> &beforeUpgrade);
    Status runMigrationStep(int version, const QString &file);
    /// Compares the audit trail with the head this computer noted (see auditAnchorProblem()).
    Status checkNotedAuditHead();
    /// Notes the audit trail's head outside the database, beside the settings.
    void noteAuditHead() const;
    /// Remembers the state of a checked file once it is closed (see Options::trustUnchangedFromBytes).
    void recordFileState() const;
    /// Tells the other connections to a server that `table` changed (inside a transaction: when it commits).
    Status notifyOtherSessions(const QString &table) const;
    /// Announces the changes other connections to a server tell of.
    void listenForOtherSessions();
    /// Asks the server for the changes of other connections (again after reconnecting).
    bool subscribeToOtherSessions() const;

    QString m_connectionName;
    QString m_path;
    bool m_readOnly = false;
    bool m_readOnlyByFile = false;
    int m_schemaVersion = 0;
    qint64 m_practitionerId = 0;
    mutable int m_transactionDepth = 0;
    mutable QStringList m_pendingAnnouncements;
    /// Those of m_pendingAnnouncements whose statements told the other connections already.
    mutable QStringList m_toldAnnouncements;
    mutable bool m_connectionLost = false;
    mutable QHash<QString, std::shared_ptr<QSqlQuery>> m_keptStatements;
    mutable QHash<QString, std::any> m_keptValues;
    bool m_integrityChecked = false;
    /// The practice was made by this opening (a new file, an empty server database): a head noted for its
    /// location was another practice's.
    bool m_created = false;
    QString m_auditAnchorProblem;
    /// A change was committed through this connection: closing notes the audit trail's head.
    mutable bool m_wrote = false;
    /// The file passed the full integrity check (or was trusted, or is new): its state is recorded at
    /// closing.
    mutable bool m_verified = false;
    qint64 m_trustUnchangedFromBytes = 0;
    std::unique_ptr<ChangeNotifier> m_notifier = std::make_unique<ChangeNotifier>();
    std::unique_ptr<SqlDialect> m_dialect;
};

} // namespace bk
