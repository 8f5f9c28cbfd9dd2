// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/incidents/IncidentService.h"
#include "tests/benchmarks/BenchContext.h"

namespace bk::bench {

/// The incident the writing benchmarks log: a message to a client of the practice, outside the quick log's
/// defaults.
NewIncident sampleIncident(qint64 clientId);

/// Measures writing: logging one incident through IncidentService (validation against the policy and the
/// client's terms, one transaction, the announcement) against a raw INSERT of the same row, and two writers
/// logging at once, each on a connection of its own, against two writers of raw INSERTs. On a file it writes
/// to a copy of the practice, so the practice stays as built.
class WriteBench {
public:
    static Status measure(const BenchContext &context, BenchReport &report);
};

} // namespace bk::bench
