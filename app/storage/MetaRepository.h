// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/Result.h"

#include <QString>

namespace bk {

class Database;

/// Small named values about the database itself (for example which demo data it holds).
class MetaRepository {
public:
    explicit MetaRepository(const Database &database)
        : m_db(database) {}

    /// The value stored under `key`, or an empty string when there is none.
    Result<QString> value(const QString &key) const;
    Status setValue(const QString &key, const QString &value) const;

private:
    const Database &m_db;
};

} // namespace bk
