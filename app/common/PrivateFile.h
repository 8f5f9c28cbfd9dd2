// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/Result.h"

#include <QByteArray>
#include <QString>
#include <functional>

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

/// Hands each part of a file to the function it is given, which appends it; an error stops the writing.
using Parts = std::function<Status(const std::function<Status(const QByteArray &part)> &append)>;
/// Writes the parts `parts` hands over to `path` as save() writes its bytes (atomically, 0600), without
/// holding the whole file in memory. When `parts` fails, its error is returned and nothing is left at `path`
/// but what was there before.
Status save(const Parts &parts, const QString &path);

} // namespace PrivateFile

} // namespace bk
