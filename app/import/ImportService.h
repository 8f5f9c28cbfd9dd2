// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/clients/ClientService.h"
#include "app/common/Result.h"
#include "app/import/ImportPlan.h"

#include <QCoreApplication>

namespace bk {

class Database;

/// What an import did.
struct ImportOutcome {
    Q_DECLARE_TR_FUNCTIONS(ImportOutcome)
public:
    qint64 added = 0;
    qint64 updated = 0;
    qint64 skipped = 0;
    qint64 rejected = 0;

    /// The counts in a sentence, e.g. "Imported 3 clients, updated 1, skipped 2, rejected 1."
    QString summary() const;
};

/// Importing clients from a file: the plan (new clients, duplicates of registered ones by email or phone
/// however typed, rejected rows) is made without writing anything; applying a confirmed plan writes every
/// client through ClientService in one transaction, so a cancelled or failed import writes nothing.
class ImportService {
    Q_DECLARE_TR_FUNCTIONS(ImportService)
public:
    explicit ImportService(const Database &database)
        : m_db(database) {}

    /// Phone numbers read in the practice's region (see PhoneNumbers::regionOf).
    Result<PhoneNumbers> phoneNumbers() const;
    /// Reads `reader` (opened with ImportReader::openFile()) to its end and plans the import of its rows
    /// with `mapping`; `decided`, when given, sees each row as it is decided.
    Result<ImportPlan> plan(ImportReader &reader, const ImportMapping &mapping,
                            const ImportPlan::Progress &progress = {},
                            const std::function<void(const ImportEntry &)> &decided = {}) const;
    /// Reads the plan's file again and adds the new clients and, per its action, each duplicate; rejected
    /// rows are counted, not written. Nothing is written when the file changed since it was planned.
    Result<ImportOutcome> apply(const ImportPlan &plan, const ClientService::Progress &progress = {}) const;

private:
    const Database &m_db;
};

} // namespace bk
