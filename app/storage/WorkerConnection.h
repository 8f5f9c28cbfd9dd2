// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/storage/Database.h"

namespace bk {

/// A read-only connection of its own to the practice at `location` (a file's path or a server's URL without
/// password), for a worker's thread (backups, exports, the audit check): never created, and without the
/// integrity check, as the practice is open already and was checked when it was.
inline Result<std::unique_ptr<Database>> openWorkerConnection(const QString &location) {
    Database::Options options;
    options.access = Database::Access::ReadOnly;
    options.checkIntegrity = false;
    options.create = false;
    return Database::open(location, options);
}

} // namespace bk
