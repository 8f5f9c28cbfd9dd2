// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/Result.h"
#include "app/policy/BoundaryPolicy.h"
#include "app/policy/PolicyDiff.h"
#include "app/storage/PolicyRepository.h"

#include <optional>

namespace bk {

class Database;

/// The practice's boundary policy: editing the draft and publishing it as a frozen version. It owns the
/// rules — validation, the canonical text and its SHA-256, version numbering, "nothing new to publish" —
/// writes each change in one transaction and announces "policy_draft" or "policy_versions" once committed.
/// Reads come from PolicyRepository, where policy SQL lives.
///
/// Editing works on whole documents: read draft(), change it, saveDraft(); publish() freezes the draft.
class PolicyService {
public:
    explicit PolicyService(const Database &database)
        : m_db(database) {}

    /// The draft, or PolicyDocument::defaults() when none has been saved yet.
    Result<PolicyDocument> draft() const;
    /// Validates (PolicyDocument::problems()) and replaces the draft; list order becomes display order.
    /// Texts are stored trimmed and normalised (PolicyCanonical::normalized()).
    Status saveDraft(const PolicyDocument &document) const;
    /// Replaces the draft with the content of the latest published version (retired boundaries of the
    /// current draft are kept, still retired). Refused when nothing has been published.
    Status discardDraft() const;
    /// Whether publishing now would make a version different from the latest one (always true before the
    /// first publish).
    Result<bool> draftDiffersFromLatest() const;
    /// Freezes the draft's publishable content as the next version (published now, by Clock::nowUtc())
    /// and returns it. Refused when the draft is invalid, has no active boundary, or equals the latest
    /// version.
    Result<PolicyVersion> publish() const;

    /// The number of the latest published version, or 0 when none is.
    Result<int> latestVersionNumber() const;
    /// Published versions, oldest first.
    Result<QList<PolicyVersionSummary>> versions() const;
    /// One published version with its content; NotFound when there is no such version.
    Result<PolicyVersion> version(int number) const;
    /// The latest published version, or std::nullopt when none is.
    Result<std::optional<PolicyVersion>> latestVersion() const;
    /// The same for the policy's stamp read just before (with other things, in one statement): the version
    /// kept for this connection when the stamp still names it, otherwise read.
    Result<std::optional<PolicyVersion>> latestVersion(const PolicyStamp &stamp) const;
    /// Whether the stored rows of `number` still give its stored canonical text and hash.
    Result<bool> verify(int number) const;
    /// What changed from version `from` to version `to` (either may be the older one).
    Result<PolicyDiff> diff(int from, int to) const;
    /// What the draft would change compared with the latest version (with everything added when none).
    Result<PolicyDiff> draftDiff() const;

private:
    const Database &m_db;
};

} // namespace bk
