// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/Result.h"

#include <QList>
#include <QString>
#include <functional>

namespace bk {

class Database;

/// Copies a whole practice from its file into a new practice on a server, every row with the same ids, in
/// one transaction on the server: either everything arrives and is checked, or nothing does. The file is
/// only read. The tables are found on the server, so a table a new migration adds is copied as well.
class PracticeCopy {
public:
    struct Table {
        QString name;
        qint64 rows = 0;
    };
    /// Called once before the first row, after every batch of rows (at most a thousand) and after each
    /// table: the table being copied and how many of all rows are done. Returning false cancels the copy:
    /// the transaction is rolled back and the server stays empty.
    using Progress = std::function<bool(const QString &table, qint64 done, qint64 total)>;

    /// Copies `from` into `to`, which must be a server practice without any record. Afterwards the record
    /// count of every table and the SHA-256 of every signed document are compared on both sides; any
    /// difference undoes the copy. The tables and their row counts.
    static Result<QList<Table>> copy(const Database &from, const Database &to, const Progress &progress = {});
};

} // namespace bk
