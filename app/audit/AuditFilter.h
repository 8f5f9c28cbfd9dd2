// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include <QDateTime>
#include <QString>

namespace bk {

/// Which events of the audit trail the Activity view lists: every criterion left empty matches all.
struct AuditFilter {
    qint64 practitionerId = 0; ///< who
    QString action;            ///< what: "insert", "update", "delete" or "baseline"
    QString table;             ///< which kind of record ("clients")
    QString record;            ///< which record of that kind ("12")
    QDateTime from;            ///< UTC, inclusive
    QDateTime to;              ///< UTC, exclusive
};

} // namespace bk
