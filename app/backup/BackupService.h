// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/Result.h"
#include "app/storage/DatabaseSnapshot.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace bk {

class Database;

/// One backup and what its manifest (a small JSON file beside it, "<backup>.json") says about it.
struct BackupEntry {
    enum class Kind { Daily, BeforeUpgrade, BeforeRestore, Manual };

    QString path;
    QString manifestPath;
    Kind kind = Kind::Manual;
    QDateTime created; ///< UTC
    /// The practice it was taken of: the database file's absolute path, or the server's URL without password.
    QString source;
    int schemaVersion = 0;
    QList<DatabaseSnapshot::TableCount> tables;
    QString sha256; ///< of the backup file as written (encrypted or not), hex
    bool encrypted = false;
    bool server = false; ///< a pg_dump file rather than an SQLite file
    /// The head of the practice's audit trail when the backup was taken ("seq:hash"; empty in a backup
    /// taken before the trail existed): the trail must still hold it (`audit verify --backup`).
    QString auditHead;
    /// The practice's time zone when the backup was taken (IANA id; empty in older backups), so that a list
    /// of backups shows the practice's clock without opening the practice, which may be the damaged one.
    QByteArray timeZone;

    /// "daily", "before-upgrade", "before-restore", "manual": as the manifest and `backups list` say it.
    QString kindName() const;
};

/// When, where and how backups are taken, kept, checked and restored. Daily backups are rotated (see
/// BackupRotation); backups before an upgrade or a restore, and those to a file the user chose, are never
/// removed. Every backup is checked after writing (PRAGMA integrity_check on the copy), is 0600 in a 0700
/// folder and has its manifest: created (UTC), schema version, rows per table, SHA-256 of the file, and the
/// audit trail's head.
class BackupService {
    Q_DECLARE_TR_FUNCTIONS(BackupService)
public:
    using Progress = DatabaseSnapshot::Progress;

    /// The default folder for backups: "backups" in the application's data folder, created 0700; empty with
    /// `error` set when it cannot be made.
    static QString defaultFolder(QString *error = nullptr);

    /// A service for the open practice `database`, keeping its backups in `folder` (the default when empty).
    explicit BackupService(const Database &database, QString folder = {});

    /// Backs up now to `file`, chosen by the user (with its manifest beside it), encrypted when `passphrase`
    /// is not empty. On a server the backup is a pg_dump file.
    Result<BackupEntry> backUpTo(const QString &file, const QByteArray &passphrase = {},
                                 const Progress &progress = {}) const;
    /// Backs up into the backups folder (encrypted when `passphrase` is not empty); after a daily one, old
    /// daily backups are rotated away.
    Result<BackupEntry> backUpToFolder(BackupEntry::Kind kind, const QByteArray &passphrase = {}) const;
    /// The folder backUpToFolder() writes into.
    QString folder() const;
    /// The daily backup, taken when Boundary Keeper closes: at most once a (local) day by the app's Clock,
    /// encrypted when the user chose that (BackupPassphrase; an Error and no backup when its passphrase
    /// cannot be read). Nothing (an empty optional) when today's exists already or the practice is on a
    /// server.
    Result<std::optional<BackupEntry>> backUpIfDue() const;
    /// Whether a daily backup is due today.
    bool isDue() const;

    /// For Database::Options::beforeUpgrade: a backup into the default folder before the schema changes
    /// (on a server only when pg_dump is installed).
    static Status beforeUpgrade(const Database &database);

    /// What the manifest of the backup at `file` says, or nothing when it has none that can be read.
    static std::optional<BackupEntry> entryOf(const QString &file);
    /// The backups in `folder` that have a manifest, newest first (a read model for lists).
    static QList<BackupEntry> list(const QString &folder);
    /// Checks one backup: the file's SHA-256 against its manifest and, for an unencrypted file backup,
    /// PRAGMA integrity_check and the row counts.
    static Status verify(const BackupEntry &entry);
    /// The newest backup in `folder` of the practice at `source` that passes verify().
    static std::optional<BackupEntry> newestGood(const QString &folder, const QString &source);
    /// For a message refusing a damaged database file: which good backup to restore and how (one
    /// sentence), or empty when there is none.
    static QString restoreAdvice(const QString &databasePath);

    /// What a backup file holds, checked before anything is restored from it.
    struct Inspection {
        QDateTime created; ///< from its manifest, else the file's modification time
        int schemaVersion = 0;
        QList<DatabaseSnapshot::TableCount> tables; ///< from the file itself (or a server dump's manifest)
        bool encrypted = false;
        bool server = false;
    };
    /// Whether `file` is encrypted (a passphrase is needed to inspect or restore it).
    static bool isEncrypted(const QString &file);
    /// Checks `file` (decrypting it with `passphrase` into a private temporary file first): integrity, a
    /// schema not newer than this build's; what it holds. Nothing is written anywhere lasting.
    static Result<Inspection> inspect(const QString &file, const QByteArray &passphrase = {});
    /// Restores `file` as the practice at `location` (a database file's path or a server's URL). The file
    /// is checked first; the practice there is kept as a backup in `folder` (the default when empty; a
    /// file that cannot be read is kept beside itself under another name instead); then the checked copy
    /// replaces it in one rename (on a server: pg_restore in one transaction). Nothing is changed when any
    /// step before the swap fails. No program may have the file open meanwhile. The head of the audit trail
    /// this computer noted for the practice is forgotten: the restored trail is shorter on purpose (the kept
    /// backup holds the longer one). The kept backup's path.
    static Result<QString> restore(const QString &location, const QString &file, const QByteArray &passphrase,
                                   const QString &folder = {});

private:
    Result<BackupEntry> write(const QString &file, BackupEntry::Kind kind, const QByteArray &passphrase,
                              const Progress &progress) const;
    /// Removes the daily backups of this practice that rotation no longer keeps.
    void rotate() const;

    const Database &m_db;
    QString m_folder;
};

} // namespace bk
