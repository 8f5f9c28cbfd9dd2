// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/policy/PracticeProfile.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <array>
#include <optional>

namespace bk {

/// What the dashboard is asked for: a period of practice-local calendar days and, optionally, one client.
struct DashboardRequest {
    QDate from; ///< first day (inclusive), in the practice's time zone
    QDate to;   ///< last day (inclusive)
    std::optional<qint64> clientId;

    /// The default period: the `days` days up to and including today in the practice's time zone (by
    /// Clock::nowUtc()).
    static DashboardRequest lastDays(int days, const QByteArray &timeZoneId);
    static constexpr int DefaultDays = 90;

    friend bool operator==(const DashboardRequest &, const DashboardRequest &) = default;
};

/// A count under a stable key (a boundary key or a channel key) with its label for people.
struct KeyedCount {
    QString key;
    QString label;
    qint64 count = 0;
};

/// Client incidents in one calendar month of the period (practice-local), as a rate that does not make a
/// growing practice look worse.
struct MonthFigure {
    QDate month;          ///< the first day of the month
    int daysInPeriod = 0; ///< days of the month that lie within the period
    /// Of those, the days up to and including today: the rate is scaled over these, since days still to come
    /// had no incidents yet (0 for a month wholly after today).
    int daysElapsed = 0;
    /// The month holds today: it is not over, and its rate rests on daysElapsed days so far. Marked "so far"
    /// wherever the rate is shown, because a few days scaled to 30 swing widely.
    bool soFar = false;
    qint64 count = 0;         ///< client incidents in those days
    qint64 lapses = 0;        ///< the practitioner's own lapses in those days
    bool reflected = false;   ///< the practitioner reflected on the month (the monthly reflection)
    qint64 activeClients = 0; ///< clients active by the end of those days (see DashboardStatistics)
    /// count / activeClients per 30 days elapsed; nullopt when no client was active or no day has elapsed.
    std::optional<double> ratePerActiveClient30d;
};

/// How many client incidents one client had in the period.
struct ClientCount {
    qint64 clientId = 0;
    QString name;
    qint64 count = 0;
};

/// The repeat bands of clients by their number of incidents in the period.
enum class RepeatBand { Once, TwoToFive, SixOrMore };

namespace RepeatBands {
inline constexpr std::array<RepeatBand, 3> all = {RepeatBand::Once, RepeatBand::TwoToFive,
                                                  RepeatBand::SixOrMore};
QString key(RepeatBand band);   ///< "1", "2-5", "6+"
QString label(RepeatBand band); ///< translated, e.g. "2–5 incidents"
int minimum(RepeatBand band);   ///< 1, 2, 6
int maximum(RepeatBand band);   ///< 1, 5, 0 (no upper bound)
RepeatBand of(qint64 count);
} // namespace RepeatBands

/// Everything the dashboard shows, as plain data: DashboardStatistics computes it from the aggregates
/// DashboardRepository reads.
///
/// "Now" figures (open, overdue, re-acknowledgement due, drafts, early warning) describe today; the others
/// describe client incidents that occurred in the period. Self-reported lapses (the practitioner crossed the
/// boundary) are counted only in selfReported, apart from client incidents, but count as open incidents and
/// overdue follow-ups, which are work to do whoever crossed the boundary. Incidents of archived clients
/// count everywhere (they happened); archived clients are left out of re-acknowledgement due, drafts, early
/// warning and the active clients a rate is divided by, closed clients out of re-acknowledgement due and the
/// active clients.
struct DashboardFigures {
    DashboardRequest request;
    QString clientName; ///< the name of request.clientId, if any
    QDate today;        ///< the day overdue is judged against (Clock::todayLocal())
    QDateTime fromUtc;  ///< the period as UTC instants [fromUtc, toUtc)
    QDateTime toUtc;

    QString practiceName;
    QByteArray timeZoneId;           ///< the zone the period, months and heat map are in
    std::array<WorkingDay, 7> hours; ///< the practice's working hours, Monday first
    PaperSize paperSize = PaperSize::A4;

    // At a glance, now.
    qint64 openIncidents = 0;
    qint64 overdueFollowUps = 0; ///< open incidents whose next action is due before today
    qint64 reacknowledgementDue = 0;
    qint64 onboardingDrafts = 0; ///< unfinished agreement drafts

    // The period's client incidents.
    qint64 incidents = 0;
    qint64 outsideHours = 0; ///< of those, logged outside working hours
    /// Of those, the ones whose first 24 hours are over (by the moment of the figures): only they can be
    /// judged on being addressed in time, so "addressed within 24 hours" is a share of them.
    qint64 addressJudged = 0;
    /// The others, still within their first 24 hours: neither addressed in time nor late yet.
    qint64 addressPending = 0;
    /// Of addressJudged, those with a conversation recorded within their 24 hours.
    qint64 addressedWithin24h = 0;
    /// addressedWithin24h / addressJudged; nullopt when no incident's 24 hours are over.
    std::optional<double> addressedShare;
    qint64 resolved = 0; ///< closed incidents of the period
    /// The median time from an incident to its closing, in days (to the hour); nullopt when none is closed.
    std::optional<double> medianDaysToResolution;
    QList<MonthFigure> byMonth;
    QList<KeyedCount> byBoundary; ///< most first
    QList<KeyedCount> byChannel;  ///< most first
    /// Client incidents by practice-local weekday (Monday first) and hour.
    std::array<std::array<qint64, 24>, 7> byWeekdayHour{};
    QList<ClientCount> byClient;         ///< most first, then by client id
    std::array<qint64, 3> repeatBands{}; ///< clients per RepeatBand
    qint64 selfReported = 0;
    /// The months of the period that are over, and how many of them the practitioner reflected on.
    qint64 monthsOver = 0;
    qint64 monthsReflected = 0;
    /// monthsReflected / monthsOver; nullopt when no month of the period is over.
    std::optional<double> reflectedShare;

    /// Since when "the last 30 days" of early warning count (UTC).
    QDateTime earlyWarningSince;
    /// Current clients with 2 or more client incidents since earlyWarningSince, most first.
    QList<ClientCount> earlyWarning;

    static constexpr int EarlyWarningDays = 30;
    static constexpr int EarlyWarningMinimum = 2;

    qint64 bandCount(RepeatBand band) const { return repeatBands.at(std::size_t(band)); }
    qint64 cell(Qt::DayOfWeek weekday, int hour) const {
        return byWeekdayHour.at(std::size_t(weekday) - 1).at(std::size_t(hour));
    }
    /// The label of a boundary key as the policy names it (the key itself when the policy does not).
    QString boundaryLabel(const QString &key) const;
};

} // namespace bk

Q_DECLARE_METATYPE(bk::DashboardFigures)
Q_DECLARE_METATYPE(bk::DashboardRequest)
