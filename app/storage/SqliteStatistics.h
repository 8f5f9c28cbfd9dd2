// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

class QSqlDatabase;

namespace bk {

/// Gathers the query planner's statistics (ANALYZE, sampling at most a thousand rows per index) for every
/// table of the SQLite connection `db` that has rows but none: PRAGMA optimize, run before closing, analyzes
/// only tables whose indexes a query of that connection used, so a practice built or imported in one go kept
/// planning without statistics: sorting 200,000 incidents by client then sorted them all (about 300 ms)
/// instead of walking the clients by name (under 1 ms).
void analyzeTablesWithoutStatistics(const QSqlDatabase &db);

} // namespace bk
