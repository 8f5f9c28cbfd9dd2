// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/incidents/ConversationPlanner.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>
#include <iterator>

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

QString reachText(const CommunicationTerms &terms) {
    QStringList phrases;
    for (const ChannelTerms &channel : terms.channels) {
        if (channel.allowed)
            phrases.append(ContactChannels::reachPhrase(channel.channel));
    }
    return QLocale().createSeparatedList(phrases);
}

QString timeText(const QDateTime &local) {
    return local.time().toString(QStringLiteral("HH:mm"));
}

// Whole sentences per channel, so that each language can say them its own way: the script's opening
// (%1 the client's name) and the letter's occasion (%1 the boundary's title); %2 the day, %3 the time.
struct ChannelSentences {
    ContactChannel channel;
    const char *acknowledgement;
    const char *occasion;
};

constexpr ChannelSentences Sentences[] = {
    {ContactChannel::InPerson,
     QT_TRANSLATE_NOOP("ConversationPlanner",
                       "%1, I'd like to talk with you about what happened when we met on %2 at %3."),
     QT_TRANSLATE_NOOP("ConversationPlanner",
                       "We talked about %1, following what happened when we met on %2 at %3.")},
    {ContactChannel::Phone,
     QT_TRANSLATE_NOOP("ConversationPlanner",
                       "%1, I'd like to talk with you about the phone call on %2 at %3."),
     QT_TRANSLATE_NOOP("ConversationPlanner", "We talked about %1, following the phone call on %2 at %3.")},
    {ContactChannel::TextMessage,
     QT_TRANSLATE_NOOP("ConversationPlanner",
                       "%1, I'd like to talk with you about the text message on %2 at %3."),
     QT_TRANSLATE_NOOP("ConversationPlanner", "We talked about %1, following the text message on %2 at %3.")},
    {ContactChannel::Email,
     QT_TRANSLATE_NOOP("ConversationPlanner", "%1, I'd like to talk with you about the email on %2 at %3."),
     QT_TRANSLATE_NOOP("ConversationPlanner", "We talked about %1, following the email on %2 at %3.")},
    {ContactChannel::VideoCall,
     QT_TRANSLATE_NOOP(
         "ConversationPlanner",
         "%1, I'd like to talk with you about what happened during our video call on %2 at %3."),
     QT_TRANSLATE_NOOP("ConversationPlanner",
                       "We talked about %1, following what happened during our video call on %2 at %3.")},
    {ContactChannel::MessagingApp,
     QT_TRANSLATE_NOOP(
         "ConversationPlanner",
         "%1, I'd like to talk with you about the message through the messaging app on %2 at %3."),
     QT_TRANSLATE_NOOP("ConversationPlanner",
                       "We talked about %1, following the message through the messaging app on %2 at %3.")},
    {ContactChannel::SocialMedia,
     QT_TRANSLATE_NOOP("ConversationPlanner",
                       "%1, I'd like to talk with you about the message on social media on %2 at %3."),
     QT_TRANSLATE_NOOP("ConversationPlanner",
                       "We talked about %1, following the message on social media on %2 at %3.")},
    {ContactChannel::Other,
     QT_TRANSLATE_NOOP("ConversationPlanner",
                       "%1, I'd like to talk with you about what happened on %2 at %3."),
     QT_TRANSLATE_NOOP("ConversationPlanner", "We talked about %1, following what happened on %2 at %3.")},
};

const ChannelSentences &sentencesFor(ContactChannel channel) {
    for (const ChannelSentences &sentences : Sentences) {
        if (sentences.channel == channel)
            return sentences;
    }
    return Sentences[std::size(Sentences) - 1];
}

QString acknowledgementText(ContactChannel channel, const QString &clientName, const QDateTime &local) {
    return Tr::tr(sentencesFor(channel).acknowledgement)
        .arg(clientName, dayText(local.date()), timeText(local));
}

QString occasionText(ContactChannel channel, const QString &boundaryTitle, const QDateTime &local) {
    return Tr::tr(sentencesFor(channel).occasion)
        .arg(QLocale().quoteString(boundaryTitle), dayText(local.date()), timeText(local));
}

// The policy's texts are written for the agreement, about "your practitioner": quoted as the agreement's
// words, they do not turn the practitioner's own speech into the third person.
QString quoted(const QString &text) {
    return QLocale().quoteString(text.trimmed());
}

} // namespace

namespace ConversationPlanner {

QString script(const Incident &incident, const Boundary &boundary, const CommunicationTerms &terms,
               const QString &clientName) {
    const QDateTime local = inTermsZone(incident.occurredAt, terms);

    QStringList acknowledge{acknowledgementText(incident.channel, clientName, local)};
    if (incident.outsideHours)
        acknowledge.append(Tr::tr("That was outside our agreed working hours."));
    if (incident.outsideChannel)
        acknowledge.append(Tr::tr("It came through a channel we agreed not to use."));
    QStringList state{Tr::tr("One of the boundaries we agreed on is %1.").arg(quoted(boundary.title))};
    if (!boundary.description.isEmpty())
        state.append(Tr::tr("Our agreement puts it this way: %1").arg(quoted(boundary.description)));
    QStringList why;
    if (!boundary.appropriate.isEmpty())
        why.append(Tr::tr("What we agreed instead: %1").arg(quoted(boundary.appropriate)));
    why.append(Tr::tr("Keeping to it keeps our work focused and lets me give you my best."));
    QStringList consequence;
    if (incident.outsideHours)
        consequence.append(Tr::tr("For reference, %1.").arg(hoursText(terms, local)));
    if (incident.outsideChannel || incident.outsideHours) {
        const QString reach = reachText(terms);
        if (!reach.isEmpty())
            consequence.append(
                Tr::tr("You can reach me %1; whatever reaches me outside working hours I answer on the next "
                       "working day.")
                    .arg(reach));
    }
    if (!boundary.consequence.isEmpty())
        consequence.append(
            Tr::tr("If it happens again, our agreement says: %1").arg(quoted(boundary.consequence)));
    const QString followThrough = Tr::tr(
        "Can we agree on how we handle this from now on? Is there anything behind it I should know about? "
        "I'll send you a short written summary of what we agree, and we'll check how it is going.");

    const QStringList parts{
        Tr::tr("Conversation plan: %1").arg(boundary.title),
        Tr::tr("1. Acknowledge the specific behaviour") + QLatin1Char('\n') +
            acknowledge.join(QLatin1Char(' ')) + QLatin1Char('\n') +
            Tr::tr("(Your note: %1)").arg(incident.description),
        Tr::tr("2. State the boundary") + QLatin1Char('\n') + state.join(QLatin1Char(' ')),
        Tr::tr("3. Explain why") + QLatin1Char('\n') + why.join(QLatin1Char(' ')),
        Tr::tr("4. State the consequence or the alternative") + QLatin1Char('\n') +
            consequence.join(QLatin1Char(' ')),
        Tr::tr("5. Agree how to follow through") + QLatin1Char('\n') + followThrough,
    };
    return parts.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

QString writtenSummary(const Incident &incident, const Boundary &boundary, const StepEntry &conversation,
                       const CommunicationTerms &terms, const QString &clientName, const QString &signature,
                       const QDate &writtenOn, const QString &forClient) {
    const QDateTime talked = inTermsZone(conversation.happenedAt, terms);
    const QString told = forClient.trimmed();
    const QStringList parts{
        dayText(writtenOn),
        Tr::tr("Dear %1,").arg(clientName),
        Tr::tr(
            "Thank you for talking with me on %1. As promised, here is a short summary of our conversation.")
            .arg(dayText(talked.date())),
        occasionText(incident.channel, boundary.title, inTermsZone(incident.occurredAt, terms)),
        told.isEmpty() ? QString() : Tr::tr("What we discussed and agreed: %1").arg(told),
        boundary.description.isEmpty()
            ? QString()
            : Tr::tr("The boundary, in the words of our agreement: %1").arg(quoted(boundary.description)),
        boundary.consequence.isEmpty() ? QString()
                                       : Tr::tr("What our agreement says happens if it is crossed again: %1")
                                             .arg(quoted(boundary.consequence)),
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
