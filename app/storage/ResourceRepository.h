// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/Result.h"
#include "app/incidents/Incident.h"

#include <QList>

namespace bk {

class Database;

/// The practice's resource library in storage: what can be offered to a client when a boundary is crossed.
class ResourceRepository {
public:
    explicit ResourceRepository(const Database &database)
        : m_db(database) {}

    Result<qint64> addResource(const PracticeResource &resource) const;
    /// The library, by title; with a key, only resources that help with that boundary.
    Result<QList<PracticeResource>> resources(const QString &boundaryKey = {}) const;

private:
    const Database &m_db;
};

} // namespace bk
