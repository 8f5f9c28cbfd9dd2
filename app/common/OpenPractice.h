// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/Result.h"

#include <QString>

namespace bk {

class ChangeNotifier;
class Database;

/// The practice that is open, as the window holds it: services and read models are made from it (it
/// stands for the database they take), and it tells whether anything can be changed, where the practice is
/// kept and what changed. A cheap handle to copy; the database must outlive it.
class OpenPractice {
public:
    // Implicit both ways: the window is given the database once, and hands it on to services unchanged.
    OpenPractice(const Database &database) // NOLINT(google-explicit-constructor)
        : m_db(&database) {}
    operator const Database &() const { return *m_db; } // NOLINT(google-explicit-constructor)

    bool isReadOnly() const;
    /// Opened read-only because the file cannot be written (rather than on request).
    bool isReadOnlyByFile() const;
    /// Where the practice is kept: the database file's path, or the server's URL without its password.
    QString path() const;
    /// Whether the practice is on a PostgreSQL server rather than in a file.
    bool isServer() const;
    /// On a server: the database that holds the practice as the URL names it (empty when it names none).
    QString serverDatabase() const;
    /// On a server: its hosts as the URL lists them ("db1,db2"); empty when the URL names none, or only a
    /// socket folder, so that the server runs on this computer.
    QString serverHosts() const;
    /// Refuses a change to a read-only practice with a message the user understands.
    Status checkWritable() const;
    /// Announces every committed change, by table, and a lost and reopened connection to the server.
    ChangeNotifier *notifier() const;
    /// Reopens the connection to the server after it was lost; views are told to read everything again.
    Status reconnect() const;
    /// Whether the connection to the server was lost and not reopened since.
    bool isConnectionLost() const;
    /// A value that changes when something may have been written on the server; empty for a file.
    Result<QString> changeMarker() const;
    /// What opening found wrong with the audit trail against the head this computer noted; empty when
    /// nothing (see Database::auditAnchorProblem()).
    QString auditAnchorProblem() const;
    /// Whether the file opened after only the quick check: the full one is still to run (see
    /// IntegrityCheckWorker); nothing for a server.
    bool fullCheckPending() const;
    /// Records that the full check passed: the file is trusted at the next open if nothing changes it.
    void markFullyChecked() const;
    /// Tells every view to read again.
    void announceEverything() const;

private:
    const Database *m_db;
};

} // namespace bk
