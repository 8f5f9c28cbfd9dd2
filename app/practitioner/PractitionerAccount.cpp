// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/practitioner/PractitionerAccount.h"

namespace bk {

QList<PracticeRole> PracticeRoles::all() {
    return {PracticeRole::Owner, PracticeRole::Practitioner, PracticeRole::Administrator};
}

QString PracticeRoles::key(PracticeRole role) {
    switch (role) {
    case PracticeRole::Owner:
        return QStringLiteral("owner");
    case PracticeRole::Practitioner:
        return QStringLiteral("practitioner");
    case PracticeRole::Administrator:
        return QStringLiteral("administrator");
    }
    return {};
}

std::optional<PracticeRole> PracticeRoles::fromKey(const QString &key) {
    for (PracticeRole role : all()) {
        if (PracticeRoles::key(role) == key)
            return role;
    }
    return std::nullopt;
}

QString PracticeRoles::label(PracticeRole role) {
    switch (role) {
    case PracticeRole::Owner:
        return tr("Owner");
    case PracticeRole::Practitioner:
        return tr("Practitioner");
    case PracticeRole::Administrator:
        return tr("Administrator");
    }
    return {};
}

QString PracticeRoles::inSentence(PracticeRole role) {
    switch (role) {
    case PracticeRole::Owner:
        return tr("owner", "the role within a sentence");
    case PracticeRole::Practitioner:
        return tr("practitioner", "the role within a sentence");
    case PracticeRole::Administrator:
        return tr("administrator", "the role within a sentence");
    }
    return {};
}

QString PractitionerAccount::shownName() const {
    if (displayName.isEmpty() || displayName == login)
        return login;
    return QStringLiteral("%1 (%2)").arg(displayName, login);
}

} // namespace bk
