// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "tests/benchmarks/BenchContext.h"

namespace bk::bench {

/// Measures the agreement documents: rendering an agreement PDF (12 boundaries, two drawn signatures) and
/// verifying a 10 MB agreement PDF with AgreementVerifier, unaltered and altered.
class DocumentBench {
public:
    static Status measure(const BenchContext &context, BenchReport &report);

    /// The size of the PDF verified.
    static constexpr qint64 VerifiedPdfBytes = 10 * 1000 * 1000;
};

} // namespace bk::bench
