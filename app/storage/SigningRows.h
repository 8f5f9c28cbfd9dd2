// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/agreements/SigningRecord.h"
#include "app/common/Clock.h"
#include "app/common/Result.h"
#include "app/storage/Database.h"

#include <QString>
#include <QStringList>
#include <functional>

class QSqlQuery;

namespace bk {

/// How signed documents (agreements, behavioural contracts) are stored alike: the main row's common
/// columns, the two signatures in <kind>_signatures, the timeline in <kind>_events, and signing, which
/// freezes the row. Used only by the repositories; `kind` is "agreement" or "contract" (the tables are
/// <kind>s, <kind>_signatures and <kind>_events, the child key <kind>_id).
namespace SigningRows {

/// The main row's columns that every signed document has, in the order readCommon() expects them.
QStringList commonColumns();
/// "INSERT INTO <kind>s (common columns, `extra`, status) VALUES (:column…, 'draft') RETURNING id".
QString insertDraftSql(const QString &kind, const QStringList &extra);
/// "UPDATE <kind>s SET column = :column… WHERE id = :id AND status = 'draft' (and not discarded) RETURNING
/// id".
QString updateDraftSql(const QString &kind, const QStringList &extra);
/// Binds the common columns' placeholders (":document_id", …) from `record`.
void bindCommon(QSqlQuery &query, const SigningRecord &record);
/// Reads the common columns starting at column `first` of `query`, and then status, signed_at, pdf_sha256,
/// pdf, the client's document language and discarded_at. Damaged when the stored terms cannot be read.
Status readCommon(const QSqlQuery &query, int first, SigningRecord &record);
/// The communication terms stored (as JSON) with the document `documentId`; Damaged when they cannot be read.
Result<PracticeProfile> readTerms(const QVariant &json, const QString &documentId);
/// The columns readCommon() reads, joined for a SELECT.
QString selectColumns();
/// The state a row's status and discarded_at columns say.
AgreementState stateOf(const QVariant &status, const QVariant &discardedAt);

/// Replaces a draft's signatures and timeline with `record`'s; no transaction of its own.
Status writeChildren(const Database &database, const QString &kind, const SigningRecord &record);
/// Reads the signatures and the timeline of `record.id` into `record`.
Status readChildren(const Database &database, const QString &kind, SigningRecord &record);
/// Marks the draft row `record.id` signed with its signedAt, PDF and SHA-256; Conflict when it is no longer
/// a draft. Once signed, the schema's triggers refuse every further change.
Status markSigned(const Database &database, const QString &kind, const SigningRecord &record);
/// Calls `visit` with the document ID and the stored PDF of every signed <kind>, oldest first, until it
/// returns false.
Status eachSignedPdf(const Database &database, const QString &kind,
                     const std::function<bool(const QString &documentId, const QByteArray &pdf)> &visit);
/// Invalid unless `record` carries signedAt, its final PDF and the PDF's SHA-256.
Status checkFinal(const SigningRecord &record);

/// What a repository's messages call its documents, e.g. "A signed agreement cannot be changed.".
struct Messages {
    QString signedCannotChange; ///< saving a signed document
    QString alreadySigned;      ///< finalising a signed document
    QString draftGone;          ///< the draft no longer exists
    QString discarding;         ///< "discarding the agreement draft", for storage errors
};

/// Conflict: a discarded draft is neither changed nor signed.
Error discardedError();

/// Saves a draft with `write` (SigningRows::insertDraftSql()/updateDraftSql() and the children) in one
/// transaction, on a copy stamped with updatedAt (and createdAt when new): `record` changes only when it
/// succeeds. Conflict for a signed record.
template <typename Record>
Status saveDraft(const Database &database, const Messages &messages, Record &record,
                 const std::function<Status(Record &)> &write) {
    if (Status writable = database.checkWritable(); !writable)
        return writable;
    if (record.isSigned())
        return Error{Error::Kind::Conflict, messages.signedCannotChange};
    if (record.isDiscarded())
        return discardedError();
    Record saved = record;
    saved.updatedAt = Clock::nowUtc();
    if (!saved.createdAt.isValid())
        saved.createdAt = saved.updatedAt;
    if (Status status = database.transaction([&]() { return write(saved); }); !status)
        return status;
    record = saved;
    return {};
}

/// Marks the draft `id` discarded, now and by the practitioner signed in, keeping it and its children as they
/// are (the triggers refuse every later change); Conflict for a signed or already discarded one, NotFound
/// when there is none.
Status discardDraft(const Database &database, const QString &kind, const Messages &messages, qint64 id);

/// Writes the draft's final content with `write`, marks it signed (markSigned()) and runs `alongside` (more
/// writes that belong to signing), all in one transaction. The record must carry signedAt, its PDF and the
/// PDF's SHA-256; on success its state is Signed. Announces "<kind>s".
template <typename Record>
Status finalise(const Database &database, const QString &kind, const Messages &messages, Record &record,
                const std::function<Status(Record &)> &write,
                const std::function<Status(const Record &)> &alongside) {
    if (Status writable = database.checkWritable(); !writable)
        return writable;
    if (record.isSigned())
        return Error{Error::Kind::Conflict, messages.alreadySigned};
    if (record.isDiscarded())
        return discardedError();
    if (Status complete = checkFinal(record); !complete)
        return complete;
    Record draft = record;
    draft.updatedAt = draft.signedAt;
    if (!draft.createdAt.isValid())
        draft.createdAt = draft.signedAt;
    const Status status = database.transaction([&]() -> Status {
        if (Status written = write(draft); !written)
            return written;
        // Content first, status last: once the row says 'signed', the triggers refuse every further write.
        if (Status signedRow = markSigned(database, kind, draft); !signedRow)
            return signedRow;
        return alongside(draft);
    });
    if (!status)
        return status;
    draft.state = AgreementState::Signed;
    record = draft;
    return {};
}

} // namespace SigningRows

} // namespace bk
