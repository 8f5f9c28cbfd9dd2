// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "BenchContext.h"

namespace bk::bench {

/// Measures the client table (bk::ClientTableModel) against its raw SQL and against the naive Qt way.
namespace ClientTableBench {

/// Open, type-ahead filter, sort by every column and scroll, each with its floor and naive baselines.
Status run(const BenchContext &context, BenchReport &report);
/// Peak resident memory with the table shown on the large database vs on an empty one, each measured in
/// a fresh child process (this executable with --measure-rss), so nothing measured earlier inflates it.
Status runMemory(const BenchContext &context, BenchReport &report);
/// The child side of runMemory(): opens `databasePath`, shows the first screen (the naive way when
/// `naive`), prints "peakKb residentKb" on stdout. Returns the process exit code.
int probeMemory(const QString &databasePath, bool naive);

} // namespace ClientTableBench

} // namespace bk::bench
