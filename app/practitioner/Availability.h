// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/DocumentLanguage.h"
#include "app/policy/PracticeProfile.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace bk {

/// Why the practitioner's availability is reduced. Private: it is kept for the practitioner's own record and
/// never appears in a notice or anything else a client receives.
enum class AvailabilityReason { Illness, Family, Bereavement, Workplace, Other };

/// Keys and wording of the reasons.
class AvailabilityReasons {
    Q_DECLARE_TR_FUNCTIONS(AvailabilityReasons)
public:
    static QList<AvailabilityReason> all();
    /// Stable keys stored in the database and used on the command line: "illness", "family",
    /// "bereavement", "workplace", "other".
    static QString key(AvailabilityReason reason);
    static std::optional<AvailabilityReason> fromKey(const QString &key);
    static QString label(AvailabilityReason reason);
};

/// A period of reduced availability: what changes for clients, and its private reason.
struct AvailabilityPeriod {
    qint64 id = 0;
    QDate from; ///< the first day, inclusive
    QDate to;   ///< the last day, inclusive
    bool noSessions = false;
    bool slowerReplies = false;
    QString coveredBy;      ///< the colleague covering; empty: nobody
    QString coveredContact; ///< how to reach them; may be empty
    AvailabilityReason reason = AvailabilityReason::Other;
    QDateTime createdAt; ///< UTC

    bool covers(const QDate &date) const { return date.isValid() && date >= from && date <= to; }
};

/// What falls due for a client in a period.
enum class DueKind { FollowUp, ContractReview, Goal };

/// Keys of the kinds: "follow_up", "contract_review", "goal".
namespace DueKinds {
QString key(DueKind kind);
std::optional<DueKind> fromKey(const QString &key);
} // namespace DueKinds

/// One thing due for a client in a period: an open incident's next follow-up, a behavioural contract's review
/// or a goal without an outcome yet.
struct DueInPeriod {
    DueKind kind = DueKind::FollowUp;
    qint64 incidentId = 0;
    QDate due;
    QString what;  ///< the next action or the goal; empty for a contract review
    QDate movedTo; ///< a follow-up moved out of the period: the date it was moved to; invalid otherwise
};

/// A client with something due in a period, as the notice addresses them.
struct AffectedClient {
    qint64 clientId = 0;
    QString fullName;
    QString preferredName;
    QString email;
    QString documentLanguage = QStringLiteral("en");
    QList<DueInPeriod> due; ///< earliest first
    QDateTime noticeSentAt; ///< UTC, the latest notice recorded as sent for the period; invalid: none

    QString displayName() const { return preferredName.isEmpty() ? fullName : preferredName; }
};

/// A notice recorded as sent to a client, with the text exactly as sent.
struct SentNotice {
    qint64 id = 0;
    qint64 periodId = 0;
    qint64 clientId = 0;
    QDateTime sentAt; ///< UTC
    QString method;   ///< SummaryMethods::key()
    QString text;
};

/// The short notice a client receives about a period of reduced availability: what changes for them and
/// whom to contact, in their document language, without any personal detail (the reason is never used).
class AvailabilityNotice {
public:
    /// The notice's text for `client`, naming what was due for them in the period and where it moved.
    static QString text(const AvailabilityPeriod &period, const AffectedClient &client,
                        const PracticeProfile &practice);
    /// The subject line of a message carrying the notice, in the client's document language.
    static QString subject(const AvailabilityPeriod &period, const QString &language);
};

} // namespace bk
