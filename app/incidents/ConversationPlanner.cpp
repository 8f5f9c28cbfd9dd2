// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/incidents/ConversationPlanner.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

namespace bk {

namespace {

// lupdate files these messages under "ConversationPlanner", the context Tr::tr() asks for at run time.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(ConversationPlanner)
};

QDateTime inTermsZone(const QDateTime &utc, const CommunicationTerms &terms) {
    const QTimeZone zone(terms.timeZoneId);
    return utc.toTimeZone(zone.isValid() ? zone : QTimeZone::systemTimeZone());
}

QString dayText(const QDate &date) {
    return QLocale().toString(
        date, Tr::tr("dddd d MMMM yyyy", "date format (QLocale): weekday, day, month name, year"));
}

QString hoursText(const CommunicationTerms &terms, const QDateTime &local) {
    const WorkingDay day = terms.day(Qt::DayOfWeek(local.date().dayOfWeek()));
    if (!day.open)
        return Tr::tr("I don't work on %1s").arg(QLocale().dayName(local.date().dayOfWeek()));
    return Tr::tr("my working hours on %1s are %2 to %3")
        .arg(QLocale().dayName(local.date().dayOfWeek()), day.start.toString(QStringLiteral("HH:mm")),
             day.end.toString(QStringLiteral("HH:mm")));
}

QString allowedChannelsText(const CommunicationTerms &terms) {
    QStringList names;
    for (const ChannelTerms &channel : terms.channels) {
        if (channel.allowed)
            names.append(ContactChannels::inSentence(channel.channel));
    }
    return QLocale().createSeparatedList(names);
}

} // namespace

namespace ConversationPlanner {

QString script(const Incident &incident, const Boundary &boundary, const CommunicationTerms &terms,
               const QString &clientName) {
    const QDateTime local = inTermsZone(incident.occurredAt, terms);
    const QString when =
        Tr::tr("on %1 at %2").arg(dayText(local.date()), local.time().toString(QStringLiteral("HH:mm")));
    const QString channel = ContactChannels::inSentence(incident.channel);

    QStringList acknowledge{
        Tr::tr("%1, I'd like to talk with you about what happened %2 (%3).").arg(clientName, when, channel)};
    if (incident.outsideHours)
        acknowledge.append(Tr::tr("That was outside our agreed working hours."));
    if (incident.outsideChannel)
        acknowledge.append(Tr::tr("It came through a channel we agreed not to use."));
    const QString state =
        Tr::tr("One of the boundaries we agreed on is \"%1\": %2").arg(boundary.title, boundary.description);
    QStringList why;
    if (!boundary.appropriate.isEmpty())
        why.append(boundary.appropriate);
    why.append(Tr::tr("Keeping to it keeps our work focused and lets me give you my best."));
    QStringList consequence;
    if (incident.outsideHours)
        consequence.append(Tr::tr("For reference, %1.").arg(hoursText(terms, local)));
    if (incident.outsideChannel || incident.outsideHours) {
        const QString channels = allowedChannelsText(terms);
        if (!channels.isEmpty())
            consequence.append(
                Tr::tr("You can always reach me by %1, and I'll answer on the next working day.")
                    .arg(channels));
    }
    if (!boundary.consequence.isEmpty())
        consequence.append(boundary.consequence);
    const QString followThrough = Tr::tr(
        "Can we agree on how we handle this from now on? Is there anything behind it I should know about? "
        "I'll send you a short written summary of what we agree, and we'll check how it is going.");

    const QStringList parts{
        Tr::tr("Conversation plan: %1").arg(boundary.title),
        Tr::tr("1. Acknowledge the specific behaviour") + QLatin1Char('\n') +
            acknowledge.join(QLatin1Char(' ')) + QLatin1Char('\n') +
            Tr::tr("(Your note: %1)").arg(incident.description),
        Tr::tr("2. State the boundary") + QLatin1Char('\n') + state,
        Tr::tr("3. Explain why") + QLatin1Char('\n') + why.join(QLatin1Char(' ')),
        Tr::tr("4. State the consequence or the alternative") + QLatin1Char('\n') +
            consequence.join(QLatin1Char(' ')),
        Tr::tr("5. Agree how to follow through") + QLatin1Char('\n') + followThrough,
    };
    return parts.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

QString writtenSummary(const Incident &incident, const Boundary &boundary, const StepEntry &conversation,
                       const CommunicationTerms &terms, const QString &clientName, const QString &signature,
                       const QDate &writtenOn) {
    const QDateTime occurred = inTermsZone(incident.occurredAt, terms);
    const QDateTime talked = inTermsZone(conversation.happenedAt, terms);
    const QStringList parts{
        dayText(writtenOn),
        Tr::tr("Dear %1,").arg(clientName),
        Tr::tr(
            "Thank you for talking with me on %1. As promised, here is a short summary of our conversation.")
            .arg(dayText(talked.date())),
        Tr::tr("We talked about \"%1\", following the %2 on %3 at %4.")
            .arg(boundary.title, ContactChannels::inSentence(incident.channel), dayText(occurred.date()),
                 occurred.time().toString(QStringLiteral("HH:mm"))),
        Tr::tr("What we discussed and agreed: %1").arg(conversation.note),
        Tr::tr("The boundary, as we agreed it: %1").arg(boundary.description),
        boundary.consequence.isEmpty()
            ? QString()
            : Tr::tr("What happens if it is crossed again: %1").arg(boundary.consequence),
        Tr::tr("If anything here does not match your memory of our conversation, please tell me."),
        Tr::tr("Kind regards,") + QLatin1Char('\n') + signature,
    };
    QStringList nonEmpty;
    for (const QString &part : parts) {
        if (!part.isEmpty())
            nonEmpty.append(part);
    }
    return nonEmpty.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

} // namespace ConversationPlanner

} // namespace bk
