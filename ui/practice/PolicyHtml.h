// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/policy/BoundaryPolicy.h"
#include "app/policy/PolicyDiff.h"

#include <QString>

namespace bk {

/// Rich text for showing policies in a QTextBrowser: a whole version, a side-by-side comparison, and the
/// short summary a publish confirmation shows.
namespace PolicyHtml {

/// The full text of `version`: its boundaries with every field, then the ladder.
QString version(const PolicyVersion &version);
/// Changes from `from` to `to`, side by side, with removed text and added text highlighted.
QString comparison(const PolicyDiff &diff, const QString &fromLabel, const QString &toLabel);
/// One plain-text line per added, removed or changed item, for a confirmation.
QString summary(const PolicyDiff &diff);

} // namespace PolicyHtml

} // namespace bk
