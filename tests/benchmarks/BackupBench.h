// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "tests/benchmarks/BenchContext.h"

namespace bk::bench {

/// Measures a backup of the practice file: BackupService's (the copy, its check, its SHA-256 and manifest)
/// against the sqlite3 program's `.backup` of the same file, and the longest the window's thread waits for
/// its event loop while BackupWorker backs up on its own thread. On a file only.
class BackupBench {
public:
    static Status measure(const BenchContext &context, BenchReport &report);
};

} // namespace bk::bench
