// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/Result.h"

#include <QString>
#include <QStringList>

namespace bk::bench {

class BenchReport;

/// What the benchmark was asked to do on the command line.
struct BenchOptions {
    int clients = 100000;
    qint64 incidents = 1000000;
    int repeat = 5;
    bool json = false;
    QString databaseFolder;
    QStringList only;       ///< the groups to measure, all when empty
    bool skipNaive = false; ///< leave out the naive Qt way (tens of minutes at a million incidents)
    quint32 seed = 20261122;
    /// Where the practice is measured: "sqlite" (the file) or "postgresql" (a copy of the file on the server
    /// that libpq's PG* environment names, in a database of the benchmark's own, dropped afterwards).
    QString engine = QStringLiteral("sqlite");
    /// Also measure the table groups on practices of a hundredth and a tenth of the size and show each
    /// operation's cost at the three sizes side by side.
    bool scale = false;
};

/// The synthetic practice every measurement group works on.
struct BenchContext {
    BenchOptions options;
    QString largeDatabasePath; ///< the synthetic practice: its file, or its server's URL
    QString emptyDatabasePath; ///< the same schema without any rows, for comparisons
};

/// A measurement group: measures one feature and adds its rows to the report.
using BenchGroup = Status (*)(const BenchContext &context, BenchReport &report);

} // namespace bk::bench
