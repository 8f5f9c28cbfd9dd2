// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/common/Clock.h"

#include <QTimeZone>

namespace bk {

namespace {
std::function<QDateTime()> &replacement() {
    static std::function<QDateTime()> function;
    return function;
}

// Invalid while no practice zone is set, or when it is the system's: times are then the system's.
QTimeZone &practiceZone() {
    static QTimeZone zone;
    return zone;
}

const QTimeZone &systemZone() {
    static const QTimeZone system = QTimeZone::systemTimeZone();
    return system;
}

const QTimeZone &shownZone() {
    return practiceZone().isValid() ? practiceZone() : systemZone();
}
} // namespace

QDateTime Clock::nowUtc() {
    const auto &function = replacement();
    return (function ? function() : QDateTime::currentDateTimeUtc()).toUTC();
}

QDate Clock::todayLocal() {
    return toLocal(nowUtc()).date();
}

QDateTime Clock::toLocal(const QDateTime &utc) {
    const QTimeZone &zone = shownZone();
    return zone.isValid() ? utc.toTimeZone(zone) : utc.toLocalTime();
}

QDateTime Clock::toWallClock(const QDateTime &utc) {
    const QDateTime local = toLocal(utc);
    return local.isValid() ? QDateTime(local.date(), local.time()) : QDateTime();
}

QDateTime Clock::fromWallClock(const QDateTime &wallClock) {
    const QTimeZone &zone = shownZone();
    if (!wallClock.isValid() || !zone.isValid())
        return wallClock.toUTC();
    return QDateTime(wallClock.date(), wallClock.time(), zone).toUTC();
}

void Clock::setPracticeZone(const QByteArray &ianaId) {
    const QTimeZone zone = ianaId.isEmpty() ? QTimeZone() : QTimeZone(ianaId);
    practiceZone() = zone.isValid() && zone != systemZone() ? zone : QTimeZone();
}

QString Clock::zoneLabel() {
    if (!practiceZone().isValid())
        return {};
    // "America/Argentina/Buenos_Aires" → "Buenos Aires": the city names the zone well enough beside a time.
    const QString id = QString::fromUtf8(practiceZone().id());
    return id.section(QLatin1Char('/'), -1).replace(QLatin1Char('_'), QLatin1Char(' '));
}

QString Clock::withZone(const QString &time) {
    const QString zone = zoneLabel();
    return zone.isEmpty() || time.isEmpty() ? time : tr("%1 (%2 time)").arg(time, zone);
}

QString Clock::headerWithZone(const QString &header) {
    const QString zone = zoneLabel();
    return zone.isEmpty() ? header : tr("%1 (%2)").arg(header, zone);
}

void Clock::setNowFunction(std::function<QDateTime()> now) {
    replacement() = std::move(now);
}

std::function<QDateTime()> Clock::nowFunction() {
    return replacement();
}

} // namespace bk
