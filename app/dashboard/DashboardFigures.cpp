// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/dashboard/DashboardFigures.h"

#include "app/common/Clock.h"
#include "app/common/ZoneOffsets.h"

#include <QCoreApplication>

namespace bk {

namespace {
// lupdate files these messages under "DashboardFigures", the context Tr::tr() asks for at run time.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(DashboardFigures)
};
} // namespace

DashboardRequest DashboardRequest::lastDays(int days, const QByteArray &timeZoneId) {
    const QDate today = Clock::nowUtc().toTimeZone(ZoneOffsets::zone(timeZoneId)).date();
    return DashboardRequest{today.addDays(1 - std::max(days, 1)), today, std::nullopt};
}

namespace RepeatBands {

QString key(RepeatBand band) {
    switch (band) {
    case RepeatBand::Once:
        return QStringLiteral("1");
    case RepeatBand::TwoToFive:
        return QStringLiteral("2-5");
    case RepeatBand::SixOrMore:
        return QStringLiteral("6+");
    }
    return {};
}

QString label(RepeatBand band) {
    switch (band) {
    case RepeatBand::Once:
        return Tr::tr("Once");
    case RepeatBand::TwoToFive:
        return Tr::tr("2–5 times");
    case RepeatBand::SixOrMore:
        return Tr::tr("6+ times");
    }
    return {};
}

int minimum(RepeatBand band) {
    return band == RepeatBand::Once ? 1 : band == RepeatBand::TwoToFive ? 2 : 6;
}

int maximum(RepeatBand band) {
    return band == RepeatBand::Once ? 1 : band == RepeatBand::TwoToFive ? 5 : 0;
}

RepeatBand of(qint64 count) {
    return count <= 1 ? RepeatBand::Once : count <= 5 ? RepeatBand::TwoToFive : RepeatBand::SixOrMore;
}

} // namespace RepeatBands

QString DashboardFigures::boundaryLabel(const QString &key) const {
    for (const KeyedCount &boundary : byBoundary) {
        if (boundary.key == key && !boundary.label.isEmpty())
            return boundary.label;
    }
    return key;
}

} // namespace bk
