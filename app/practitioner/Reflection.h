// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/practitioner/DisclosureCheck.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

namespace bk {

/// What the practitioner did after the disclosure check.
enum class DisclosureDecision { Shared, HeldBack, TalkToSupervisor };

/// Keys and wording of the decisions.
class DisclosureDecisions {
    Q_DECLARE_TR_FUNCTIONS(DisclosureDecisions)
public:
    static QList<DisclosureDecision> all();
    /// Stable keys stored in the database: "shared", "held_back", "supervisor".
    static QString key(DisclosureDecision decision);
    static std::optional<DisclosureDecision> fromKey(const QString &key);
    /// In the practitioner's words, e.g. "I kept it to myself".
    static QString label(DisclosureDecision decision);
};

/// A reflection entry to record: a disclosure check taken before sharing something personal, and what the
/// practitioner decided. The recommendation is worked out from the answers when it is recorded.
struct NewReflection {
    qint64 clientId = 0; ///< 0: no particular client
    QDate date;          ///< the day of the check; today when invalid
    DisclosureAnswers answers;
    std::optional<DisclosureDecision> decision;
    QString note; ///< free text; may be empty
};

/// A recorded reflection entry. Private to the practitioner: never part of anything a client receives.
struct ReflectionEntry {
    qint64 id = 0;
    qint64 clientId = 0; ///< 0: no particular client
    QString clientName;  ///< the client's full name; empty without a client
    QDate date;
    DisclosureAnswers answers;
    Recommendation recommendation = Recommendation::BetterNot;
    DisclosureDecision decision = DisclosureDecision::HeldBack;
    QString note;
    QDateTime recordedAt; ///< UTC
    qint64 createdBy = 0; ///< the practitioner whose entry it is; 0: unknown

    /// The entry as something to record again: what an edit starts from.
    NewReflection toNew() const { return {clientId, date, answers, decision, note}; }
};

/// Which entries a list shows.
struct ReflectionFilter {
    qint64 clientId = 0; ///< 0: every entry, with a client or without
    QDate from = {};     ///< the first day shown; invalid: from the first entry
    QDate to = {};       ///< the last day shown; invalid: up to the latest entry

    bool isFiltered() const { return clientId > 0 || from.isValid() || to.isValid(); }
};

/// The periods the Reflection view offers to narrow its list to, counted from today.
enum class ReflectionPeriod { AnyTime, ThisMonth, LastMonth, LastThreeMonths, ThisYear, LastYear };

/// Wording of the periods, and the days each one covers.
class ReflectionPeriods {
    Q_DECLARE_TR_FUNCTIONS(ReflectionPeriods)
public:
    static QList<ReflectionPeriod> all();
    static QString label(ReflectionPeriod period);
    /// Sets `filter`'s first and last day to those of `period` as seen on `today` (both invalid: any time).
    static void apply(ReflectionPeriod period, const QDate &today, ReflectionFilter *filter);
};

/// The order of the list: always newest first (by date, then by the order they were recorded).
struct ReflectionSort {};

/// A boundary the practitioner crossed themselves (an incident they logged as their own lapse).
struct OwnLapse {
    qint64 incidentId = 0;
    QDateTime occurredAt; ///< UTC
    QString clientName;
    QString boundaryKey;
    bool outsideHours = false; ///< a contact they initiated outside working hours
};

/// A client with more than one incident in a month.
struct RepeatedClient {
    qint64 clientId = 0;
    QString name;
    qint64 incidents = 0;
};

/// What a month looked like from the practitioner's side: what the monthly reflection looks back on.
struct MonthlyReview {
    QDate month; ///< its first day
    QList<OwnLapse> ownLapses;
    QList<RepeatedClient> repeatedClients; ///< most incidents first
    qint64 disclosureChecks = 0;           ///< checks taken in the month
    qint64 disclosureShared = 0;           ///< of those, where the practitioner shared

    /// Of the lapses, the contacts the practitioner initiated outside working hours.
    qint64 outsideHoursContacts() const;
};

/// The monthly reflection recorded for a month: the answers to the questions, or skipped.
struct MonthlyReflection {
    qint64 id = 0;
    QDate month; ///< its first day
    bool skipped = false;
    QStringList answers;  ///< one per question of ReflectionService::monthlyQuestions(), as written
    QDateTime recordedAt; ///< UTC
};

} // namespace bk
