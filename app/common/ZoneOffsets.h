// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QTimeZone>

namespace bk {

/// The offsets from UTC a time zone uses over a stretch of time (one per daylight-saving period), so that
/// UTC instants turn into local wall-clock times by an addition: in C++ for grouped counts, or in SQL as a
/// few ranges, instead of a time-zone lookup per instant.
class ZoneOffsets {
public:
    /// One stretch of time with a single offset: [fromSecs, toSecs) in seconds since the epoch (UTC).
    struct Stretch {
        qint64 fromSecs = 0;
        qint64 toSecs = 0;
        int offsetSeconds = 0;
    };

    /// The stretches of `zoneId` covering [fromUtc, toUtc); an empty or unknown id means the system zone.
    ZoneOffsets(const QByteArray &zoneId, const QDateTime &fromUtc, const QDateTime &toUtc);

    /// The zone `zoneId` names, or the system time zone when it names none.
    static QTimeZone zone(const QByteArray &zoneId);
    /// The UTC instant at which the local calendar day `date` starts in `zoneId`.
    static QDateTime dayStartUtc(const QByteArray &zoneId, const QDate &date);

    const QList<Stretch> &stretches() const { return m_stretches; }
    /// Whether every offset is a whole number of hours, so that a UTC hour lies within one local hour.
    bool wholeHours() const;
    /// The local wall-clock time of `utcSecs`, as seconds since the epoch of that wall clock.
    qint64 localSecs(qint64 utcSecs) const;

private:
    QList<Stretch> m_stretches;
};

} // namespace bk
