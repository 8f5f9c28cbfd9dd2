// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/Result.h"
#include "app/policy/BoundaryPolicy.h"

#include <optional>
#include <utility>

namespace bk {

class Database;

/// The boundary policy in storage: one editable draft and the published versions, which the database
/// refuses to change (triggers in 002_practice_policy.sql). The only place where policy SQL lives. Writes
/// neither validate nor announce: PolicyService does both, in one transaction per change.
class PolicyRepository {
public:
    explicit PolicyRepository(const Database &database)
        : m_db(database) {}

    /// The draft, or PolicyDocument::defaults() when none has been saved yet.
    Result<PolicyDocument> draft() const;
    /// Replaces the draft rows with `document`, in list order; the caller holds the transaction.
    Status writeDraft(const PolicyDocument &document) const;
    /// Stores a new published version (its rows, then the version row that freezes them).
    Status insertVersion(const PolicyVersion &version) const;
    /// The number of the latest published version, or 0 when none is.
    Result<int> latestVersionNumber() const;
    /// Published versions, oldest first.
    Result<QList<PolicyVersionSummary>> versions() const;
    /// One published version with its content; NotFound when there is no such version.
    Result<PolicyVersion> version(int number) const;
    /// The latest published version's number and SHA-256 (0 and empty when none is): one cheap read that says
    /// whether a version read earlier is still the latest.
    Result<std::pair<int, QString>> latestVersionDigest() const;

private:
    Result<PolicyDocument> loadVersionDocument(int number, const QString &language) const;
    /// Inserts the further languages' texts into `prefix`_boundary_texts and `prefix`_ladder_texts (with
    /// `version` when it is not 0, the draft's otherwise).
    Status writeTexts(const QString &prefix, const PolicyDocument &document, int version) const;

    const Database &m_db;
};

} // namespace bk
