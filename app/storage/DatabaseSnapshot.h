// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/Result.h"

#include <QList>
#include <QString>
#include <functional>

namespace bk {

class Database;

/// A copy of a whole practice taken while it is open: for a file through SQLite's online backup API (never a
/// copy of the live file), for a server through pg_dump and pg_restore in their custom format. The
/// mechanics only; when, where and how many copies are kept is BackupService's business.
class DatabaseSnapshot {
public:
    struct TableCount {
        QString table;
        qint64 rows = 0;
    };
    /// What a database file holds, once it has passed every check.
    struct Contents {
        int schemaVersion = 0;
        /// Every table of the file by name (read from the file, not from a fixed list), with its rows.
        QList<TableCount> tables;
    };
    /// Called now and then while copying with how much is done of the whole (pages for a file; for a server
    /// the total is 0: unknown). Returning false cancels the copy.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    /// Writes a copy of the open file database `database` to `target`, which must not exist yet. The copy
    /// is written under a temporary name beside `target`, is a single file (no write-ahead log), passes
    /// PRAGMA integrity_check, is flushed to disk, readable by its owner only (0600), and only then gets its
    /// name. On any failure (a full disk, a folder that cannot be written, a cancel) nothing is left behind.
    static Status writeFile(const Database &database, const QString &target, const Progress &progress = {});
    /// The same for a database file nobody has open (a backup being restored): `source` is only read.
    static Status copyFile(const QString &source, const QString &target, const Progress &progress = {});

    /// Checks a database file without writing to it (Boundary Keeper's, PRAGMA integrity_check, a schema
    /// this build understands) and reads what it holds. Damaged, Foreign or TooNew, naming the file, when a
    /// check fails.
    static Result<Contents> inspect(const QString &path);
    /// The tables of an open database with their rows (both engines; read from the catalogue). On a server,
    /// the tables the signed-in role may read, with the rows row-level security lets it see.
    static Result<QList<TableCount>> count(const Database &database);

    /// Whether pg_dump and pg_restore are installed, i.e. found on the PATH.
    static bool serverToolsAvailable();
    /// Writes the server practice `database` with pg_dump (custom format) to `target`, under a temporary
    /// name first, 0600. Io with pg_dump's own words when it fails; nothing is left behind then.
    static Status dumpServer(const Database &database, const QString &target);
    /// Restores a pg_dump file into the server practice at `url` (which may be empty or hold a practice,
    /// whose tables are replaced) with pg_restore in one transaction: everything or nothing.
    static Status restoreServer(const QString &url, const QString &dumpFile);
    /// Whether `path` begins as pg_dump's custom format does.
    static bool isServerDump(const QString &path);
};

} // namespace bk
