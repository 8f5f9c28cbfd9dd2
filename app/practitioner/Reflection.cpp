// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/practitioner/Reflection.h"

#include <algorithm>

namespace bk {

QList<DisclosureDecision> DisclosureDecisions::all() {
    return {DisclosureDecision::Shared, DisclosureDecision::HeldBack, DisclosureDecision::TalkToSupervisor};
}

QString DisclosureDecisions::key(DisclosureDecision decision) {
    switch (decision) {
    case DisclosureDecision::Shared:
        return QStringLiteral("shared");
    case DisclosureDecision::HeldBack:
        return QStringLiteral("held_back");
    case DisclosureDecision::TalkToSupervisor:
        return QStringLiteral("supervisor");
    }
    return {};
}

std::optional<DisclosureDecision> DisclosureDecisions::fromKey(const QString &key) {
    for (DisclosureDecision decision : all()) {
        if (DisclosureDecisions::key(decision) == key)
            return decision;
    }
    return std::nullopt;
}

QString DisclosureDecisions::label(DisclosureDecision decision) {
    switch (decision) {
    case DisclosureDecision::Shared:
        return tr("I shared it briefly");
    case DisclosureDecision::HeldBack:
        return tr("I kept it to myself");
    case DisclosureDecision::TalkToSupervisor:
        return tr("I'll talk it over with my supervisor");
    }
    return {};
}

qint64 MonthlyReview::outsideHoursContacts() const {
    return std::count_if(ownLapses.begin(), ownLapses.end(),
                         [](const OwnLapse &lapse) { return lapse.outsideHours; });
}

} // namespace bk
