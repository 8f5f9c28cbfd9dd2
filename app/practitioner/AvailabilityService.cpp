// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/practitioner/AvailabilityService.h"

#include "app/common/Clock.h"
#include "app/common/SupportedDates.h"
#include "app/common/TextChecks.h"
#include "app/incidents/IncidentService.h"
#include "app/policy/PracticeService.h"
#include "app/storage/AvailabilityRepository.h"
#include "app/storage/ClientRepository.h"
#include "app/storage/Database.h"

#include <QLocale>

namespace bk {

namespace {

Error invalid(const QString &message) {
    return Error{Error::Kind::Invalid, message};
}

} // namespace

Result<qint64> AvailabilityService::add(const AvailabilityPeriod &input) const {
    if (!input.from.isValid() || !input.to.isValid())
        return invalid(tr("Give the first and the last day of the period."));
    if (!SupportedDates::contains(input.from) || !SupportedDates::contains(input.to))
        return invalid(SupportedDates::rangeSentence());
    if (input.to < input.from)
        return invalid(tr("The last day (%1) is before the first (%2).")
                           .arg(input.to.toString(Qt::ISODate), input.from.toString(Qt::ISODate)));
    if (input.from.daysTo(input.to) >= MaxPeriodDays)
        return invalid(tr("The period is longer than a year; enter a shorter one."));
    AvailabilityPeriod period = input;
    period.coveredBy = period.coveredBy.trimmed();
    period.coveredContact = period.coveredContact.trimmed();
    if (!period.noSessions && !period.slowerReplies && period.coveredBy.isEmpty())
        return invalid(
            tr("Say what changes for clients: no sessions, slower replies or a colleague covering."));
    if (period.coveredBy.isEmpty() && !period.coveredContact.isEmpty())
        return invalid(tr("Name the colleague who covers, or leave their contact empty."));
    for (const QString &text : {period.coveredBy, period.coveredContact}) {
        if (text.size() > MaxTextLength)
            return invalid(tr("“%1…” is longer than %2 characters.").arg(text.left(20)).arg(MaxTextLength));
        if (const QString found = TextChecks::firstControlCharacter(text, false); !found.isEmpty())
            return invalid(tr("“%1” holds a control character (%2); only printable characters are allowed.")
                               .arg(text.left(40), found));
    }
    period.createdAt = Clock::nowUtc();
    return m_db.insert(QStringLiteral("availability_periods"),
                       [&]() { return AvailabilityRepository(m_db).insert(period); });
}

Result<AvailabilityPeriod> AvailabilityService::get(qint64 id) const {
    return AvailabilityRepository(m_db).get(id);
}

Result<QList<AvailabilityPeriod>> AvailabilityService::list() const {
    return AvailabilityRepository(m_db).list();
}

Result<QList<AvailabilityPeriod>> AvailabilityService::overlapping(const QDate &from, const QDate &to) const {
    return AvailabilityRepository(m_db).overlapping(from, to);
}

Result<std::optional<AvailabilityPeriod>> AvailabilityService::covering(const QDate &date) const {
    Result<QList<AvailabilityPeriod>> periods = overlapping(date, date);
    if (!periods)
        return periods.error();
    if (periods.value().isEmpty())
        return std::optional<AvailabilityPeriod>();
    return std::optional<AvailabilityPeriod>(periods.value().first());
}

Result<QList<AffectedClient>> AvailabilityService::affectedClients(qint64 periodId) const {
    Result<AvailabilityPeriod> period = get(periodId);
    if (!period)
        return period.error();
    return AvailabilityRepository(m_db).affectedClients(period.value().from, period.value().to, periodId);
}

Result<int> AvailabilityService::moveFollowUps(qint64 periodId, const QDate &movedTo) const {
    Result<AvailabilityPeriod> period = get(periodId);
    if (!period)
        return period.error();
    const QDate to = movedTo.isValid() ? movedTo : period.value().to.addDays(1);
    if (period.value().covers(to))
        return invalid(tr("%1 falls in the period itself; choose a day before or after it.")
                           .arg(QLocale().toString(to, QLocale::ShortFormat)));
    if (!SupportedDates::contains(to))
        return invalid(SupportedDates::rangeSentence());
    int moved = 0;
    const Status changed = m_db.change(QStringLiteral("incidents"), [&]() -> Status {
        Result<QList<AffectedClient>> clients =
            AvailabilityRepository(m_db).affectedClients(period.value().from, period.value().to, periodId);
        if (!clients)
            return clients.error();
        const IncidentService incidents(m_db);
        for (const AffectedClient &client : clients.value()) {
            for (const DueInPeriod &due : client.due) {
                if (due.kind != DueKind::FollowUp || due.movedTo.isValid())
                    continue;
                if (Result<qint64> move = incidents.moveDueDate(due.incidentId, to, periodId); !move)
                    return move.error();
                ++moved;
            }
        }
        return {};
    });
    if (!changed)
        return changed.error();
    return moved;
}

Result<QString> AvailabilityService::noticeText(qint64 periodId, qint64 clientId) const {
    Result<AvailabilityPeriod> period = get(periodId);
    if (!period)
        return period.error();
    Result<QList<AffectedClient>> clients = affectedClients(periodId);
    if (!clients)
        return clients.error();
    Result<PracticeProfile> practice = PracticeService(m_db).load();
    if (!practice)
        return practice.error();
    for (const AffectedClient &client : clients.value()) {
        if (client.clientId == clientId)
            return AvailabilityNotice::text(period.value(), client, practice.value());
    }
    // A client with nothing due in the period still gets a notice when the practitioner wants to send one.
    Result<Client> client = ClientRepository(m_db).get(clientId);
    if (!client)
        return client.error();
    AffectedClient unaffected;
    unaffected.clientId = clientId;
    unaffected.fullName = client.value().fullName;
    unaffected.preferredName = client.value().preferredName;
    unaffected.email = client.value().email;
    unaffected.documentLanguage = client.value().documentLanguage;
    return AvailabilityNotice::text(period.value(), unaffected, practice.value());
}

Result<qint64> AvailabilityService::recordNoticeSent(qint64 periodId, qint64 clientId,
                                                     const QDateTime &sentAt, const QString &text,
                                                     SummaryMethod method) const {
    if (text.trimmed().isEmpty())
        return invalid(tr("The notice has no text."));
    if (const QString found = TextChecks::firstControlCharacter(text, true); !found.isEmpty())
        return invalid(
            tr("The notice holds a control character (%1); only printable characters, tabs and line "
               "breaks are allowed.")
                .arg(found));
    const QDateTime now = Clock::nowUtc();
    const QDateTime when = sentAt.isValid() ? sentAt.toUTC() : now;
    if (when > now.addSecs(60))
        return invalid(tr("The notice cannot be recorded as sent in the future."));
    return m_db.insert(QStringLiteral("availability_notices"), [&]() -> Result<qint64> {
        if (Result<AvailabilityPeriod> period = get(periodId); !period)
            return period.error();
        if (Result<Client> client = ClientRepository(m_db).get(clientId); !client)
            return client.error();
        return AvailabilityRepository(m_db).insertNotice(
            SentNotice{0, periodId, clientId, when, SummaryMethods::key(method), text});
    });
}

Result<QList<SentNotice>> AvailabilityService::notices(qint64 periodId) const {
    return AvailabilityRepository(m_db).notices(periodId);
}

} // namespace bk
