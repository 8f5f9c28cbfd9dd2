// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/policy/BoundaryPolicy.h"

#include <QList>
#include <QString>

namespace bk {

/// The text fields of boundaries and ladder steps that a comparison reports.
enum class PolicyField { Title, Description, Appropriate, Consequence };

namespace PolicyFields {
/// Stable key, e.g. "consequence" (as in the canonical text and the CLI's JSON).
QString key(PolicyField field);
/// Translated label, e.g. "Consequence".
QString label(PolicyField field);
} // namespace PolicyFields

/// One field whose text differs between two versions.
struct FieldChange {
    PolicyField field = PolicyField::Title;
    QString oldText;
    QString newText;

    friend bool operator==(const FieldChange &, const FieldChange &) = default;
};

/// How one boundary or ladder step differs between two versions.
struct PolicyItemChange {
    enum class Kind { Added, Removed, Changed };
    Kind kind = Kind::Changed;
    QString key;
    QString oldTitle;     ///< empty when added
    QString newTitle;     ///< empty when removed
    int oldPosition = -1; ///< 0-based position in the old version, -1 when added
    int newPosition = -1; ///< 0-based position in the new version, -1 when removed
    /// For Changed: the fields whose text differs (possibly none when only the position moved). For Added
    /// and Removed: every field, with the missing side empty, so a side-by-side view needs nothing else.
    QList<FieldChange> fields;

    /// Whether the item's position relative to the items both versions share changed.
    bool moved = false;
};

/// What changed between two policy documents, as plain data for a side-by-side view or the CLI.
struct PolicyDiff {
    /// In the new document's order, with removed items after the others in the old document's order.
    QList<PolicyItemChange> boundaries;
    QList<PolicyItemChange> ladder;

    bool isEmpty() const { return boundaries.isEmpty() && ladder.isEmpty(); }

    /// Compares the publishable content of `from` and `to` (retired boundaries count as absent).
    static PolicyDiff between(const PolicyDocument &from, const PolicyDocument &to);
};

} // namespace bk
