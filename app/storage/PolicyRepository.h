// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/Result.h"
#include "app/policy/BoundaryPolicy.h"
#include "app/storage/JoinedRead.h"

#include <optional>

class QSqlQuery;

namespace bk {

class Database;

/// What says whether a policy read earlier is still the one in force: the latest published version's number
/// and SHA-256 (0 and empty when none is), and whether a draft has been saved (before the first publish, the
/// draft is the policy).
struct PolicyStamp {
    int latestVersion = 0;
    QString latestSha256;
    bool draftSaved = false;
};

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
    /// The policy's stamp: one cheap read that says whether a version read earlier is still the latest.
    Result<PolicyStamp> stamp() const;
    /// The stamp's part of a statement that reads more at once, and stampFrom() reading it back from the
    /// row's column `first` on.
    static JoinedRead stampRead();
    static PolicyStamp stampFrom(const QSqlQuery &query, int first);

private:
    Result<PolicyDocument> loadVersionDocument(int number, const QString &language) const;
    /// Inserts the further languages' texts into `prefix`_boundary_texts and `prefix`_ladder_texts (with
    /// `version` when it is not 0, the draft's otherwise).
    Status writeTexts(const QString &prefix, const PolicyDocument &document, int version) const;

    const Database &m_db;
};

} // namespace bk
