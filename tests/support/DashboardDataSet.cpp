// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "tests/support/DashboardDataSet.h"

#include "app/agreements/AgreementService.h"
#include "app/clients/ClientService.h"
#include "app/common/Clock.h"
#include "app/incidents/BoundaryFlags.h"
#include "app/policy/PolicyService.h"
#include "app/policy/PracticeService.h"
#include "app/storage/AcknowledgementRepository.h"
#include "app/storage/AgreementRepository.h"
#include "app/storage/ClientRepository.h"
#include "app/storage/Database.h"
#include "app/storage/IncidentRepository.h"

namespace bk::test {

namespace {

QDateTime utc(const char *text) {
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate).toUTC();
}

Result<qint64> addClient(const Database &database, const char *name, ClientStatus status,
                         const QDate &start) {
    Client client;
    client.fullName = QString::fromUtf8(name);
    client.status = status;
    client.startDate = start;
    return ClientService(database).add(client);
}

} // namespace

Result<DashboardDataSet> addDashboardDataSet(const Database &database) {
    Clock::setNowFunction([] { return DashboardDataSet::now(); });
    PracticeProfile profile = PracticeProfile::defaults();
    profile.name = QStringLiteral("Harbour Coaching");
    profile.timeZoneId = QByteArrayLiteral("Europe/London");
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        profile.setDay(Qt::DayOfWeek(day),
                       day <= Qt::Friday ? WorkingDay{true, QTime(9, 0), QTime(18, 0)} : WorkingDay{});
    if (Status saved = PracticeService(database).save(profile); !saved)
        return saved.error();
    const CommunicationTerms terms = CommunicationTerms::fromProfile(profile);

    DashboardDataSet set;
    const struct {
        qint64 *id;
        const char *name;
        ClientStatus status;
        QDate start;
    } clients[] = {{&set.amy, "Amy Adams", ClientStatus::Active, QDate(2026, 1, 1)},
                   {&set.ben, "Ben Becker", ClientStatus::Active, QDate(2026, 6, 15)},
                   {&set.cleo, "Cleo Costa", ClientStatus::Active, QDate(2026, 1, 1)},
                   {&set.dan, "Dan Dubois", ClientStatus::Prospect, QDate()},
                   {&set.eve, "Eve Evans", ClientStatus::Paused, QDate(2026, 11, 5)}};
    for (const auto &client : clients) {
        Result<qint64> added = addClient(database, client.name, client.status, client.start);
        if (!added)
            return added.error();
        *client.id = added.value();
    }
    if (Status archived = ClientService(database).setArchived(set.cleo, true); !archived)
        return archived.error();

    // Policy v1 acknowledged by Amy and Cleo, v2 by Ben: Amy is due (Cleo too, but she is archived).
    const PolicyService policy(database);
    if (Result<PolicyVersion> v1 = policy.publish(); !v1)
        return v1.error();
    const AcknowledgementRepository acknowledgements(database);
    for (qint64 client : {set.amy, set.cleo}) {
        if (Status recorded = acknowledgements.record(client, 1, utc("2026-02-01T10:00:00Z")); !recorded)
            return recorded.error();
    }
    Result<PolicyDocument> draft = policy.draft();
    if (!draft)
        return draft.error();
    PolicyDocument changed = draft.value();
    changed.boundaries.first().title += QStringLiteral(" (revised)");
    if (Status saved = policy.saveDraft(changed); !saved)
        return saved.error();
    if (Result<PolicyVersion> v2 = policy.publish(); !v2)
        return v2.error();
    if (Status recorded = acknowledgements.record(set.ben, 2, utc("2026-07-01T10:00:00Z")); !recorded)
        return recorded.error();

    // Unfinished agreement drafts for Dan and archived Cleo: one counts.
    for (qint64 client : {set.dan, set.cleo}) {
        Result<Agreement> started = AgreementService(database).start(client);
        if (!started)
            return started.error();
        Agreement agreement = started.value();
        if (Status saved = AgreementRepository(database).saveDraft(agreement); !saved)
            return saved.error();
    }

    const IncidentRepository incidents(database);
    const auto add = [&](qint64 client, const char *at, ContactChannel channel, const char *boundary,
                         CrossedBy by = CrossedBy::Client, const QDate &nextDue = {}) -> Result<qint64> {
        Incident incident;
        incident.clientId = client;
        incident.occurredAt = utc(at);
        incident.channel = channel;
        incident.boundaryKey = QString::fromLatin1(boundary);
        incident.description = QStringLiteral("Incident at %1").arg(QString::fromLatin1(at));
        incident.crossedBy = by;
        incident.outsideHours = BoundaryFlags::outsideHours(incident.occurredAt, terms);
        incident.nextDue = nextDue;
        incident.createdAt = incident.occurredAt;
        incident.updatedAt = incident.occurredAt;
        return incidents.insert(incident);
    };
    const auto conversation = [&](qint64 incident, const char *at, qint64 corrects = 0) -> Result<qint64> {
        StepEntry entry;
        entry.incidentId = incident;
        entry.stepKey = QStringLiteral("conversation");
        entry.happenedAt = utc(at);
        entry.note = QStringLiteral("Talked it through.");
        entry.correctsId = corrects;
        entry.recordedAt = utc(at);
        return incidents.appendStep(entry, {});
    };
    QList<Status> done;
    const auto check = [&done](const auto &result) {
        done.append(result.ok() ? Status() : Status(result.error()));
        return result.ok() ? result.value() : 0;
    };

    // Amy: Monday 5 October at exactly 09:00 BST (inside hours), talked about that evening, closed 2 days on.
    set.first = check(add(set.amy, "2026-10-05T08:00:00Z", ContactChannel::Phone, "after_hours_contact"));
    check(conversation(set.first, "2026-10-05T20:00:00Z"));
    done.append(incidents.close(set.first, QStringLiteral("Resolved."), utc("2026-10-07T08:00:00Z")));
    // Amy: the same Monday at exactly 18:00 BST (outside hours), talked about 40 hours later, follow-up
    // overdue.
    const qint64 second = check(add(set.amy, "2026-10-05T17:00:00Z", ContactChannel::Phone,
                                    "after_hours_contact", CrossedBy::Client, QDate(2026, 11, 10)));
    check(conversation(second, "2026-10-07T09:00:00Z"));
    // Ben: Sunday 25 October, 01:30 BST and, after the clocks went back at 01:00 UTC, 01:30 GMT.
    const qint64 beforeChange =
        check(add(set.ben, "2026-10-25T00:30:00Z", ContactChannel::Email, "personal_questions"));
    const qint64 talked = check(conversation(beforeChange, "2026-10-25T10:00:00Z"));
    check(conversation(beforeChange, "2026-10-27T10:00:00Z", talked)); // corrected: it was two days later
    done.append(incidents.close(beforeChange, QStringLiteral("Resolved."), utc("2026-10-26T00:30:00Z")));
    check(add(set.ben, "2026-10-25T01:30:00Z", ContactChannel::Email, "personal_questions"));
    // Ben: Monday 26 October at 09:00 GMT, talked about at once, closed 4 days on.
    const qint64 monday =
        check(add(set.ben, "2026-10-26T09:00:00Z", ContactChannel::InPerson, "respectful_language"));
    check(conversation(monday, "2026-10-26T09:30:00Z"));
    done.append(incidents.close(monday, QStringLiteral("Resolved."), utc("2026-10-30T09:00:00Z")));
    // Cleo (archived): Wednesday and Thursday at 10:00.
    check(add(set.cleo, "2026-11-18T10:00:00Z", ContactChannel::Phone, "after_hours_contact"));
    check(add(set.cleo, "2026-11-19T10:00:00Z", ContactChannel::Phone, "after_hours_contact"));
    // Amy: Monday 2 November 19:30 by text; follow-up not yet due.
    check(add(set.amy, "2026-11-02T19:30:00Z", ContactChannel::TextMessage, "after_hours_contact",
              CrossedBy::Client, QDate(2026, 11, 25)));
    // Eve: Sunday 15 November at noon on social media.
    check(add(set.eve, "2026-11-15T12:00:00Z", ContactChannel::SocialMedia, "personal_questions"));
    // The practitioner's own lapse: a reply to Amy on Tuesday 10 November at 22:00; follow-up overdue.
    check(add(set.amy, "2026-11-10T22:00:00Z", ContactChannel::MessagingApp, "after_hours_contact",
              CrossedBy::Practitioner, QDate(2026, 11, 12)));
    // Amy: before the period (20 September), closed.
    const qint64 before =
        check(add(set.amy, "2026-09-20T10:00:00Z", ContactChannel::Phone, "after_hours_contact"));
    done.append(incidents.close(before, QStringLiteral("Resolved."), utc("2026-09-21T10:00:00Z")));
    // Amy: Thursday 19 November at 08:00, before hours.
    check(add(set.amy, "2026-11-19T08:00:00Z", ContactChannel::Phone, "after_hours_contact"));

    for (const Status &status : done) {
        if (!status)
            return status.error();
    }
    return set;
}

} // namespace bk::test
