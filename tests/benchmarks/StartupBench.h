// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "tests/benchmarks/BenchContext.h"

namespace bk::bench {

/// Measures starting Boundary Keeper: the real boundary-keeper binary, run as a child process on the
/// offscreen platform with --quit-after-first-paint, from process start until the main window was painted,
/// and its peak memory; then the same opening on the dashboard (--section dashboard) until it shows its
/// figures; on the large database against an empty one.
class StartupBench {
public:
    static Status measure(const BenchContext &context, BenchReport &report);
};

} // namespace bk::bench
