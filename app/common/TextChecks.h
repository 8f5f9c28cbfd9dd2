// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include <QString>

/// Control characters in text people type: refused on the way in, shown escaped on the way out, so that
/// stored text can never drive a terminal (ESC sequences, BEL, a CR that overwrites a line).
namespace bk::TextChecks {

/// Whether a single-line field (`multiLine` false) or a multi-line one (which keeps tab and line feed)
/// may hold `c`: every C0 control, DEL and every C1 control is refused otherwise.
bool isAllowed(QChar c, bool multiLine);

/// Whether `text` holds a character isAllowed() refuses.
bool hasControlCharacters(const QString &text, bool multiLine);

/// The first refused character of `text` as "U+001B", for messages; empty when there is none.
QString firstControlCharacter(const QString &text, bool multiLine);

/// `text` with every refused character written as "\x1b" (C0 and DEL) or "\u009b" (C1): printable.
QString escapeControls(const QString &text, bool multiLine);

} // namespace bk::TextChecks
