// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include <QString>

namespace bk {

/// One field of a record in which the version saved elsewhere and the one being saved differ, as the
/// conflict dialog lists it for the practitioner to choose between.
struct FieldConflict {
    QString label;  ///< the field's name, as the form shows it
    QString theirs; ///< the value saved elsewhere, as text
    QString mine;   ///< the value being saved, as text
    /// Whether this side changed the field from what it opened: then keeping it is the suggestion; a field
    /// only the other side changed suggests taking theirs, so that both sides' edits survive.
    bool changedByMe = false;
    /// Whether the other side changed it too: the same field edited on both sides.
    bool changedByThem = false;
};

} // namespace bk
