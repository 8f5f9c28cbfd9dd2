// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include <QtGlobal>

namespace bk::bench {

/// The resident memory of this process, read from /proc/self/status.
struct ProcessMemory {
    qint64 residentKb = 0; ///< VmRSS: resident now
    qint64 peakKb = 0;     ///< VmHWM: the highest resident size so far

    static ProcessMemory current();
};

} // namespace bk::bench
