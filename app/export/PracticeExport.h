// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/Result.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>
#include <functional>

namespace bk {

class Database;

/// The whole practice as files any program reads: every table as CSV (spreadsheet-safe, see CsvText) and as
/// JSON, every signed agreement's and contract's PDF, every published policy version in its canonical text,
/// and manifest.json listing each file with its SHA-256, the schema version, the time of the export, the row
/// counts and whose view it is (on a server a practitioner sees only what row-level security lets them).
class PracticeExport {
    Q_DECLARE_TR_FUNCTIONS(PracticeExport)

public:
    /// Called after each table with how many of `total` are done; returning false cancels the export.
    using Progress = std::function<bool(int done, int total)>;

    struct Summary {
        int tables = 0;
        qint64 rows = 0;
        int files = 0; ///< besides the manifest
    };

    /// Writes the practice into `folder`, a new or empty one. A cancelled export leaves what it wrote so
    /// far, without a manifest (so that `export verify` refuses it), and reports an Io error saying so.
    static Result<Summary> write(const Database &database, const QString &folder,
                                 const Progress &progress = {});

    /// The head of the practice's audit chain for the manifest ("SEQ:HASH", as `audit head` prints it); an
    /// undefined value, and no "audit_chain_head" field, when there is none or it cannot be read.
    static QJsonValue auditChainHead(const Database &database);
};

} // namespace bk
