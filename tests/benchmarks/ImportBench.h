// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "tests/benchmarks/BenchContext.h"

namespace bk::bench {

/// Measures importing a Google Contacts CSV of as many rows as the practice has clients (100,000 by
/// default) into an empty practice: reading, the plan (mapping, phone numbers, validation, duplicates) and
/// the apply through ClientService in one transaction, against sqlite3's own `.import` of the same file into
/// a bare table.
class ImportBench {
public:
    static Status measure(const BenchContext &context, BenchReport &report);
};

} // namespace bk::bench
