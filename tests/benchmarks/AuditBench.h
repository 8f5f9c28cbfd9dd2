// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "tests/benchmarks/BenchContext.h"

namespace bk::bench {

/// Measures the audit trail: logging one incident with the trail against the same write without it, and
/// `audit verify` of the whole practice (over a million events at the default size) against reading the
/// same rows and hashing them in a plain loop. On a file only: it writes to two copies of the practice.
class AuditBench {
public:
    static Status measure(const BenchContext &context, BenchReport &report);
};

} // namespace bk::bench
