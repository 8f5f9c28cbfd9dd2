// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/Result.h"

#include <QByteArray>
#include <QString>

namespace bk {

struct Agreement;
struct Contract;

/// Where agreement, contract and summary PDFs are saved: by default a private per-client folder under the
/// data folder, agreements/<client id>-<name slug>/, with files readable by the user only (0600, folders
/// 0700).
namespace AgreementFiles {

/// "anna-schmidt" for "Anna Schmidt": lower-case ASCII letters and digits joined by "-"; "client" when
/// nothing is left.
QString slug(const QString &name);
/// The client's default folder for their agreements, contracts and letters, "clients/<id>-<slug>" in the
/// data folder (created 0700 when missing; one made as "agreements/<id>-<slug>" by earlier versions moves).
Result<QString> defaultFolder(qint64 clientId, const QString &clientName);
/// "boundary-agreement-v2-2026-11-22-<first 8 of the document ID>.pdf" (or "…-unsigned-…").
QString defaultFileName(const Agreement &agreement, bool unsignedCopy = false);
/// "behavioural-contract-2026-11-22-<first 8 of the document ID>.pdf" (or "…-unsigned-…").
QString defaultFileName(const Contract &contract, bool unsignedCopy = false);
/// Writes `pdf` to `path` atomically, mode 0600.
Status savePdf(const QByteArray &pdf, const QString &path);

} // namespace AgreementFiles

} // namespace bk
