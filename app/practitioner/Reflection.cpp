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

QList<ReflectionPeriod> ReflectionPeriods::all() {
    return {ReflectionPeriod::AnyTime,         ReflectionPeriod::ThisMonth, ReflectionPeriod::LastMonth,
            ReflectionPeriod::LastThreeMonths, ReflectionPeriod::ThisYear,  ReflectionPeriod::LastYear};
}

QString ReflectionPeriods::label(ReflectionPeriod period) {
    switch (period) {
    case ReflectionPeriod::AnyTime:
        return tr("Any time");
    case ReflectionPeriod::ThisMonth:
        return tr("This month");
    case ReflectionPeriod::LastMonth:
        return tr("Last month");
    case ReflectionPeriod::LastThreeMonths:
        return tr("The last three months");
    case ReflectionPeriod::ThisYear:
        return tr("This year");
    case ReflectionPeriod::LastYear:
        return tr("Last year");
    }
    return {};
}

void ReflectionPeriods::apply(ReflectionPeriod period, const QDate &today, ReflectionFilter *filter) {
    const QDate month(today.year(), today.month(), 1);
    const QDate year(today.year(), 1, 1);
    filter->from = QDate();
    filter->to = QDate();
    switch (period) {
    case ReflectionPeriod::AnyTime:
        break;
    case ReflectionPeriod::ThisMonth:
        filter->from = month;
        break;
    case ReflectionPeriod::LastMonth:
        filter->from = month.addMonths(-1);
        filter->to = month.addDays(-1);
        break;
    case ReflectionPeriod::LastThreeMonths:
        filter->from = month.addMonths(-2);
        break;
    case ReflectionPeriod::ThisYear:
        filter->from = year;
        break;
    case ReflectionPeriod::LastYear:
        filter->from = year.addYears(-1);
        filter->to = year.addDays(-1);
        break;
    }
}

qint64 MonthlyReview::outsideHoursContacts() const {
    return std::count_if(ownLapses.begin(), ownLapses.end(),
                         [](const OwnLapse &lapse) { return lapse.outsideHours; });
}

} // namespace bk
