// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/policy/PolicyDiff.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <algorithm>

namespace bk {

namespace PolicyFields {

QString key(PolicyField field) {
    switch (field) {
    case PolicyField::Title:
        return QStringLiteral("title");
    case PolicyField::Description:
        return QStringLiteral("description");
    case PolicyField::Appropriate:
        return QStringLiteral("appropriate");
    case PolicyField::Consequence:
        return QStringLiteral("consequence");
    }
    return {};
}

QString label(PolicyField field) {
    switch (field) {
    case PolicyField::Title:
        return QCoreApplication::translate("PolicyField", "Title");
    case PolicyField::Description:
        return QCoreApplication::translate("PolicyField", "Description");
    case PolicyField::Appropriate:
        return QCoreApplication::translate("PolicyField", "Appropriate behaviour");
    case PolicyField::Consequence:
        return QCoreApplication::translate("PolicyField", "Consequence");
    }
    return {};
}

} // namespace PolicyFields

namespace {

QList<std::pair<PolicyField, QString>> fieldsOf(const Boundary &boundary) {
    return {{PolicyField::Title, boundary.title},
            {PolicyField::Description, boundary.description},
            {PolicyField::Appropriate, boundary.appropriate},
            {PolicyField::Consequence, boundary.consequence}};
}

QList<std::pair<PolicyField, QString>> fieldsOf(const LadderStep &step) {
    return {{PolicyField::Title, step.title}, {PolicyField::Description, step.description}};
}

// The keys of a longest common subsequence of `a` and `b` (short lists: a plain O(n*m) table).
QSet<QString> inOrder(const QStringList &a, const QStringList &b) {
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    QList<QList<int>> length(n + 1, QList<int>(m + 1, 0));
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            length[i][j] =
                a.at(i) == b.at(j) ? length[i + 1][j + 1] + 1 : std::max(length[i + 1][j], length[i][j + 1]);
    }
    QSet<QString> keys;
    for (qsizetype i = 0, j = 0; i < n && j < m;) {
        if (a.at(i) == b.at(j)) {
            keys.insert(a.at(i));
            ++i;
            ++j;
        } else if (length[i + 1][j] >= length[i][j + 1]) {
            ++i;
        } else {
            ++j;
        }
    }
    return keys;
}

template <typename Item> QList<PolicyItemChange> compare(const QList<Item> &from, const QList<Item> &to) {
    QHash<QString, int> oldPositions;
    for (int i = 0; i < from.size(); ++i)
        oldPositions.insert(from.at(i).key, i);
    QSet<QString> newKeys;
    for (const Item &item : to)
        newKeys.insert(item.key);

    // Items both sides share, in each side's order. Those outside a longest common subsequence moved; the
    // others only shifted because something was added or removed around them.
    QStringList oldShared;
    for (const Item &item : from) {
        if (newKeys.contains(item.key))
            oldShared.append(item.key);
    }
    QStringList newShared;
    for (const Item &item : to) {
        if (oldPositions.contains(item.key))
            newShared.append(item.key);
    }
    const QSet<QString> stayed = inOrder(oldShared, newShared);

    QList<PolicyItemChange> changes;
    for (int i = 0; i < to.size(); ++i) {
        const Item &item = to.at(i);
        PolicyItemChange change;
        change.key = item.key;
        change.newTitle = item.title;
        change.newPosition = i;
        const auto old = oldPositions.constFind(item.key);
        if (old == oldPositions.cend()) {
            change.kind = PolicyItemChange::Kind::Added;
            for (const auto &[field, value] : fieldsOf(item))
                change.fields.append({field, QString(), value});
            changes.append(change);
            continue;
        }
        const Item &before = from.at(*old);
        change.kind = PolicyItemChange::Kind::Changed;
        change.oldTitle = before.title;
        change.oldPosition = *old;
        change.moved = !stayed.contains(item.key);
        const auto oldFields = fieldsOf(before);
        const auto newFields = fieldsOf(item);
        for (int f = 0; f < newFields.size(); ++f) {
            if (oldFields.at(f).second != newFields.at(f).second)
                change.fields.append({newFields.at(f).first, oldFields.at(f).second, newFields.at(f).second});
        }
        if (!change.fields.isEmpty() || change.moved)
            changes.append(change);
    }
    for (int i = 0; i < from.size(); ++i) {
        const Item &item = from.at(i);
        if (newKeys.contains(item.key))
            continue;
        PolicyItemChange change;
        change.kind = PolicyItemChange::Kind::Removed;
        change.key = item.key;
        change.oldTitle = item.title;
        change.oldPosition = i;
        for (const auto &[field, value] : fieldsOf(item))
            change.fields.append({field, value, QString()});
        changes.append(change);
    }
    return changes;
}

} // namespace

PolicyDiff PolicyDiff::between(const PolicyDocument &from, const PolicyDocument &to) {
    PolicyDiff diff;
    diff.boundaries = compare(from.activeBoundaries(), to.activeBoundaries());
    diff.ladder = compare(from.ladder, to.ladder);
    return diff;
}

} // namespace bk
