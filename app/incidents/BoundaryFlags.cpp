// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/incidents/BoundaryFlags.h"

#include <QTimeZone>

namespace bk {

CommunicationTerms CommunicationTerms::fromProfile(const PracticeProfile &profile) {
    return CommunicationTerms{profile.timeZoneId, profile.hours, profile.channels};
}

namespace BoundaryFlags {

bool outsideHours(const QDateTime &occurredAt, const CommunicationTerms &terms) {
    const QTimeZone zone(terms.timeZoneId);
    const QDateTime local =
        zone.isValid() ? occurredAt.toTimeZone(zone) : occurredAt.toTimeZone(QTimeZone::systemTimeZone());
    const WorkingDay day = terms.day(Qt::DayOfWeek(local.date().dayOfWeek()));
    if (!day.open)
        return true;
    const QTime time = local.time();
    return time < day.start || time >= day.end;
}

bool outsideChannel(ContactChannel channel, const CommunicationTerms &terms) {
    for (const ChannelTerms &channelTerms : terms.channels) {
        if (channelTerms.channel == channel)
            return !channelTerms.allowed;
    }
    return true;
}

} // namespace BoundaryFlags

} // namespace bk
