// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/ContactChannel.h"
#include "app/policy/PracticeProfile.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <array>

namespace bk {

/// The communication terms an incident is judged against: working hours in a time zone and the agreed
/// channels. Today they come from the practice profile; a client's signed agreement will supply its own.
struct CommunicationTerms {
    QByteArray timeZoneId;           ///< IANA id; an unknown id means the system time zone
    std::array<WorkingDay, 7> hours; ///< Monday first
    QList<ChannelTerms> channels;

    static CommunicationTerms fromProfile(const PracticeProfile &profile);
    WorkingDay day(Qt::DayOfWeek weekday) const { return hours.at(std::size_t(weekday) - 1); }
};

/// The automatic flags of an incident, as pure functions.
namespace BoundaryFlags {

/// Whether `occurredAt` falls outside the agreed working hours: converted into the terms' time zone (with
/// its daylight-saving rules), a closed weekday is outside, and an open one is inside from start
/// (inclusive) to end (exclusive), so 09:00 is inside and 18:00 is outside hours of 9:00 to 18:00.
bool outsideHours(const QDateTime &occurredAt, const CommunicationTerms &terms);

/// Whether `channel` is not one the terms allow (a channel the terms do not mention is not allowed).
bool outsideChannel(ContactChannel channel, const CommunicationTerms &terms);

} // namespace BoundaryFlags

} // namespace bk
