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
} // namespace

QDateTime Clock::nowUtc() {
    const auto &function = replacement();
    return (function ? function() : QDateTime::currentDateTimeUtc()).toUTC();
}

QDate Clock::todayLocal() {
    return nowUtc().toLocalTime().date();
}

QDateTime Clock::toLocal(const QDateTime &utc) {
    static const QTimeZone system = QTimeZone::systemTimeZone();
    return system.isValid() ? utc.toTimeZone(system) : utc.toLocalTime();
}

void Clock::setNowFunction(std::function<QDateTime()> now) {
    replacement() = std::move(now);
}

std::function<QDateTime()> Clock::nowFunction() {
    return replacement();
}

} // namespace bk
