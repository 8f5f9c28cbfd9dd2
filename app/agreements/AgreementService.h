// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/agreements/Agreement.h"
#include "app/common/Result.h"

#include <QByteArray>
#include <optional>

namespace bk {

class Database;

/// The steps of making an agreement that span storage and rendering, for the wizard and the command line:
/// start a draft for a client on the latest policy, print an unsigned copy for paper, and finalise.
///
/// Typical use: start() (or AgreementRepository::draftFor() to resume), fill in the agreement while the
/// wizard advances (addEvent(stepCompleted(), …) per step), AgreementRepository::saveDraft() on Cancel,
/// then finalise(), and AgreementFiles::savePdf() with the returned agreement's pdf.
class AgreementService {
public:
    explicit AgreementService(const Database &database)
        : m_db(database) {}

    /// A new, unsaved draft for the client on the latest published policy with the saved practice
    /// profile, in the client's document language; when the client signed before, carrying over what that
    /// agreement recorded for them (Agreement::carryOver()). Invalid when no policy has been published or
    /// when it lacks texts in that language (the message names them); NotFound for an unknown client.
    Result<Agreement> start(qint64 clientId) const;

    /// Checks that everything is in place (Agreement::problemsForSigning()), completes the timeline
    /// (signed, countersigned, PDF produced), renders the signed PDF, stores it with its SHA-256 and marks
    /// the agreement signed, recording the client's acknowledgement of the policy version. Returns the
    /// signed agreement. Invalid, with every missing item in the message, when it is not complete.
    Result<Agreement> finalise(const Agreement &draft) const;

    /// The PDF to print and sign by hand: blank signature lines, nothing stored.
    Result<QByteArray> unsignedCopy(const Agreement &draft) const;

    /// The client's open draft, if there is one.
    Result<std::optional<Agreement>> draftFor(qint64 clientId) const;
    /// The agreement with `id`, signed or not; NotFound when there is none.
    Result<Agreement> get(qint64 id) const;
    /// The client's most recently signed agreement, if they signed one.
    Result<std::optional<Agreement>> latestSigned(qint64 clientId) const;
    /// Saves the draft (inserting it when it has no id yet, and giving it one); a signed agreement is
    /// refused.
    Status saveDraft(Agreement &draft) const;
    /// Marks the draft `id` discarded, when and by whom, and keeps it: it no longer counts as the client's
    /// draft, and a new one can be started. Conflict for a signed or already discarded agreement, NotFound
    /// for an unknown id.
    Status discardDraft(qint64 id) const;
    /// The highest policy version the client acknowledged, 0 when none.
    Result<int> acknowledgedVersion(qint64 clientId) const;
    /// Invalid, naming every boundary and step without a text in `language`, when `policy` cannot be
    /// printed in that language; the agreement's document language must be one the policy has.
    static Status checkLanguage(const PolicyVersion &policy, const QString &language);

private:
    const Database &m_db;
};

} // namespace bk
