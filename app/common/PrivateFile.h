// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/Result.h"

#include <QByteArray>
#include <QString>

namespace bk {

/// Files Boundary Keeper writes for the user (PDFs, calendar files): private, and never half-written.
namespace PrivateFile {

/// Whether `path` may be written at all: not a symbolic link (dangling or not), since the file would be
/// written where the link points, somewhere the user did not name. Invalid, naming the path, when it is one.
Status checkTarget(const QString &path);

/// Writes `bytes` to `path` atomically (a temporary file renamed over it), readable by the user only
/// (0600) whatever the process's umask. Io, naming the path and the reason, on failure (a full disk
/// included); then whatever was at `path` before is left as it was and nothing new is there. Refuses a
/// symbolic link at `path` as checkTarget() does.
Status save(const QByteArray &bytes, const QString &path);

} // namespace PrivateFile

} // namespace bk
