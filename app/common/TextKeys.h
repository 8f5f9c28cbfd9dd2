// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include <QString>

namespace bk::TextKeys {

/// Text as sorted and searched: accents removed and case folded ("Émile" → "emile", "MÜLLER" → "muller"),
/// so a list sorts names the way people expect and a search finds "José" when "jose" is typed.
QString fold(const QString &text);

} // namespace bk::TextKeys
