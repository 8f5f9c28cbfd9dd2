// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/dashboard/DashboardStatistics.h"

#include "app/common/Clock.h"

#include <QMap>
#include <algorithm>

namespace bk {

namespace {

// 1970-01-01 as a Julian day: turns the day numbers of Unix time into QDates.
constexpr qint64 UnixEpochJulianDay = 2440588;
constexpr qint64 SecsPerDay = 86400;

qint64 floorDiv(qint64 value, qint64 divisor) {
    return value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor);
}

QList<MonthFigure> monthsOf(const QDate &from, const QDate &to, const QDate &today) {
    QList<MonthFigure> months;
    for (QDate month(from.year(), from.month(), 1); month <= to; month = month.addMonths(1)) {
        const QDate first = std::max(month, from);
        const QDate last = std::min(month.addMonths(1).addDays(-1), to);
        MonthFigure figure;
        figure.month = month;
        figure.daysInPeriod = int(first.daysTo(last) + 1);
        figure.daysElapsed = int(std::clamp(first.daysTo(today) + 1, qint64(0), qint64(figure.daysInPeriod)));
        figure.soFar = first <= today && today <= last;
        months.append(figure);
    }
    return months;
}

void add(QList<KeyedCount> &counts, const QString &key, qint64 count) {
    const auto found =
        std::find_if(counts.begin(), counts.end(), [&key](const KeyedCount &c) { return c.key == key; });
    if (found == counts.end())
        counts.append(KeyedCount{key, QString(), count});
    else
        found->count += count;
}

void sortByCount(QList<KeyedCount> &list) {
    std::sort(list.begin(), list.end(), [](const KeyedCount &a, const KeyedCount &b) {
        return a.count != b.count ? a.count > b.count : a.key < b.key;
    });
}

std::optional<double> median(const QMap<qint64, qint64> &histogram, qint64 total) {
    if (total == 0)
        return std::nullopt;
    // The values at positions (total - 1) / 2 and total / 2 (the same one when total is odd).
    const qint64 lowPosition = (total - 1) / 2;
    const qint64 highPosition = total / 2;
    std::optional<qint64> low;
    qint64 seen = 0;
    for (auto it = histogram.cbegin(); it != histogram.cend(); ++it) {
        seen += it.value();
        if (!low && seen > lowPosition)
            low = it.key();
        if (seen > highPosition)
            return double(*low + it.key()) / 2.0;
    }
    return std::nullopt;
}

} // namespace

DashboardContext DashboardContext::current(const QByteArray &timeZoneId) {
    return DashboardContext{timeZoneId, Clock::todayLocal(), Clock::nowUtc()};
}

DashboardStatistics::DashboardStatistics(const DashboardRequest &request, const DashboardContext &context)
    : m_request(request)
    , m_context(context)
    , m_query{.fromUtc = ZoneOffsets::dayStartUtc(context.timeZoneId, request.from),
              .toUtc = ZoneOffsets::dayStartUtc(context.timeZoneId, request.to.addDays(1)),
              .firstDay = request.from,
              .lastDay = request.to,
              .today = context.today,
              .warningSince = context.nowUtc.addDays(-DashboardFigures::EarlyWarningDays),
              .warningUntil = context.nowUtc,
              .addressDeadlinesBy = context.nowUtc,
              .warningMinimum = DashboardFigures::EarlyWarningMinimum,
              .namedClients = NamedClients,
              .clientId = request.clientId}
    , m_offsets(context.timeZoneId, m_query.fromUtc, m_query.toUtc) {
    // In zones with offsets such as +05:30 or +05:45 a UTC hour spans two local hours.
    m_query.byQuarterHour = !m_offsets.wholeHours();
}

DashboardFigures DashboardStatistics::figures(const DashboardRows &rows) const {
    DashboardFigures figures;
    figures.request = m_request;
    figures.today = m_context.today;
    figures.timeZoneId = m_context.timeZoneId;
    figures.fromUtc = m_query.fromUtc;
    figures.toUtc = m_query.toUtc;
    figures.earlyWarningSince = m_query.warningSince;
    figures.byMonth = monthsOf(m_request.from, m_request.to, m_context.today);

    figures.openIncidents = rows.openIncidents;
    figures.overdueFollowUps = rows.overdueFollowUps;
    figures.reacknowledgementDue = rows.reacknowledgementDue;
    figures.onboardingDrafts = rows.onboardingDrafts;
    figures.clientName = rows.clientName;

    // Self-reported lapses count apart from client incidents.
    for (const DashboardRows::Group &group : rows.groups) {
        if (group.crossedByPractitioner) {
            figures.selfReported += group.count;
            continue;
        }
        figures.incidents += group.count;
        if (group.outsideHours)
            figures.outsideHours += group.count;
        add(figures.byBoundary, group.boundaryKey, group.count);
        add(figures.byChannel, group.channel, group.count);
    }
    sortByCount(figures.byBoundary);
    sortByCount(figures.byChannel);

    // Each UTC hour (or quarter hour) turned into practice-local weekday, hour and month by the offset of its
    // stretch of time.
    // The practitioner's own lapses count per month only, apart from the client incidents.
    for (const DashboardRows::TimeGroup &group : rows.byTime) {
        const qint64 local = m_offsets.localSecs(group.startSecs);
        const qint64 day = floorDiv(local, SecsPerDay);
        // 1970-01-01 was a Thursday (index 3 counting from Monday).
        const auto weekday = std::size_t(((day + 3) % 7 + 7) % 7);
        const auto hour = std::size_t((local - day * SecsPerDay) / 3600);
        if (!group.crossedByPractitioner)
            figures.byWeekdayHour.at(weekday).at(hour) += group.count;
        // byMonth holds every month of the period in order, so the index follows from the date.
        const QDate date = QDate::fromJulianDay(day + UnixEpochJulianDay);
        const QDate first = m_request.from;
        const qsizetype index = (date.year() - first.year()) * 12 + date.month() - first.month();
        if (index >= 0 && index < figures.byMonth.size())
            (group.crossedByPractitioner ? figures.byMonth[index].lapses : figures.byMonth[index].count) +=
                group.count;
    }

    // The share of the period's finished months that were reflected on.
    for (MonthFigure &month : figures.byMonth) {
        month.reflected = rows.reflectedMonths.contains(month.month.toString(QStringLiteral("yyyy-MM")));
        if (month.month.addMonths(1) > m_context.today)
            continue;
        ++figures.monthsOver;
        figures.monthsReflected += month.reflected ? 1 : 0;
    }
    if (figures.monthsOver > 0)
        figures.reflectedShare = double(figures.monthsReflected) / double(figures.monthsOver);

    figures.byClient = rows.byClient;
    for (const ClientCount &client : rows.byClient)
        ++figures.repeatBands.at(std::size_t(RepeatBands::of(client.count)));

    // A histogram of hours to resolution the median is read from.
    QMap<qint64, qint64> resolutionHours;
    for (const DashboardRows::Resolution &resolution : rows.resolutions) {
        if (!resolution.deadlinePassed)
            figures.addressPending += resolution.count;
        else if (resolution.addressedWithin24h)
            figures.addressedWithin24h += resolution.count;
        if (resolution.hours) {
            figures.resolved += resolution.count;
            resolutionHours[*resolution.hours] += resolution.count;
        }
    }
    figures.addressJudged = figures.incidents - figures.addressPending;
    if (figures.addressJudged > 0)
        figures.addressedShare = double(figures.addressedWithin24h) / double(figures.addressJudged);
    if (const std::optional<double> hours = median(resolutionHours, figures.resolved))
        figures.medianDaysToResolution = *hours / 24.0;

    figures.earlyWarning = rows.earlyWarning;

    // Active clients at the end of each month's days in the period: a running total over start days.
    qint64 started = 0;
    qsizetype next = 0;
    for (MonthFigure &month : figures.byMonth) {
        const QDate last = std::min(month.month.addMonths(1).addDays(-1), m_request.to);
        while (next < rows.startedByDay.size() && rows.startedByDay.at(next).first <= last)
            started += rows.startedByDay.at(next++).second;
        month.activeClients = m_request.clientId ? 1 : started;
        // Scaled over the days so far, not the month's days in the period: days still to come would
        // otherwise water the rate down.
        if (month.activeClients > 0 && month.daysElapsed > 0)
            month.ratePerActiveClient30d =
                double(month.count) / double(month.activeClients) * 30.0 / double(month.daysElapsed);
    }
    return figures;
}

} // namespace bk
