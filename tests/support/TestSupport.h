// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/clients/Client.h"
#include "app/common/Result.h"
#include "app/incidents/IncidentService.h"
#include "app/storage/Database.h"

#include <QSqlQuery>
#include <QString>
#include <memory>

namespace bk::test {

/// Test mode for QStandardPaths (tests never touch a user's data), the application's umask and name.
void initTestEnvironment();

/// Global data rows of a test that runs on both engines, named "sqlite" and "postgresql"; call it from the
/// test's initTestCase_data(). BK_TEST_ENGINES ("sqlite", "postgresql" or both, comma-separated) limits the
/// rows, as ctest does for its two entries of such a test (the second labelled `pg`). Without a reachable
/// PostgreSQL server the postgresql row is left out with a note, or, when it is the only one, the whole test
/// is skipped by initTestEnvironment(); under CI=true it stays and fails.
void addEngineRows();

/// Whether the current row of a test with engine rows runs on PostgreSQL.
bool onPostgres();

/// Opens a new database, failing the calling test when that is impossible. On the postgresql row of a test
/// with engine rows the database is an empty one of its own on the test server, the same one for the same
/// `path` for the rest of the process (so a test can open "the same file" again).
std::unique_ptr<Database> openDatabase(const QString &path);

/// Where openDatabase(path) opens its database: `path` itself, or the server URL that stands for it.
QString databaseLocation(const QString &path);

/// An active client with every contact field filled, started on 1 March 2026.
Client sampleClient(const QString &name);

/// A client's after-hours phone call about next week's session, at `occurredAt`.
NewIncident afterHoursCall(qint64 clientId, const QDateTime &occurredAt);

/// Logs `incident` through IncidentService: its id, or 0 (with the reason as a warning) when refused.
qint64 logIncident(const Database &database, const NewIncident &incident);

/// Adds `count` deterministic clients (the same `seed` gives the same clients) in one transaction.
Status addSyntheticClients(const Database &database, int count, quint32 seed = 20261122);

/// Adds `count` deterministic incidents (the same `seed` gives the same incidents) in one transaction, spread
/// over the clients with ids 1..`clientCount`, the default boundaries and ladder steps, and the six years
/// before 2026-12-01 in time order. Incidents of the last four months are mostly open with a next due date
/// (some overdue on 2026-12-01); older ones are mostly closed.
Status addSyntheticIncidents(const Database &database, qint64 count, int clientCount,
                             quint32 seed = 20261122);

/// Runs `statements` on the database file at `path` through a connection of its own, outside Database, as
/// another program (the sqlite3 shell, an older version) would, with the SQL functions Boundary Keeper
/// registers on each connection (the audit trail's); fails the calling test when one fails.
void rawSql(const QString &path, const QStringList &statements);

/// The plan of prepared `query` on `db` with its values written in, as the planner sees it on its first run
/// (PostgreSQL cannot prepare an EXPLAIN): SQLite's EXPLAIN QUERY PLAN details or PostgreSQL's EXPLAIN
/// lines, one per line; an empty text when EXPLAIN failed.
QString planOf(const Database &db, const QSqlQuery &query);

/// The permission bits of a file, e.g. 0600.
int fileMode(const QString &path);

/// A python3 that can import `module` (Debian's first: python3-icalendar is installed for it), or empty.
QString pythonWith(const QString &module);

/// A command that starts the program after it (its arguments following) with `folder` mounted read-only in
/// a mount namespace of its own, as on read-only media; empty when this system does not allow one.
QStringList readOnlyFolderLauncher(const QString &folder);

} // namespace bk::test
