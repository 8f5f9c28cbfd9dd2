// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/common/ZoneOffsets.h"

#include <QTime>
#include <algorithm>

namespace bk {

ZoneOffsets::ZoneOffsets(const QByteArray &zoneId, const QDateTime &fromUtc, const QDateTime &toUtc) {
    const QTimeZone tz = zone(zoneId);
    const qint64 from = fromUtc.toSecsSinceEpoch();
    const qint64 to = std::max(from, toUtc.toSecsSinceEpoch());
    Stretch current{from, to, tz.offsetFromUtc(fromUtc)};
    // Transitions strictly after the start: one at the very start is already in offsetFromUtc(fromUtc).
    const QTimeZone::OffsetDataList transitions = tz.transitions(fromUtc.addSecs(1), toUtc.addSecs(-1));
    for (const QTimeZone::OffsetData &transition : transitions) {
        const qint64 at = transition.atUtc.toSecsSinceEpoch();
        if (at <= current.fromSecs || at >= to)
            continue;
        if (transition.offsetFromUtc == current.offsetSeconds)
            continue;
        current.toSecs = at;
        m_stretches.append(current);
        current = Stretch{at, to, transition.offsetFromUtc};
    }
    m_stretches.append(current);
}

QTimeZone ZoneOffsets::zone(const QByteArray &zoneId) {
    const QTimeZone tz(zoneId);
    return tz.isValid() ? tz : QTimeZone::systemTimeZone();
}

QDateTime ZoneOffsets::dayStartUtc(const QByteArray &zoneId, const QDate &date) {
    // A day that starts in a daylight-saving gap starts at the first valid time after it.
    return QDateTime(date, QTime(0, 0), zone(zoneId)).toUTC();
}

bool ZoneOffsets::wholeHours() const {
    return std::all_of(m_stretches.cbegin(), m_stretches.cend(),
                       [](const Stretch &stretch) { return stretch.offsetSeconds % 3600 == 0; });
}

qint64 ZoneOffsets::localSecs(qint64 utcSecs) const {
    // The last stretch that starts at or before the instant; before the first, the first one's offset.
    const auto after =
        std::upper_bound(m_stretches.cbegin(), m_stretches.cend(), utcSecs,
                         [](qint64 secs, const Stretch &stretch) { return secs < stretch.fromSecs; });
    const Stretch &stretch = after == m_stretches.cbegin() ? m_stretches.constFirst() : *(after - 1);
    return utcSecs + stretch.offsetSeconds;
}

} // namespace bk
