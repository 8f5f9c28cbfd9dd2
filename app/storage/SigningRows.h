// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "agreements/SigningRecord.h"
#include "common/Result.h"

#include <QString>
#include <QStringList>

class QSqlQuery;

namespace bk {

class Database;

/// How signed documents (agreements, behavioural contracts) are stored alike: the main row's common
/// columns, the two signatures in <kind>_signatures, the timeline in <kind>_events, and signing, which
/// freezes the row. Used only by the repositories; `kind` is "agreement" or "contract" (the tables are
/// <kind>s, <kind>_signatures and <kind>_events, the child key <kind>_id).
namespace SigningRows {

/// The main row's columns that every signed document has, in the order readCommon() expects them.
QStringList commonColumns();
/// "INSERT INTO <kind>s (common columns, `extra`, status) VALUES (:column…, 'draft') RETURNING id".
QString insertDraftSql(const QString &kind, const QStringList &extra);
/// "UPDATE <kind>s SET column = :column… WHERE id = :id AND status = 'draft' RETURNING id".
QString updateDraftSql(const QString &kind, const QStringList &extra);
/// Binds the common columns' placeholders (":document_id", …) from `record`.
void bindCommon(QSqlQuery &query, const SigningRecord &record);
/// Reads the common columns starting at column `first` of `query`, and then status, signed_at, pdf_sha256
/// and pdf. Damaged when the stored terms cannot be read.
Status readCommon(const QSqlQuery &query, int first, SigningRecord &record);
/// The columns readCommon() reads, joined for a SELECT.
QString selectColumns();

/// Replaces a draft's signatures and timeline with `record`'s; no transaction of its own.
Status writeChildren(const Database &database, const QString &kind, const SigningRecord &record);
/// Reads the signatures and the timeline of `record.id` into `record`.
Status readChildren(const Database &database, const QString &kind, SigningRecord &record);
/// Marks the draft row `record.id` signed with its signedAt, PDF and SHA-256; Conflict when it is no longer
/// a draft. Once signed, the schema's triggers refuse every further change.
Status markSigned(const Database &database, const QString &kind, const SigningRecord &record);

} // namespace SigningRows

} // namespace bk
