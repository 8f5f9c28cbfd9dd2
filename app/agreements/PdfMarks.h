// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/storage/AuditChain.h"

#include <QStringList>

class QIODevice;

namespace bk {

/// What a file says about itself in its bytes, read without trusting them: where a lookup by document ID
/// or an anchor of the audit trail starts from.
struct PdfMarks {
    /// Document IDs (UUIDs) written anywhere in it, as ASCII or UTF-16 text, first seen first (at most 64).
    QStringList documentIds;
    /// The audit trail's head its evidence page links to (AuditHead::uri()); invalid when it has none.
    AuditHead auditHead;

    /// The marks in the rest of `device`; any bytes at all are read without harm.
    static PdfMarks read(QIODevice &device);
};

} // namespace bk
