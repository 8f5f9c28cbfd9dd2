// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/storage/Database.h"
#include "tests/benchmarks/BenchContext.h"

#include <QByteArray>
#include <memory>

namespace bk::bench {

/// A practice opened as the dashboard's worker opens it (read-only, no integrity check), with its time zone.
struct DashboardDatabase {
    std::unique_ptr<Database> database;
    QByteArray timeZoneId;

    static Result<DashboardDatabase> open(const QString &path);
};

/// Measures the dashboard: every figure of one year (DashboardService::compute(), what the dashboard's worker
/// runs off the GUI thread) against its SQL aggregates alone (DashboardRepository::runStatementsOnly()), for
/// the whole practice and for one client.
class DashboardBench {
public:
    static Status measure(const BenchContext &context, BenchReport &report);
};

} // namespace bk::bench
