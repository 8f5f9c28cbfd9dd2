// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/Result.h"
#include "app/incidents/Incident.h"

namespace bk {

class Database;

/// The practice's library of training and resources offered to clients (the ladder's fifth step): adding
/// one is validated, written in one transaction and announced as "practice_resources" once committed.
class ResourceLibraryService {
public:
    explicit ResourceLibraryService(const Database &database)
        : m_db(database) {}

    /// Adds a resource, which needs a title and at least one boundary it helps with; returns its id.
    Result<qint64> add(const PracticeResource &resource) const;
    /// The library, by title; with a key, only resources that help with that boundary.
    Result<QList<PracticeResource>> resources(const QString &boundaryKey = {}) const;

private:
    const Database &m_db;
};

} // namespace bk
